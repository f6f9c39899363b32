package org.exposurecheck.token.keyed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.bouncycastle.math.ec.ECPoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * RFC 9497 Appendix A.3.2, ciphersuite P256-SHA256 in VOPRF mode: key derivation, the two single-element
 * vectors and the batch-of-two vector, step by step (blind, blind-evaluate with its proof, finalize) and
 * through the key holder's direct evaluation. The vectors are those of the CFRG draft repository
 * (poc/vectors/allVectors.json), identical to the RFC's appendix.
 */
class VoprfVectorsTest {
    private static final HexFormat HEX = HexFormat.of();
    private static final JsonNode SUITE = load();

    record Vector(int number, List<byte[]> inputs, List<BigInteger> blinds, List<String> blinded, List<String> evaluated,
                  String proof, BigInteger proofRandom, List<String> outputs) {
        @Override
        public String toString() {
            return "vector " + number + " (batch of " + inputs.size() + ")";
        }
    }

    static Stream<Vector> vectors() {
        List<Vector> vectors = new ArrayList<>();
        int number = 1;
        for (JsonNode vector : SUITE.get("vectors")) {
            vectors.add(new Vector(number++, split(vector, "Input").stream().map(HEX::parseHex).toList(),
                    split(vector, "Blind").stream().map(hex -> new BigInteger(hex, 16)).toList(),
                    split(vector, "BlindedElement"), split(vector, "EvaluationElement"), vector.get("Proof").get("proof").asText(),
                    new BigInteger(vector.get("Proof").get("r").asText(), 16), split(vector, "Output")));
        }
        return vectors.stream();
    }

    @Test
    void deriveKeyPairGivesTheRfcKeys() {
        VoprfPrivateKey key = rfcKey();

        assertThat(HEX.formatHex(key.encoded())).isEqualTo(SUITE.get("skSm").asText());
        assertThat(HEX.formatHex(key.publicKey().encoded())).isEqualTo(SUITE.get("pkSm").asText());
    }

    @Test
    void theSuiteHasOneVectorPerInputAndABatchOfTwo() {
        assertThat(vectors().map(vector -> vector.inputs().size())).containsExactly(1, 1, 2);
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void blindEvaluateAndFinalizeGiveTheRfcBytes(Vector vector) throws Exception {
        VoprfPrivateKey key = rfcKey();
        VoprfClient client = new VoprfClient(VoprfPublicKey.fromEncoded(HEX.parseHex(SUITE.get("pkSm").asText())));

        BlindedBatch batch = client.blind(vector.inputs(), vector.blinds());
        assertThat(batch.blindedElements()).extracting(HEX::formatHex).isEqualTo(vector.blinded());

        List<ECPoint> points = new ArrayList<>();
        for (byte[] element : batch.blindedElements()) {
            points.add(P256Group.deserialize(element));
        }
        Evaluation evaluation = new VoprfEvaluator(key, null).blindEvaluate(points, vector.proofRandom());
        assertThat(evaluation.evaluatedElements()).extracting(HEX::formatHex).isEqualTo(vector.evaluated());
        assertThat(HEX.formatHex(evaluation.proof())).isEqualTo(vector.proof());

        assertThat(client.finalizeBatch(batch, evaluation)).extracting(HEX::formatHex).isEqualTo(vector.outputs());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void theKeyHolderEvaluatingDirectlyGetsTheSameOutputs(Vector vector) {
        VoprfEvaluator evaluator = new VoprfEvaluator(rfcKey(), null);

        assertThat(evaluator.outputs(vector.inputs())).extracting(HEX::formatHex).isEqualTo(vector.outputs());
    }

    @ParameterizedTest
    @MethodSource("vectors")
    void theRfcAnswerVerifiesAsSentOverTheWire(Vector vector) throws Exception {
        VoprfClient client = new VoprfClient(VoprfPublicKey.fromEncoded(HEX.parseHex(SUITE.get("pkSm").asText())));
        BlindedBatch batch = client.blind(vector.inputs(), vector.blinds());
        Evaluation fromTheRfc = new Evaluation(vector.evaluated().stream().map(HEX::parseHex).toList(), HEX.parseHex(vector.proof()));

        assertThat(client.finalizeBatch(batch, fromTheRfc)).extracting(HEX::formatHex).isEqualTo(vector.outputs());
    }

    private static VoprfPrivateKey rfcKey() {
        return VoprfPrivateKey.derive(HEX.parseHex(SUITE.get("seed").asText()), HEX.parseHex(SUITE.get("keyInfo").asText()));
    }

    private static List<String> split(JsonNode vector, String field) {
        return Arrays.asList(vector.get(field).asText().split(","));
    }

    private static JsonNode load() {
        try (InputStream in = VoprfVectorsTest.class.getResourceAsStream("rfc9497-p256-sha256-voprf.json")) {
            JsonNode suite = new ObjectMapper().readTree(in);
            if (!suite.get("identifier").asText().equals(Voprf.SUITE) || suite.get("mode").asInt() != Voprf.MODE_VOPRF) {
                throw new IllegalStateException("the vector file is not for P256-SHA256 VOPRF");
            }
            return suite;
        } catch (IOException failed) {
            throw new IllegalStateException(failed);
        }
    }
}
