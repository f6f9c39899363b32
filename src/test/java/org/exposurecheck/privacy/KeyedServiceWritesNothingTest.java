package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.testsupport.ByteSearch;
import org.exposurecheck.testsupport.EveryLogLine;
import org.exposurecheck.testsupport.SyntheticPairs;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.KeyedPairScheme;
import org.exposurecheck.token.keyed.BlindedBatch;
import org.exposurecheck.token.keyed.VoprfClient;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.update.KeyedServiceAddress;
import org.exposurecheck.update.KeyedServiceClient;
import org.exposurecheck.update.Timeouts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy is a test: a keyed round through the real service and client (the path a check will take) leaves
 * no identifier, canonical form, blinded element or PRF output — as text, bytes, hex or base64 — in a log line
 * (SLF4J at every level, and the JDK server's own logger), on stdout or stderr, in a new temp file, or in the
 * service's directory; bad requests carrying identifiers are not echoed either.
 */
class KeyedServiceWritesNothingTest {
    private static final int MIN_NEEDLE_BYTES = 6;

    @TempDir
    Path dir;
    @RegisterExtension
    final EveryLogLine logs = new EveryLogLine();
    private final java.util.logging.Logger jdkServerLog = java.util.logging.Logger.getLogger("com.sun.net.httpserver");
    private final List<String> jdkServerLines = new ArrayList<>();
    private final Handler jdkServerCapture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            jdkServerLines.add(record.getMessage() + " " + record.getParameters());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private PrintStream realOut;
    private PrintStream realErr;
    private java.util.logging.Level previousJdkLevel;

    @BeforeEach
    void captureEverything() {
        previousJdkLevel = jdkServerLog.getLevel();
        jdkServerLog.setLevel(java.util.logging.Level.ALL);
        jdkServerLog.addHandler(jdkServerCapture);
        realOut = System.out;
        realErr = System.err;
        PrintStream captured = new PrintStream(console, true, StandardCharsets.UTF_8);
        System.setOut(captured);
        System.setErr(captured);
    }

    @AfterEach
    void restore() {
        System.setOut(realOut);
        System.setErr(realErr);
        jdkServerLog.removeHandler(jdkServerCapture);
        jdkServerLog.setLevel(previousJdkLevel);
    }

    @Test
    void aKeyedRoundLeavesNoIdentifierNorBlindedElementAnywhere() throws Exception {
        SecureRandom random = new SecureRandom();
        SyntheticPairs pairs = SyntheticPairs.generate(20, 9);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> tempBefore = files(tmp);
        Path keys = dir.resolve("keys");
        VoprfPrivateKey generated = VoprfPrivateKey.generate(random);
        KeyedKeyFiles.write(keys, generated);
        generated.wipe();
        VoprfPrivateKey key = KeyedKeyFiles.readPrivateKey(keys.resolve(KeyedKeyFiles.PRIVATE_FILE));
        VoprfEvaluator evaluator = new VoprfEvaluator(key, random);
        KeyedService service = KeyedService.start(ServiceSettings.defaults("127.0.0.1", 0), evaluator);
        BlindedBatch sentByHand = new VoprfClient(key.publicKey()).blind(pairs.bytes(), random);
        List<byte[]> blinded = sentByHand.blindedElements();
        String base = "http://127.0.0.1:" + service.address().getPort();
        List<String> badReplies = new ArrayList<>();
        try (KeyedServiceClient client = new KeyedServiceClient(KeyedServiceAddress.parse(base), key.publicKey(), Optional.empty(),
                Timeouts.DEFAULT, new CancelSignal(), 8)) {
            KeyedPairScheme scheme = new KeyedPairScheme(key.publicKey(), new KdfParameters(256, 1, 1), new byte[Argon2PairScheme.SALT_LENGTH]);
            assertThat(scheme.derive(pairs.tokenInputs(), client)).hasSize(pairs.size());
            assertThat(client.evaluate(blinded).size()).isEqualTo(blinded.size());
            String someValue = pairs.values().get(0);
            badReplies.add(post(base, "{\"blinded\": [\"" + someValue + "\"]}"));
            badReplies.add(post(base, "{\"blinded\": [" + someValue + "]}"));
            badReplies.add(post(base, someValue));
        } finally {
            service.stop();
        }

        List<byte[]> needles = needles(pairs, blinded, evaluator.outputs(pairs.bytes()));
        assertThat(jdkServerLines).as("the JDK server's own debug log is captured, so scanning it means something").isNotEmpty();
        String logText = logs.text()
                + String.join("\n", jdkServerLines);
        assertNoNeedleIn("the logs", logText.getBytes(StandardCharsets.UTF_8), needles);
        assertNoNeedleIn("stdout and stderr", console.toByteArray(), needles);
        assertNoNeedleIn("the answers to bad requests", String.join("\n", badReplies).getBytes(StandardCharsets.UTF_8), needles);
        for (Path file : files(dir)) {
            assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
        }
        Set<Path> newTempFiles = files(tmp);
        newTempFiles.removeAll(tempBefore);
        for (Path file : newTempFiles) {
            if (Files.isRegularFile(file) && Files.size(file) < 50_000_000) {
                assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
            }
        }

        // Positive control: had the service logged a request body, this scan would have caught it.
        String body = "{\"blinded\": [\"" + Base64.getEncoder().encodeToString(blinded.get(0)) + "\"]}";
        assertThat(firstNeedleIn(body.getBytes(StandardCharsets.UTF_8), needles)).isPresent();
        assertThat(firstNeedleIn(("dob " + pairs.values().get(1)).getBytes(StandardCharsets.UTF_8), needles)).isPresent();
        key.wipe();
    }

    private static String post(String base, String body) throws IOException, InterruptedException {
        HttpResponse<String> reply = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/v1/evaluate"))
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(reply.statusCode()).isEqualTo(400);
        return reply.body();
    }

    /** Each value as UTF-8, hex and base64; each blinded element and PRF output as raw bytes, hex and base64. */
    private static List<byte[]> needles(SyntheticPairs pairs, List<byte[]> blinded, List<byte[]> outputs) {
        List<byte[]> needles = new ArrayList<>();
        for (String value : pairs.values()) {
            addEncodings(needles, value.getBytes(StandardCharsets.UTF_8));
        }
        pairs.bytes().forEach(input -> addEncodings(needles, input));
        blinded.forEach(element -> addEncodings(needles, element));
        outputs.forEach(output -> addEncodings(needles, output));
        needles.removeIf(needle -> needle.length < MIN_NEEDLE_BYTES);
        return needles;
    }

    private static void addEncodings(List<byte[]> needles, byte[] bytes) {
        needles.add(bytes);
        needles.add(HexFormat.of().formatHex(bytes).getBytes(StandardCharsets.US_ASCII));
        // Base64 of the whole value; a value inside a longer base64 string is shifted, so only whole values are sought.
        needles.add(Base64.getEncoder().encodeToString(bytes).replace("=", "").getBytes(StandardCharsets.US_ASCII));
    }

    private static void assertNoNeedleIn(String where, byte[] haystack, List<byte[]> needles) {
        assertThat(firstNeedleIn(haystack, needles)).as("a personal value or blinded element in %s", where).isEmpty();
    }

    private static Optional<String> firstNeedleIn(byte[] haystack, List<byte[]> needles) {
        for (byte[] needle : needles) {
            if (ByteSearch.indexOf(haystack, needle) >= 0) {
                return Optional.of(new String(needle, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    private static Set<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toSet());
        } catch (java.io.UncheckedIOException racing) {
            // Other tests' temp files come and go while the tree is walked; walk again.
            return files(root);
        }
    }
}
