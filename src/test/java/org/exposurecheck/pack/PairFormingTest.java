package org.exposurecheck.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Normalised;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.NameDerivedGrammar;
import org.exposurecheck.token.PairingRules;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.RecordShape;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenScheme;
import org.exposurecheck.token.TokenType;
import org.junit.jupiter.api.Test;

/**
 * A person is found only if the matcher derives a token from exactly the bytes the builder derived it from. Both
 * ask {@link PairingRules} for their inputs; this holds the two paths against each other for every token type,
 * from what each really starts with: the builder from a record's grouped values, the matcher from a typed profile.
 */
class PairFormingTest {
    private static final long SEED = 12;

    @Test
    void forEveryTokenTypeTheBuilderAndTheMatcherDeriveFromTheSameBytes() throws Exception {
        Normaliser normaliser = new Normaliser(TestPacks.CLOCK);
        Map<String, Set<String>> builder = new TreeMap<>();
        Map<String, Set<String>> matcher = new TreeMap<>();
        try (TokenDeriver deriver = new TokenDeriver(1)) {
            MatchEngine engine = new MatchEngine(normaliser, deriver);
            // The generator's leak records: they print employers and plates, which people seldom type.
            for (Profile persona : SyntheticDataset.generate(80, 0, SEED).records().stream()
                    .map(record -> new Profile("", record.identifiers())).toList()) {
                RecordValues.Candidates candidates = valuesOf(persona, normaliser).candidates();
                Set<TokenType> types = new HashSet<>();
                for (int token = 0; token < candidates.shape().tokens().size(); token++) {
                    RecordShape.Link link = candidates.shape().tokens().get(token);
                    TokenType type = candidates.shape().type(link);
                    types.add(type);
                    RecordingScheme scheme = new RecordingScheme();
                    deriver.derive(scheme, candidates.inputs(token), Progress.NONE, new CancelSignal());
                    builder.computeIfAbsent(type.tag(), t -> new HashSet<>()).addAll(scheme.inputs);
                }
                for (TokenType type : types) {
                    RecordingScheme scheme = new RecordingScheme();
                    engine.check(persona, List.of(emptyPackOf(type, scheme)), Progress.NONE, new CancelSignal());
                    matcher.computeIfAbsent(type.tag(), t -> new HashSet<>()).addAll(scheme.inputs);
                }
            }
        }
        assertThat(builder.keySet()).as("the personas give every token type the pairing rules allow").containsAll(everyAllowedType());
        assertThat(builder.values()).allSatisfy(inputs -> assertThat(inputs).isNotEmpty());
        assertThat(matcher).isEqualTo(builder);
    }

    /** A positive control: an input formed with the kinds in another order would not be found, were it not sorted. */
    @Test
    void theInputOfAPairDoesNotDependOnTheOrderItsFormsAreGivenIn() throws Exception {
        TokenType pair = TokenType.of(FormKind.NAME, FormKind.PHONE);
        RecordingScheme forward = new RecordingScheme();
        RecordingScheme backward = new RecordingScheme();
        try (TokenDeriver deriver = new TokenDeriver(1)) {
            Map<FormKind, List<String>> forms = Map.of(FormKind.NAME, List.of("chan tai man"), FormKind.PHONE, List.of("+85291234567"));
            deriver.derive(forward, PairingRules.inputs(pair, forms), Progress.NONE, new CancelSignal());
            deriver.derive(backward, List.of(org.exposurecheck.token.TokenInput.of(List.of(
                    new CanonicalForm(FormKind.PHONE, "+85291234567"), new CanonicalForm(FormKind.NAME, "chan tai man")))),
                    Progress.NONE, new CancelSignal());
            RecordingScheme otherValue = new RecordingScheme();
            deriver.derive(otherValue, PairingRules.inputs(pair, Map.of(FormKind.NAME, List.of("chan tai man"),
                    FormKind.PHONE, List.of("+85291234568"))), Progress.NONE, new CancelSignal());
            assertThat(otherValue.inputs).as("the recording tells different inputs apart").isNotEqualTo(forward.inputs);
        }
        assertThat(backward.inputs).isEqualTo(forward.inputs);
    }

    private static RecordValues valuesOf(Profile persona, Normaliser normaliser) {
        RecordValues values = new RecordValues(NameDerivedGrammar.instance());
        for (int i = 0; i < persona.identifiers().size(); i++) {
            Normalised normalised = normaliser.normalise(persona.identifiers().get(i));
            for (CanonicalForm form : normalised.forms()) {
                values.add(i, form);
            }
        }
        return values;
    }

    private static Set<String> everyAllowedType() {
        Set<String> types = new HashSet<>();
        for (FormKind a : FormKind.values()) {
            types.add(TokenType.of(a).tag());
            for (FormKind b : EnumSet.complementOf(EnumSet.of(a))) {
                if (PairingRules.mayPair(a, b)) {
                    types.add(TokenType.of(a, b).tag());
                }
            }
        }
        return types;
    }

    /** A pack with no record that asks for tokens of {@code type} under {@code scheme}: what the matcher derives, and nothing else. */
    private static Pack emptyPackOf(TokenType type, TokenScheme scheme) throws PackException {
        Manifest manifest = new Manifest(Manifest.FORMAT, "pair-forming", "Pair forming", "test", "", 1, TestPacks.NOW, TestPacks.NOW,
                false, Normaliser.VERSION, null, null, 0, 0, 0, Map.of(), List.of(), null, List.of());
        // The body's magic, then no strings, no records, no photos and no tokens.
        byte[] empty = java.util.Arrays.copyOf(PackBody.MAGIC, PackBody.MAGIC.length + 16);
        PackBody body = PackBody.locate(new ArraySource(empty), scheme.tokenLength());
        return new Pack(manifest, null, scheme, Set.of(type), body);
    }

    /** Keeps each input's bytes (hex) and returns their SHA-256 as the token, so the engine runs as it would. */
    private static final class RecordingScheme implements TokenScheme {
        final Set<String> inputs = ConcurrentHashMap.newKeySet();

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public int tokenLength() {
            return 32;
        }

        @Override
        public String instanceId() {
            return "recording";
        }

        @Override
        public double costRelativeToReference() {
            return 1;
        }

        @Override
        public byte[] derive(byte[] encodedInput) {
            inputs.add(HexFormat.of().formatHex(encodedInput));
            return Sha256.of(encodedInput);
        }
    }
}
