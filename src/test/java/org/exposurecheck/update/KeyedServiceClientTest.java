package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.testsupport.Socks5TestProxy;
import org.exposurecheck.testsupport.SyntheticPairs;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.keyed.Evaluation;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.token.keyed.VoprfPublicKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client's whole keyed round (blind → POST → verify → finalize) against the real service on loopback, and
 * each way a service can fail it: a rate limit, another key, a tampered proof, an answer that is not one.
 */
class KeyedServiceClientTest {
    private static final Timeouts QUICK = new Timeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SecureRandom random = new SecureRandom();
    private final VoprfPrivateKey key = VoprfPrivateKey.generate(random);
    private final VoprfEvaluator evaluator = new VoprfEvaluator(key, random);
    private final SyntheticPairs pairs = SyntheticPairs.generate(10, 5);
    private final AtomicLong clock = new AtomicLong();
    private final List<AutoCloseable> open = new ArrayList<>();
    private KeyedService service;

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
        if (service != null) {
            service.stop();
        }
        key.wipe();
    }

    @Test
    void theBlindedRoundGivesTheKeyHoldersOwnOutputsInSeveralBatches() throws Exception {
        start(RateLimits.DEFAULT);
        KeyedServiceClient client = client(serviceAddress(), key.publicKey(), Optional.empty(), 3);

        List<byte[]> outputs = client.outputs(pairs.bytes());

        assertThat(pairs.size()).isGreaterThan(3);
        assertThat(outputs).usingElementComparator(Arrays::compare).containsExactlyElementsOf(evaluator.outputs(pairs.bytes()));
    }

    @Test
    void aRateLimitedLookupSaysHowLongToWaitInThePersonsLanguage() throws Exception {
        start(new RateLimits(4, 86_400, 1_000, 86_400_000));
        KeyedServiceClient client = client(serviceAddress(), key.publicKey(), Optional.empty(), 4);
        client.outputs(pairs.bytes().subList(0, 4));

        KeyedServiceException limited = catchKeyed(() -> client.outputs(pairs.bytes().subList(0, 3)));

        assertThat(limited.retryAfter()).contains(Duration.ofSeconds(3));
        assertThat(limited.getMessage()).isEqualTo("The keyed service 127.0.0.1:" + service.address().getPort()
                + " has had too many lookups from this address or in total; try again in 3 seconds.");
        assertThat(limited.message(Locale.forLanguageTag("zh-HK"))).contains("3 秒後再試");
    }

    @Test
    void aServiceHoldingAnotherKeyThanThePacksIsRefused() throws Exception {
        start(RateLimits.DEFAULT);
        VoprfPublicKey committedInThePack = VoprfPrivateKey.generate(random).publicKey();

        KeyedServiceException refused = catchKeyed(() -> client(serviceAddress(), committedInThePack, Optional.empty(), 8)
                .outputs(pairs.bytes()));

        assertThat(refused.getMessage()).isEqualTo("The keyed service 127.0.0.1:" + service.address().getPort()
                + " did not prove that it used the key named in the pack, so its answer was not used.");
        assertThat(refused.retryAfter()).isEmpty();
        assertThat(client(serviceAddress(), key.publicKey(), Optional.empty(), 8).outputs(pairs.bytes()))
                .as("the positive control: committed to the service's key, the same round succeeds").hasSize(pairs.size());
    }

    @Test
    void aTamperedProofIsRefusedAndAnUntamperedOneFromTheSameServerAccepted() throws Exception {
        MockWebServer honest = mockService(false);
        MockWebServer tampering = mockService(true);

        assertThat(client(base(honest), key.publicKey(), Optional.empty(), 8).outputs(pairs.bytes())).usingElementComparator(Arrays::compare)
                .containsExactlyElementsOf(evaluator.outputs(pairs.bytes()));
        KeyedServiceException refused = catchKeyed(() -> client(base(tampering), key.publicKey(), Optional.empty(), 8).outputs(pairs.bytes()));
        assertThat(refused.getMessage()).contains("did not prove that it used the key named in the pack");
    }

    /** Decision 29: a person's check always sends full batches, so the service cannot count the details typed. */
    @Test
    void aPaddedClientSendsOnlyFullBatchesAndStillGivesExactlyThePersonsOutputs() throws Exception {
        List<Integer> batchSizes = java.util.Collections.synchronizedList(new ArrayList<>());
        MockWebServer recording = mockService(false, batchSizes);
        KeyedServiceClient padded = KeyedServiceClient.padded(base(recording), key.publicKey(), Optional.empty(), QUICK, new CancelSignal());
        open.add(padded);
        List<byte[]> few = pairs.bytes().subList(0, 3);
        List<byte[]> many = new ArrayList<>();
        for (int i = 0; i < KeyedServiceClient.PADDED_BATCH + 6; i++) {
            many.add(("input " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        assertThat(padded.outputs(few)).usingElementComparator(Arrays::compare).containsExactlyElementsOf(evaluator.outputs(few));
        assertThat(padded.outputs(many)).usingElementComparator(Arrays::compare).containsExactlyElementsOf(evaluator.outputs(many));
        assertThat(batchSizes).containsExactly(KeyedServiceClient.PADDED_BATCH, KeyedServiceClient.PADDED_BATCH, KeyedServiceClient.PADDED_BATCH);

        client(base(recording), key.publicKey(), Optional.empty(), KeyedServiceClient.PADDED_BATCH).outputs(few);
        assertThat(batchSizes).as("positive control: an unpadded batch tells the service how many pairs were asked").endsWith(3);
    }

    @Test
    void whatIsNotAnAnswerIsRefusedInOneSentence() throws Exception {
        for (String body : List.of("{}", "not json", "{\"suite\": \"P256-SHA256\", \"evaluated\": [\"%%\"], \"proof\": \"AA==\"}",
                "{\"suite\": \"ristretto255-SHA512\", \"evaluated\": [], \"proof\": \"\"}")) {
            MockWebServer server = server(new Dispatcher() {
                @Override
                public MockResponse dispatch(RecordedRequest request) {
                    return new MockResponse.Builder().body(body).build();
                }
            });
            KeyedServiceException refused = catchKeyed(() -> client(base(server), key.publicKey(), Optional.empty(), 8)
                    .outputs(pairs.bytes().subList(0, 1)));
            assertThat(refused.getMessage()).as(body).endsWith("sent something that is not an answer to the lookup, so it was not used.");
        }
        MockWebServer failing = server(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(503).build();
            }
        });
        assertThat(catchKeyed(() -> client(base(failing), key.publicKey(), Optional.empty(), 8).outputs(pairs.bytes())).getMessage())
                .endsWith("answered HTTP 503.");
    }

    @Test
    void aServiceThatIsNotThereIsOneSentence() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        KeyedServiceAddress nowhere = KeyedServiceAddress.parse("http://127.0.0.1:" + closedPort + "/");

        assertThat(catchKeyed(() -> client(nowhere, key.publicKey(), Optional.empty(), 8).outputs(pairs.bytes())).getMessage())
                .isEqualTo("Could not reach the keyed service 127.0.0.1:" + closedPort + ".");
    }

    @Test
    void throughSocks5TheProxyResolvesTheServicesNameAndCarriesTheRound() throws Exception {
        start(RateLimits.DEFAULT);
        try (Socks5TestProxy proxy = new Socks5TestProxy(service.address())) {
            KeyedServiceAddress named = KeyedServiceAddress.parse("http://keyed.invalid:" + service.address().getPort() + "/");
            Optional<ProxySetting> socks = Optional.of(ProxySetting.parse("socks5://127.0.0.1:" + proxy.port()));

            assertThat(client(named, key.publicKey(), socks, 8).outputs(pairs.bytes())).hasSize(pairs.size());
            assertThat(proxy.targets()).isNotEmpty().allSatisfy(target -> assertThat(target).startsWith("name keyed.invalid:"));
        }
    }

    @Test
    void serviceAddressesAreHttpWithoutCredentials() {
        assertThatThrownBy(() -> KeyedServiceAddress.parse("ftp://keyed.example/")).hasMessage(
                "The keyed service address ftp://keyed.example/ is not an http:// or https:// address.");
        assertThatThrownBy(() -> KeyedServiceAddress.parse("https://user:secret@keyed.example/")).hasMessageContaining(
                "contains a user name or password");
    }

    private void start(RateLimits limits) throws Exception {
        int maxBatch = (int) Math.min(ServiceSettings.DEFAULT_MAX_BATCH, limits.clientBurst());
        service = KeyedService.start(new ServiceSettings("127.0.0.1", 0, 2, maxBatch, limits, false, Duration.ofSeconds(5)), evaluator,
                clock::get);
    }

    private KeyedServiceAddress serviceAddress() throws UpdateException {
        return KeyedServiceAddress.parse("http://127.0.0.1:" + service.address().getPort());
    }

    private KeyedServiceClient client(KeyedServiceAddress address, VoprfPublicKey committed, Optional<ProxySetting> proxy, int batch) {
        KeyedServiceClient client = new KeyedServiceClient(address, committed, proxy, QUICK, new CancelSignal(), batch);
        open.add(client);
        return client;
    }

    /** A stand-in service that evaluates honestly with the right key, and, if asked, flips one bit of each proof. */
    private MockWebServer mockService(boolean tamper) throws Exception {
        return mockService(tamper, new ArrayList<>());
    }

    /** As above, noting the size of every batch it is sent. */
    private MockWebServer mockService(boolean tamper, List<Integer> batchSizes) throws Exception {
        return server(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                try {
                    JsonNode body = JSON.readTree(request.getBody().utf8());
                    List<byte[]> blinded = new ArrayList<>();
                    body.get("blinded").forEach(element -> blinded.add(Base64.getDecoder().decode(element.asText())));
                    batchSizes.add(blinded.size());
                    Evaluation evaluation = evaluator.blindEvaluate(blinded);
                    byte[] proof = evaluation.proof();
                    if (tamper) {
                        proof[40] ^= 0x01;
                    }
                    StringBuilder answer = new StringBuilder("{\"suite\": \"P256-SHA256\", \"evaluated\": [");
                    List<byte[]> elements = evaluation.evaluatedElements();
                    for (int i = 0; i < elements.size(); i++) {
                        answer.append(i == 0 ? "" : ",").append('"').append(Base64.getEncoder().encodeToString(elements.get(i))).append('"');
                    }
                    answer.append("], \"proof\": \"").append(Base64.getEncoder().encodeToString(proof)).append("\"}");
                    return new MockResponse.Builder().body(answer.toString()).build();
                } catch (Exception broken) {
                    return new MockResponse.Builder().code(500).build();
                }
            }
        });
    }

    private MockWebServer server(Dispatcher dispatcher) throws Exception {
        MockWebServer server = new MockWebServer();
        server.setDispatcher(dispatcher);
        server.start();
        open.add(server);
        return server;
    }

    private static KeyedServiceAddress base(MockWebServer server) throws UpdateException {
        return KeyedServiceAddress.parse("http://127.0.0.1:" + server.getPort() + "/");
    }

    private interface Round {
        void run() throws Exception;
    }

    private static KeyedServiceException catchKeyed(Round round) {
        try {
            round.run();
        } catch (KeyedServiceException expected) {
            return expected;
        } catch (Exception other) {
            throw new AssertionError("expected a keyed-service refusal, got " + other, other);
        }
        throw new AssertionError("the round succeeded");
    }
}
