package org.exposurecheck.update;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.keyed.BlindedBatch;
import org.exposurecheck.token.keyed.Evaluation;
import org.exposurecheck.token.keyed.KeyedPrf;
import org.exposurecheck.token.keyed.ProofRejectedException;
import org.exposurecheck.token.keyed.Voprf;
import org.exposurecheck.token.keyed.VoprfClient;
import org.exposurecheck.token.keyed.VoprfPublicKey;

/**
 * The person's side of a keyed lookup: blinds the inputs, posts the blinded elements in batches to the
 * publisher's keyed service, verifies each answer's proof against the key the pack committed to, and
 * finalizes. Only random-looking points leave this machine, through the same connection settings as updates
 * (the person's proxy or Tor, no cookies, a neutral User-Agent). Every failure is one sentence; a failed
 * round yields no output at all.
 */
public final class KeyedServiceClient implements KeyedPrf<UpdateException>, AutoCloseable {
    public static final int DEFAULT_BATCH = 128;
    /**
     * Every lookup of a person's check is sent in batches of exactly this many elements, real ones filled up with
     * random ones, so the service cannot count the details and spellings a person typed (decision 0029).
     */
    public static final int PADDED_BATCH = 64;
    /** A padding input: random bytes, as long as a PRF output, blinded like any input. */
    private static final int PADDING_INPUT_BYTES = 32;
    /** The most an answer to a full batch can need, with room to spare; a longer body is not an answer. */
    private static final int ANSWER_BYTES_PER_ELEMENT = 128;
    private static final int ANSWER_ENVELOPE_BYTES = 4096;
    private static final Duration LONGEST_WAIT = Duration.ofDays(1);
    private static final MediaType JSON_TYPE = MediaType.get("application/json");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KeyedServiceAddress service;
    private final VoprfClient voprf;
    private final SecureRandom random;
    private final int batchSize;
    private final boolean viaProxy;
    private final MirrorConnection connection;
    private final boolean padded;

    public KeyedServiceClient(KeyedServiceAddress service, VoprfPublicKey committedKey, Optional<ProxySetting> proxy, Timeouts timeouts,
                              CancelSignal cancel, int batchSize) {
        this(service, committedKey, proxy, timeouts, cancel, batchSize, false);
    }

    /** A client whose every request holds exactly {@link #PADDED_BATCH} elements, the person's padded with random ones. */
    public static KeyedServiceClient padded(KeyedServiceAddress service, VoprfPublicKey committedKey, Optional<ProxySetting> proxy,
                                            Timeouts timeouts, CancelSignal cancel) {
        return new KeyedServiceClient(service, committedKey, proxy, timeouts, cancel, PADDED_BATCH, true);
    }

    private KeyedServiceClient(KeyedServiceAddress service, VoprfPublicKey committedKey, Optional<ProxySetting> proxy, Timeouts timeouts,
                               CancelSignal cancel, int batchSize, boolean padded) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one element");
        }
        this.service = service;
        this.voprf = new VoprfClient(committedKey);
        this.random = new SecureRandom();
        this.batchSize = batchSize;
        this.viaProxy = proxy.isPresent();
        this.connection = new MirrorConnection(proxy, timeouts, cancel);
        this.padded = padded;
    }

    /** Blind, post, verify, finalize, one batch after another; the outputs in input order, or no output at all. */
    @Override
    public List<byte[]> outputs(List<byte[]> inputs) throws UpdateException {
        List<byte[]> outputs = new ArrayList<>(inputs.size());
        try {
            for (int from = 0; from < inputs.size(); from += batchSize) {
                List<byte[]> chunk = new ArrayList<>(inputs.subList(from, Math.min(inputs.size(), from + batchSize)));
                int real = chunk.size();
                while (padded && chunk.size() < batchSize) {
                    byte[] padding = new byte[PADDING_INPUT_BYTES];
                    random.nextBytes(padding);
                    chunk.add(padding);
                }
                BlindedBatch batch = voprf.blind(chunk, random);
                try {
                    List<byte[]> answers = voprf.finalizeBatch(batch, evaluate(batch.blindedElements()));
                    outputs.addAll(answers.subList(0, real));
                    answers.subList(real, answers.size()).forEach(padding -> Arrays.fill(padding, (byte) 0));
                } catch (ProofRejectedException wrongKeyOrBadProof) {
                    throw new KeyedServiceException(KeyedRefusal.PROOF_REJECTED.sentence("service", service.host()));
                } finally {
                    batch.wipe();
                }
            }
            return outputs;
        } catch (UpdateException | RuntimeException failed) {
            outputs.forEach(output -> Arrays.fill(output, (byte) 0));
            throw failed;
        }
    }

    /** One request: blinded elements in, the service's unverified evaluation out. */
    public Evaluation evaluate(List<byte[]> blindedElements) throws UpdateException {
        ObjectNode request = JSON.createObjectNode();
        ArrayNode blinded = request.putArray("blinded");
        blindedElements.forEach(element -> blinded.add(Base64.getEncoder().encodeToString(element)));
        Request post;
        try {
            post = new Request.Builder().url(service.evaluateUrl())
                    .post(RequestBody.create(JSON.writeValueAsBytes(request), JSON_TYPE)).build();
        } catch (IOException impossible) {
            throw new IllegalStateException("a tree of strings always serializes", impossible);
        }
        try (Response response = send(post)) {
            if (response.code() == 429) {
                Duration wait = retryAfter(response);
                throw new KeyedServiceException(KeyedRefusal.RATE_LIMITED.sentence("service", service.host(), "seconds", wait.toSeconds()), wait);
            }
            if (response.code() != 200) {
                throw new KeyedServiceException(KeyedRefusal.HTTP_STATUS.sentence("service", service.host(), "status", response.code()));
            }
            return parse(response, blindedElements.size());
        }
    }

    private Response send(Request request) throws UpdateException {
        try {
            return connection.execute(request, connection.timeouts().shortExchangeDeadline());
        } catch (TransferException failed) {
            throw switch (failed.kind()) {
                case CANCELLED -> new UpdateException(failed.sentence());
                case TIMEOUT -> new KeyedServiceException(KeyedRefusal.TIMEOUT.sentence("service", service.host()));
                default -> new KeyedServiceException(viaProxy ? KeyedRefusal.PROXY_UNREACHABLE.sentence("service", service.host())
                        : KeyedRefusal.UNREACHABLE.sentence("service", service.host()));
            };
        }
    }

    private Evaluation parse(Response response, int expected) throws UpdateException {
        KeyedServiceException malformed = new KeyedServiceException(KeyedRefusal.ANSWER_MALFORMED.sentence("service", service.host()));
        int limit = ANSWER_ENVELOPE_BYTES + expected * ANSWER_BYTES_PER_ELEMENT;
        byte[] body;
        try (InputStream in = response.body().byteStream()) {
            body = in.readNBytes(limit + 1);
        } catch (IOException broken) {
            throw new KeyedServiceException(KeyedRefusal.UNREACHABLE.sentence("service", service.host()));
        }
        if (body.length > limit) {
            throw malformed;
        }
        try {
            JsonNode answer = JSON.readTree(body);
            JsonNode evaluated = answer.get("evaluated");
            JsonNode proof = answer.get("proof");
            if (!Voprf.SUITE.equals(answer.path("suite").asText()) || evaluated == null || !evaluated.isArray()
                    || evaluated.size() != expected || proof == null || !proof.isTextual()) {
                throw malformed;
            }
            List<byte[]> elements = new ArrayList<>(expected);
            for (JsonNode element : evaluated) {
                elements.add(Base64.getDecoder().decode(element.asText()));
            }
            return new Evaluation(elements, Base64.getDecoder().decode(proof.asText()));
        } catch (IOException | IllegalArgumentException notAnAnswer) {
            throw malformed;
        }
    }

    /** Retry-After in seconds (the service sends seconds); an HTTP date or nothing at all counts as a minute. */
    private static Duration retryAfter(Response response) {
        String header = response.header("Retry-After");
        try {
            Duration wait = Duration.ofSeconds(Math.max(1, header == null ? 60 : Long.parseLong(header.strip())));
            return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
        } catch (NumberFormatException notSeconds) {
            return Duration.ofSeconds(60);
        }
    }

    @Override
    public void close() {
        connection.close();
    }

    @Override
    public String toString() {
        return "KeyedServiceClient[" + service.host() + ", " + voprf.serviceKey().fingerprint() + "]";
    }
}
