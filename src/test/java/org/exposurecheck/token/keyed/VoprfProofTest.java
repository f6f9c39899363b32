package org.exposurecheck.token.keyed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.util.BigIntegers;
import org.junit.jupiter.api.Test;

/**
 * The attacks a dishonest or broken key holder could try on a client, each beside its positive control (the
 * same answer accepted where it is honest), and the malformed points a client could try on the key holder.
 */
class VoprfProofTest {
    private final SecureRandom random = new SecureRandom();
    private final VoprfPrivateKey committedKey = VoprfPrivateKey.generate(random);
    private final VoprfEvaluator honest = new VoprfEvaluator(committedKey, random);
    private final VoprfClient client = new VoprfClient(committedKey.publicKey());
    private final List<byte[]> inputs = List.of(bytes("ECT1 name+dob of someone"), bytes("ECT1 name+plate of someone"),
            bytes("ECT1 name+employer of someone"));

    @Test
    void anHonestAnswerFinalizesToTheKeyHoldersOwnOutputs() throws Exception {
        BlindedBatch batch = client.blind(inputs, random);

        List<byte[]> outputs = client.finalizeBatch(batch, honest.blindEvaluate(batch.blindedElements()));

        assertThat(outputs).usingElementComparator(Arrays::compare).containsExactlyElementsOf(honest.outputs(inputs));
    }

    @Test
    void aServiceUsingAnotherKeyThanTheCommittedOneIsRefused() throws Exception {
        VoprfPrivateKey perPersonKey = VoprfPrivateKey.generate(random);
        VoprfEvaluator tagging = new VoprfEvaluator(perPersonKey, random);
        BlindedBatch batch = client.blind(inputs, random);
        Evaluation tagged = tagging.blindEvaluate(batch.blindedElements());

        assertThatThrownBy(() -> client.finalizeBatch(batch, tagged)).isInstanceOf(ProofRejectedException.class);
        // Positive control: the same answer is fine for a client that committed to that other key.
        assertThat(new VoprfClient(perPersonKey.publicKey()).finalizeBatch(batch, tagged)).hasSize(inputs.size());
    }

    @Test
    void oneElementEvaluatedUnderAnotherKeyInsideAnHonestBatchIsRefused() throws Exception {
        BlindedBatch batch = client.blind(inputs, random);
        Evaluation fair = honest.blindEvaluate(batch.blindedElements());
        Evaluation other = new VoprfEvaluator(VoprfPrivateKey.generate(random), random).blindEvaluate(batch.blindedElements());
        List<byte[]> mixed = new ArrayList<>(fair.evaluatedElements());
        mixed.set(1, other.evaluatedElements().get(1));

        assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(mixed, fair.proof())))
                .isInstanceOf(ProofRejectedException.class);
        assertThat(client.finalizeBatch(batch, new Evaluation(fair.evaluatedElements(), fair.proof()))).hasSize(3);
    }

    @Test
    void answersInAnotherOrderOrOfAnotherSizeAreRefused() throws Exception {
        BlindedBatch batch = client.blind(inputs, random);
        Evaluation fair = honest.blindEvaluate(batch.blindedElements());
        List<byte[]> swapped = new ArrayList<>(fair.evaluatedElements());
        swapped.set(0, fair.evaluatedElements().get(2));
        swapped.set(2, fair.evaluatedElements().get(0));

        assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(swapped, fair.proof())))
                .isInstanceOf(ProofRejectedException.class);
        assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(fair.evaluatedElements().subList(0, 2), fair.proof())))
                .isInstanceOf(ProofRejectedException.class);
    }

    @Test
    void aProofWithAnyByteChangedOrScalarsOutOfRangeIsRefused() throws Exception {
        BlindedBatch batch = client.blind(inputs, random);
        Evaluation fair = honest.blindEvaluate(batch.blindedElements());
        for (int position : new int[] {0, 31, 32, 63}) {
            byte[] proof = fair.proof();
            proof[position] ^= 0x01;
            assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(fair.evaluatedElements(), proof)))
                    .as("byte %d", position).isInstanceOf(ProofRejectedException.class);
        }
        byte[] sAboveTheOrder = fair.proof();
        Arrays.fill(sAboveTheOrder, 32, 64, (byte) 0xFF);
        assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(fair.evaluatedElements(), sAboveTheOrder)))
                .isInstanceOf(ProofRejectedException.class);
        assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(fair.evaluatedElements(), new byte[63])))
                .isInstanceOf(ProofRejectedException.class);
    }

    @Test
    void anAnswerThatIsNotAPointIsRefused() throws Exception {
        BlindedBatch batch = client.blind(inputs, random);
        Evaluation fair = honest.blindEvaluate(batch.blindedElements());
        List<byte[]> broken = new ArrayList<>(fair.evaluatedElements());
        broken.set(0, new byte[Voprf.ELEMENT_LENGTH]);

        assertThatThrownBy(() -> client.finalizeBatch(batch, new Evaluation(broken, fair.proof())))
                .isInstanceOf(ProofRejectedException.class);
    }

    @Test
    void theKeyHolderRefusesEverythingThatIsNotAP256Point() {
        byte[] valid = client.blind(inputs.subList(0, 1), random).blindedElements().get(0);
        byte[] wrongPrefix = valid.clone();
        wrongPrefix[0] = 0x04;
        byte[] xAboveThePrime = new byte[Voprf.ELEMENT_LENGTH];
        Arrays.fill(xAboveThePrime, (byte) 0xFF);
        xAboveThePrime[0] = 0x02;
        List<byte[]> invalid = List.of(new byte[0], new byte[] {0x00}, Arrays.copyOf(valid, 32), Arrays.copyOf(valid, 34),
                wrongPrefix, xAboveThePrime, notOnTheCurve(valid), uncompressed(valid));

        for (byte[] element : invalid) {
            assertThatThrownBy(() -> honest.blindEvaluate(List.of(valid, element))).isInstanceOf(InvalidElementException.class);
        }
        assertThat(catchingNothing(() -> honest.blindEvaluate(List.of(valid, valid)))).isTrue();
    }

    @Test
    void privateKeysAreBetweenOneAndTheOrderAndPrintRedacted() {
        assertThatThrownBy(() -> VoprfPrivateKey.fromEncoded(new byte[32])).isInstanceOf(InvalidElementException.class);
        assertThatThrownBy(() -> VoprfPrivateKey.fromEncoded(BigIntegers.asUnsignedByteArray(32, P256Group.ORDER)))
                .isInstanceOf(InvalidElementException.class);
        assertThat(catchingNothing(() -> VoprfPrivateKey.fromEncoded(BigIntegers.asUnsignedByteArray(32,
                P256Group.ORDER.subtract(BigInteger.ONE))))).isTrue();

        String hex = java.util.HexFormat.of().formatHex(committedKey.encoded());
        assertThat(committedKey.toString()).doesNotContain(hex).contains("redacted");
        assertThat(new VoprfEvaluator(committedKey, random).toString()).doesNotContain(hex);
    }

    @Test
    void aBlindedBatchPrintsRedactedAndWipesItsSecrets() throws Exception {
        byte[] input = bytes("ECT1 name+dob of someone");
        BlindedBatch batch = client.blind(List.of(input), random);
        assertThat(batch.toString()).doesNotContain("someone").contains("redacted");

        batch.wipe();

        assertThat(batch.inputs().get(0)).containsOnly(0);
        assertThat(batch.blinds().get(0)).containsOnly(0);
        assertThat(input).as("the caller's own input is untouched").isEqualTo(bytes("ECT1 name+dob of someone"));
    }

    @Test
    void wipingAKeyZeroesItsBytes() {
        VoprfPrivateKey key = VoprfPrivateKey.generate(random);
        assertThat(key.encoded()).isNotEqualTo(new byte[VoprfPrivateKey.LENGTH]);

        key.wipe();

        assertThat(key.encoded()).containsOnly(0);
    }

    /** x with no square root of x³ − 3x + b: try successive x until decoding fails. */
    private static byte[] notOnTheCurve(byte[] valid) {
        byte[] candidate = valid.clone();
        for (int i = 0; i < 1000; i++) {
            candidate[32]++;
            try {
                P256Group.deserialize(candidate);
            } catch (InvalidElementException notAPoint) {
                return candidate;
            }
        }
        throw new IllegalStateException("about half of all x are off the curve");
    }

    private static byte[] uncompressed(byte[] compressed) throws IllegalStateException {
        try {
            return P256Group.deserialize(compressed).getEncoded(false);
        } catch (InvalidElementException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private interface Action {
        void run() throws Exception;
    }

    private static boolean catchingNothing(Action action) {
        try {
            action.run();
            return true;
        } catch (Exception failed) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
