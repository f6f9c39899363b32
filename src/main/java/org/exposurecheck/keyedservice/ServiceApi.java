package org.exposurecheck.keyedservice;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.exposurecheck.token.keyed.Evaluation;
import org.exposurecheck.token.keyed.Voprf;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * The service's JSON, version 1 (docs/keyed-tier.md). Binary values are standard base64 with padding.
 * A request is {@code {"blinded": ["<element>", …]}}; an answer {@code {"suite": "P256-SHA256",
 * "evaluated": ["<element>", …], "proof": "<64 bytes>"}}. Refusals are {@code {"error": "<sentence>"}}.
 * Parse errors never echo the request: their sentences are fixed.
 */
final class ServiceApi {
    static final String EVALUATE_PATH = "/v1/evaluate";
    static final String HEALTH_PATH = "/v1/health";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    /** A request the service refuses, with the HTTP status and the one sentence that says why. */
    static final class Refused extends Exception {
        private final int status;

        Refused(int status, String sentence) {
            super(sentence, null, false, false);
            this.status = status;
        }

        int status() {
            return status;
        }
    }

    private ServiceApi() {
    }

    static List<byte[]> blindedElements(byte[] body, int maxBatch) throws Refused {
        JsonNode request;
        try {
            request = JSON.readTree(body);
        } catch (IOException malformed) {
            throw new Refused(400, "The request is not valid JSON.");
        }
        JsonNode blinded = request == null ? null : request.get("blinded");
        if (blinded == null || !blinded.isArray()) {
            throw new Refused(400, "The request must be a JSON object with a \"blinded\" array.");
        }
        if (blinded.isEmpty() || blinded.size() > maxBatch) {
            throw new Refused(400, "A batch holds between 1 and " + maxBatch + " blinded elements.");
        }
        List<byte[]> elements = new ArrayList<>(blinded.size());
        for (JsonNode element : blinded) {
            byte[] bytes = element.isTextual() ? decode(element.asText()) : null;
            if (bytes == null || bytes.length != Voprf.ELEMENT_LENGTH) {
                throw new Refused(400, "Each blinded element must be the base64 of a 33-byte compressed P-256 point.");
            }
            elements.add(bytes);
        }
        return elements;
    }

    static byte[] evaluation(Evaluation evaluation) {
        ObjectNode answer = JSON.createObjectNode().put("suite", Voprf.SUITE);
        ArrayNode evaluated = answer.putArray("evaluated");
        evaluation.evaluatedElements().forEach(element -> evaluated.add(Base64.getEncoder().encodeToString(element)));
        answer.put("proof", Base64.getEncoder().encodeToString(evaluation.proof()));
        return write(answer);
    }

    static byte[] health(boolean serving, VoprfPublicKey key) {
        return write(JSON.createObjectNode().put("status", serving ? "ok" : "stopping").put("suite", Voprf.SUITE)
                .put("public_key", Base64.getEncoder().encodeToString(key.encoded())).put("fingerprint", key.fingerprint()));
    }

    static byte[] error(String sentence) {
        return write(JSON.createObjectNode().put("error", sentence));
    }

    static byte[] rateLimited(long retryAfterSeconds) {
        return write(JSON.createObjectNode()
                .put("error", "Too many evaluations from this address or in total; try again in " + retryAfterSeconds + " seconds.")
                .put("retry_after_seconds", retryAfterSeconds));
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static byte[] write(ObjectNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings always serializes", impossible);
        }
    }
}
