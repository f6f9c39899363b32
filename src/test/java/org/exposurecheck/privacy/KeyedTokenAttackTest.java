package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.KeyedTier;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.testsupport.V1Pricing;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KeyedPairScheme;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.TokenType;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 11: an attacker with a pack but not the publisher's keyed-service key cannot confirm anything through a
 * keyed token, even knowing the exact values. The fictional teacher's e-mail address is spelled from her name, so
 * the offline audit leaves name+email out and the keyed tier ships it. The attacker knows both values and tries
 * every way to compute the token without the key: as an open token, the keyed salt without the PRF, and the PRF under
 * a key of their own. Positive controls: the same pair shipped as an open token (v1 pricing) falls to the first try,
 * and the real key finds the keyed token, so the token is there to be found.
 */
class KeyedTokenAttackTest {
    private static final TokenType NAME_EMAIL = TokenType.of(FormKind.EMAIL, FormKind.NAME);
    private static final List<Identifier> KNOWN = List.of(new Identifier(IdentifierType.NAME, "Mary WONG Ka Yan"),
            new Identifier(IdentifierType.EMAIL, "ka.yan.wong@gmail.com"));

    private static VoprfPrivateKey serviceKey;
    private static Pack keyedPack;
    private static Pack openPack;

    @BeforeAll
    static void packs() throws Exception {
        SecureRandom random = new SecureRandom();
        SigningKey publisher = SigningKey.generate(random);
        serviceKey = VoprfPrivateKey.generate(random);
        KeyedBuild keyed = new KeyedBuild(serviceKey, "https://keyed.example.org/", TestPacks.CHEAP_KDF, 200_000);
        keyedPack = PackFile.read(TestPacks.buildKeyed(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("keyed", 1),
                publisher, keyed).pack(), publisher.publicKey(), TestPacks.NOW);
        openPack = PackFile.read(TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("open", 1), publisher,
                V1Pricing.MODEL).pack(), publisher.publicKey(), TestPacks.NOW);
    }

    @Test
    void theKeyedPackShipsNameWithEmailOnlyKeyedAndTheRealKeyFindsIt() {
        KeyedTier tier = keyedPack.keyedTier().orElseThrow();

        assertThat(keyedPack.tokenTypes()).doesNotContain(NAME_EMAIL);
        assertThat(tier.tokenTypes()).contains(NAME_EMAIL);
        assertThat(found(keyedPack, keyedTokens(tier.scheme(), new VoprfEvaluator(serviceKey, new SecureRandom()))))
                .as("positive control: with the key the token is found").isTrue();
    }

    @Test
    void withoutTheKeyNoWayOfComputingTheTokenConfirmsTheKnownPair() {
        KeyedTier tier = keyedPack.keyedTier().orElseThrow();
        Argon2PairScheme offline = (Argon2PairScheme) keyedPack.scheme();
        Argon2PairScheme keyedSaltWithoutPrf = new Argon2PairScheme(tier.kdf(), tier.scheme().salt());
        VoprfPrivateKey attackersKey = VoprfPrivateKey.generate(new SecureRandom());
        KeyedPairScheme underOwnKey = new KeyedPairScheme(attackersKey.publicKey(), tier.kdf(), tier.scheme().salt());

        assertThat(found(keyedPack, openTokens(offline))).as("as an open token").isFalse();
        assertThat(found(keyedPack, openTokens(keyedSaltWithoutPrf))).as("the keyed salt without the PRF").isFalse();
        assertThat(found(keyedPack, keyedTokens(underOwnKey, new VoprfEvaluator(attackersKey, new SecureRandom()))))
                .as("the PRF under the attacker's own key").isFalse();
    }

    @Test
    void positiveControlTheSamePairAsAnOpenTokenFalls() {
        assertThat(openPack.tokenTypes()).contains(NAME_EMAIL);
        assertThat(found(openPack, openTokens((Argon2PairScheme) openPack.scheme()))).isTrue();
    }

    private static boolean found(Pack pack, List<byte[]> tokens) {
        return tokens.stream().anyMatch(token -> pack.lookup(token).length > 0);
    }

    private static List<byte[]> openTokens(Argon2PairScheme scheme) {
        try (TokenDeriver deriver = new TokenDeriver(1)) {
            return deriver.derive(scheme, knownPairs(), Progress.NONE, new CancelSignal());
        }
    }

    private static List<byte[]> keyedTokens(KeyedPairScheme scheme, VoprfEvaluator prf) {
        return scheme.derive(knownPairs(), prf);
    }

    /** Every name form with every e-mail form, as a client (or an attacker) makes them. */
    private static List<TokenInput> knownPairs() {
        Normaliser normaliser = new Normaliser(TestPacks.CLOCK);
        List<CanonicalForm> names = normaliser.normalise(KNOWN.get(0)).forms();
        List<CanonicalForm> emails = normaliser.normalise(KNOWN.get(1)).forms();
        List<TokenInput> inputs = new ArrayList<>();
        for (CanonicalForm name : names) {
            for (CanonicalForm email : emails) {
                inputs.add(TokenInput.of(List.of(name, email)));
            }
        }
        return inputs;
    }
}
