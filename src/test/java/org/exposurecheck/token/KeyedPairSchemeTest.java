package org.exposurecheck.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.token.keyed.BlindedBatch;
import org.exposurecheck.token.keyed.KeyedPrf;
import org.exposurecheck.token.keyed.VoprfClient;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.junit.jupiter.api.Test;

/**
 * Scheme ec-pair-voprf-p256-v1: the builder (holding the key) and a checking client (blinded round) derive the
 * same tokens, and whoever has the pack but not the key cannot.
 */
class KeyedPairSchemeTest {
    private static final KdfParameters CHEAP = new KdfParameters(256, 1, 1);
    private final SecureRandom random = new SecureRandom();
    private final VoprfPrivateKey publisherKey = VoprfPrivateKey.generate(random);
    private final VoprfEvaluator keyHolder = new VoprfEvaluator(publisherKey, random);
    private final byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
    private final KeyedPairScheme scheme = new KeyedPairScheme(publisherKey.publicKey(), CHEAP, salt);

    @Test
    void aClientsBlindedRoundGivesTheBuildersTokens() throws Exception {
        List<byte[]> built = scheme.derive(namePairs(), keyHolder);
        VoprfClient client = new VoprfClient(scheme.serviceKey());
        KeyedPrf<Exception> blindedRound = inputs -> {
            BlindedBatch batch = client.blind(inputs, random);
            try {
                return client.finalizeBatch(batch, keyHolder.blindEvaluate(batch.blindedElements()));
            } finally {
                batch.wipe();
            }
        };

        List<byte[]> checked = scheme.derive(namePairs(), blindedRound);

        assertThat(built).hasSizeGreaterThanOrEqualTo(2).allSatisfy(token -> assertThat(token).hasSize(scheme.tokenLength()));
        assertThat(checked).usingElementComparator(Arrays::compare).containsExactlyElementsOf(built);
    }

    @Test
    void anAttackerWithThePackButNotTheKeyComputesNoTokenOfIt() {
        List<byte[]> published = scheme.derive(namePairs(), keyHolder);
        Argon2PairScheme argonAlone = new Argon2PairScheme(CHEAP, salt);
        VoprfEvaluator attackersOwnKey = new VoprfEvaluator(VoprfPrivateKey.generate(random), random);

        List<byte[]> withoutAnyKey = namePairs().stream().map(input -> argonAlone.derive(input.encoded())).toList();
        List<byte[]> withAnotherKey = scheme.derive(namePairs(), attackersOwnKey);
        List<byte[]> withTheKey = scheme.derive(namePairs(), keyHolder);

        // The attacker guesses the right values and still misses every token; only the key holder hits them.
        assertThat(withoutAnyKey).noneMatch(guess -> published.stream().anyMatch(token -> Arrays.equals(token, guess)));
        assertThat(withAnotherKey).noneMatch(guess -> published.stream().anyMatch(token -> Arrays.equals(token, guess)));
        assertThat(withTheKey).usingElementComparator(Arrays::compare).containsExactlyElementsOf(published);
    }

    @Test
    void inputsAreWipedAlsoWhenTheServiceFails() {
        List<TokenInput> inputs = namePairs();
        KeyedPrf<IllegalStateException> failing = batch -> {
            throw new IllegalStateException("service unreachable");
        };

        assertThatThrownBy(() -> scheme.derive(inputs, failing)).hasMessage("service unreachable");

        assertThat(inputs).allSatisfy(input -> assertThat(input.encoded()).containsOnly(0));
    }

    @Test
    void theInstanceIdNamesTheKeyAndPrintsNoSecret() {
        KeyedPairScheme otherKey = new KeyedPairScheme(VoprfPrivateKey.generate(random).publicKey(), CHEAP, salt);

        assertThat(scheme.instanceId()).isNotEqualTo(otherKey.instanceId());
        assertThat(scheme.instanceId()).isEqualTo(new KeyedPairScheme(publisherKey.publicKey(), CHEAP, salt).instanceId());
        assertThat(scheme.toString()).contains(KeyedPairScheme.NAME, publisherKey.publicKey().fingerprint());
    }

    /** A synthetic persona's name paired with its date of birth, plate and employer: the weak pairs of the keyed tier. */
    private static List<TokenInput> namePairs() {
        Normaliser normaliser = new Normaliser(org.exposurecheck.testsupport.TestPacks.CLOCK);
        for (Profile persona : SyntheticDataset.generate(40, 20, 11).personas()) {
            List<CanonicalForm> names = new ArrayList<>();
            List<CanonicalForm> partners = new ArrayList<>();
            for (Identifier identifier : persona.identifiers()) {
                for (CanonicalForm form : normaliser.normalise(identifier).forms()) {
                    if (form.kind() == FormKind.NAME) {
                        names.add(form);
                    } else if (form.kind() == FormKind.DOB || form.kind() == FormKind.PLATE || form.kind() == FormKind.EMPLOYER) {
                        partners.add(form);
                    }
                }
            }
            if (!names.isEmpty() && partners.size() >= 2) {
                return partners.stream().map(partner -> TokenInput.of(List.of(names.get(0), partner))).toList();
            }
        }
        throw new IllegalStateException("the synthetic set has a persona with a name and two weak partners");
    }
}
