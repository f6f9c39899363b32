package org.exposurecheck.keyedservice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.exposurecheck.testsupport.SyntheticPairs;
import org.exposurecheck.token.keyed.BlindedBatch;
import org.exposurecheck.token.keyed.Evaluation;
import org.exposurecheck.token.keyed.InvalidElementException;
import org.exposurecheck.token.keyed.VoprfClient;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.token.keyed.VoprfPublicKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The keyed service over real HTTP on loopback: answers, refusals, rate limits and a graceful stop. */
class KeyedServiceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SECOND = 1_000_000_000L;

    private final SecureRandom random = new SecureRandom();
    private final VoprfPrivateKey key = VoprfPrivateKey.generate(random);
    private final VoprfEvaluator evaluator = new VoprfEvaluator(key, random);
    private final VoprfClient client = new VoprfClient(key.publicKey());
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicLong clock = new AtomicLong();
    private final SyntheticPairs pairs = SyntheticPairs.generate(12, 3);
    private KeyedService service;

    record Reply(int status, String retryAfter, JsonNode json, String text) {
    }

    @AfterEach
    void stop() throws InterruptedException {
        if (service != null) {
            service.stop();
        }
        key.wipe();
    }

    @Test
    void aBatchGetsOneEvaluatedElementEachAndOneProofOfTheKey() throws Exception {
        start(RateLimits.DEFAULT, false);
        BlindedBatch batch = client.blind(pairs.bytes(), random);

        Reply reply = post(requestFor(batch.blindedElements()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("suite").asText()).isEqualTo("P256-SHA256");
        Evaluation evaluation = evaluationOf(reply.json());
        assertThat(client.finalizeBatch(batch, evaluation)).usingElementComparator(Arrays::compare)
                .containsExactlyElementsOf(evaluator.outputs(pairs.bytes()));
    }

    @Test
    void healthNamesTheSuiteAndTheKey() throws Exception {
        start(RateLimits.DEFAULT, false);

        Reply health = get("/v1/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");
        assertThat(health.json().get("fingerprint").asText()).isEqualTo(key.publicKey().fingerprint());
        assertThat(Base64.getDecoder().decode(health.json().get("public_key").asText())).isEqualTo(key.publicKey().encoded());
    }

    @Test
    void badRequestsGetOneSentenceAndTheRightStatus() throws Exception {
        start(RateLimits.DEFAULT, false);
        String valid = Base64.getEncoder().encodeToString(client.blind(pairs.bytes().subList(0, 1), random).blindedElements().get(0));
        byte[] offCurve = offTheCurve(Base64.getDecoder().decode(valid));
        String many = "{\"blinded\": [" + String.join(",", java.util.Collections.nCopies(ServiceSettings.DEFAULT_MAX_BATCH + 1,
                "\"" + valid + "\"")) + "]}";

        assertRefused(post("not json"), 400, "not valid JSON");
        assertRefused(post("{\"elements\": []}"), 400, "\"blinded\" array");
        assertRefused(post("{\"blinded\": \"" + valid + "\"}"), 400, "\"blinded\" array");
        assertRefused(post("{\"blinded\": []}"), 400, "between 1 and 128");
        assertRefused(post(many), 400, "between 1 and 128");
        assertRefused(post("{\"blinded\": [\"%%%\"]}"), 400, "33-byte compressed P-256 point");
        assertRefused(post("{\"blinded\": [\"" + Base64.getEncoder().encodeToString(new byte[32]) + "\"]}"), 400, "33-byte");
        assertRefused(post("{\"blinded\": [42]}"), 400, "33-byte");
        assertRefused(post("{\"blinded\": [\"" + valid + "\"]} trailing"), 400, "not valid JSON");
        assertRefused(post(requestFor(List.of(Base64.getDecoder().decode(valid), offCurve))), 400, "not a point of P-256");
        assertRefused(post("{\"blinded\": [\"" + valid + "\"], \"padding\": \"" + "x".repeat(20_000) + "\"}"), 413, "larger than");
        assertRefused(get("/v1/evaluate"), 405, "only answers POST");
        assertRefused(postTo("/v1/health", "{}"), 405, "only answers GET");
        assertRefused(get("/v1/unknown"), 404, "nothing at this address");
        assertThat(post(requestFor(List.of(Base64.getDecoder().decode(valid)))).status()).as("the positive control").isEqualTo(200);
    }

    @Test
    void aChunkedBodyLargerThanABatchIsRefusedWithoutAContentLength() throws Exception {
        start(RateLimits.DEFAULT, false);
        byte[] huge = ("{\"blinded\": [\"" + "A".repeat(50_000) + "\"]}").getBytes(StandardCharsets.UTF_8);
        HttpRequest chunked = HttpRequest.newBuilder(uri("/v1/evaluate"))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build();

        Reply reply = send(chunked);

        assertRefused(reply, 413, "larger than");
    }

    @Test
    void aClientOverItsLimitGets429WithTheSecondsUntilItsBatchFits() throws Exception {
        // One evaluation a second, four at once; all clients together far more.
        start(new RateLimits(4, 86_400, 1_000, 86_400_000), false);
        String four = requestFor(client.blind(pairs.bytes().subList(0, 4), random).blindedElements());
        String one = requestFor(client.blind(pairs.bytes().subList(0, 1), random).blindedElements());

        assertThat(post(four).status()).isEqualTo(200);
        Reply limited = post(one);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.retryAfter()).isEqualTo("1");
        assertThat(limited.json().get("retry_after_seconds").asLong()).isEqualTo(1);
        assertThat(post(four).retryAfter()).as("four evaluations need four seconds").isEqualTo("4");

        clock.addAndGet(SECOND);
        assertThat(post(one).status()).isEqualTo(200);
        assertThat(post(one).status()).isEqualTo(429);
    }

    @Test
    void allClientsTogetherStopAtTheGlobalLimitWhateverTheirAddresses() throws Exception {
        // Behind a trusted load balancer each forwarded address has its own bucket of 4; together they share 6.
        start(new RateLimits(4, 86_400, 6, 86_400 * 2), true);
        String three = requestFor(client.blind(pairs.bytes().subList(0, 3), random).blindedElements());

        assertThat(postFrom("192.0.2.1", three).status()).isEqualTo(200);
        assertThat(postFrom("192.0.2.2", three).status()).isEqualTo(200);
        Reply third = postFrom("192.0.2.3", three);

        assertThat(third.status()).as("a fresh address, but the service as a whole is spent").isEqualTo(429);
        assertThat(third.retryAfter()).as("three evaluations at two a second").isEqualTo("2");
    }

    @Test
    void anUntrustedForwardedForHeaderDoesNotBuyANewBucket() throws Exception {
        start(new RateLimits(4, 86_400, 1_000, 86_400_000), false);
        String four = requestFor(client.blind(pairs.bytes().subList(0, 4), random).blindedElements());

        assertThat(postFrom("192.0.2.1", four).status()).isEqualTo(200);
        assertThat(postFrom("192.0.2.2", four).status()).as("the same loopback client, whatever it claims").isEqualTo(429);
    }

    @Test
    void aTrustedForwardedForHeaderGivesEachClientItsOwnBucket() throws Exception {
        // The positive control of the test above: with a load balancer trusted, the same requests pass.
        start(new RateLimits(4, 86_400, 1_000, 86_400_000), true);
        String four = requestFor(client.blind(pairs.bytes().subList(0, 4), random).blindedElements());

        assertThat(postFrom("192.0.2.1", four).status()).isEqualTo(200);
        assertThat(postFrom("192.0.2.2", four).status()).isEqualTo(200);
        assertThat(postFrom("10.0.0.1, 192.0.2.2", four).status()).as("the last hop is the one the balancer added").isEqualTo(429);
    }

    @Test
    void stoppingLetsARequestInProgressFinishAndTurnsNewOnesAway() throws Exception {
        service = KeyedService.start(new ServiceSettings("127.0.0.1", 0, 2, ServiceSettings.DEFAULT_MAX_BATCH, RateLimits.DEFAULT, false,
                Duration.ofSeconds(60)), evaluator, clock::get);
        byte[] body = requestFor(client.blind(pairs.bytes().subList(0, 2), random).blindedElements()).getBytes(StandardCharsets.UTF_8);
        try (Socket slow = new Socket("127.0.0.1", service.address().getPort())) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /v1/evaluate HTTP/1.1\r\nHost: localhost\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, body.length / 2);
            out.flush();
            waitUntil(() -> service.requestsInProgress() == 1);

            CompletableFuture<Boolean> stopping = CompletableFuture.supplyAsync(() -> {
                try {
                    return service.stop();
                } catch (InterruptedException interrupted) {
                    throw new IllegalStateException(interrupted);
                }
            });
            waitUntil(() -> get("/v1/health").status() == 503);
            Reply turnedAway = post(requestFor(client.blind(pairs.bytes().subList(0, 1), random).blindedElements()));
            assertThat(turnedAway.status()).isEqualTo(503);
            assertThat(turnedAway.retryAfter()).isEqualTo("1");
            assertThat(stopping).as("the request in progress holds the stop").isNotDone();

            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String answer = new String(readAll(slow.getInputStream()), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"evaluated\"");
            assertThat(stopping.get(60, TimeUnit.SECONDS)).as("every request in progress finished").isTrue();
        }
        assertThatThrownBy(() -> new Socket("127.0.0.1", service.address().getPort()).close()).isInstanceOf(ConnectException.class);
    }

    private void start(RateLimits limits, boolean trustForwardedFor) throws IOException {
        int maxBatch = (int) Math.min(ServiceSettings.DEFAULT_MAX_BATCH, limits.clientBurst());
        service = KeyedService.start(new ServiceSettings("127.0.0.1", 0, 2, maxBatch, limits, trustForwardedFor, Duration.ofSeconds(5)),
                evaluator, clock::get);
    }

    /** The nearest x after the given point's with no point on P-256 (about half of all x have none). */
    private static byte[] offTheCurve(byte[] point) {
        byte[] candidate = point.clone();
        while (true) {
            candidate[32]++;
            try {
                VoprfPublicKey.fromEncoded(candidate);
            } catch (InvalidElementException notAPoint) {
                return candidate;
            }
        }
    }

    private static void assertRefused(Reply reply, int status, String sentence) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).contains(sentence).endsWith(".");
        assertThat(reply.text()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static String requestFor(List<byte[]> blinded) {
        return "{\"blinded\": [" + blinded.stream().map(element -> "\"" + Base64.getEncoder().encodeToString(element) + "\"")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static Evaluation evaluationOf(JsonNode answer) {
        List<byte[]> elements = new ArrayList<>();
        answer.get("evaluated").forEach(element -> elements.add(Base64.getDecoder().decode(element.asText())));
        return new Evaluation(elements, Base64.getDecoder().decode(answer.get("proof").asText()));
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + service.address().getPort() + path);
    }

    private Reply post(String body) throws IOException, InterruptedException {
        return postTo("/v1/evaluate", body);
    }

    private Reply postTo(String path, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Reply postFrom(String forwardedFor, String body) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri("/v1/evaluate")).header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Reply get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    private Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Retry-After").orElse(null), JSON.readTree(response.body()),
                response.body());
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls a condition the service reaches on its own threads; gives up after a minute. */
    private static void waitUntil(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the service never got there");
            }
            Thread.sleep(10);
        }
    }
}
