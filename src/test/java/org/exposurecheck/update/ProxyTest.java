package org.exposurecheck.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import mockwebserver3.MockWebServer;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.testsupport.MirrorDispatcher;
import org.exposurecheck.testsupport.Socks5TestProxy;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Proxy settings, saved as the person would save them, really carry the update's traffic. */
class ProxyTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());

    @TempDir
    Path dir;

    private final MockWebServer server = new MockWebServer();
    private final MirrorDispatcher mirror = new MirrorDispatcher();

    @BeforeEach
    void publishAndServe() throws Exception {
        byte[] pack = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 1), PUBLISHER).pack();
        Path packFile = Files.write(dir.resolve("leak.ecpack"), pack);
        MirrorPublisher.publish(dir.resolve("mirror"), PUBLISHER, List.of(packFile), Duration.ofDays(30), OptionalLong.empty(), TestPacks.NOW);
        mirror.serve(dir.resolve("mirror"));
        server.setDispatcher(mirror);
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void throughSocks5TheProxyResolvesTheMirrorsNameAndCarriesEveryRequest() throws Exception {
        // The proxy records the name it was asked for: the client sent the name, so it made no DNS query of its own.
        // (.invalid never resolves, RFC 6761, so the test cannot pass by a lucky local look-up either.)
        String mirrorAddress = "http://mirror.invalid:" + server.getPort() + "/";
        try (Socks5TestProxy proxy = new Socks5TestProxy(server.getSocketAddress())) {
            UpdateSettings settings = savedAndLoaded(UpdateSettings.DEFAULT.withMirrors(List.of(MirrorAddress.parse(mirrorAddress)))
                    .withProxy(Optional.of(ProxySetting.parse("socks5://127.0.0.1:" + proxy.port()))));

            UpdateSummary summary = run(settings);

            assertThat(summary.complete()).as(summary.toString()).isTrue();
            assertThat(proxy.targets()).isNotEmpty().containsOnly("name mirror.invalid:" + server.getPort());
            assertThat(mirror.requestedPaths()).containsExactly("/catalogue.ecc", "/packs/leak-1.ecpack");
        }
    }

    @Test
    void throughAnHttpProxyRequestsGoToTheProxyWithTheMirrorsAddress() throws Exception {
        UpdateSettings settings = savedAndLoaded(UpdateSettings.DEFAULT.withMirrors(List.of(MirrorAddress.parse("http://mirror.invalid/")))
                .withProxy(Optional.of(ProxySetting.parse("http://127.0.0.1:" + server.getPort()))));

        UpdateSummary summary = run(settings);

        assertThat(summary.complete()).as(summary.toString()).isTrue();
        assertThat(mirror.requests()).extracting(request -> request.getTarget())
                .containsExactly("http://mirror.invalid/catalogue.ecc", "http://mirror.invalid/packs/leak-1.ecpack");
    }

    @Test
    void aProxyThatIsNotRunningIsReportedAsSuch() throws Exception {
        UpdateSettings settings = UpdateSettings.DEFAULT.withMirrors(List.of(MirrorAddress.parse(server.url("/").toString())))
                .withProxy(Optional.of(new ProxySetting(ProxySetting.Kind.SOCKS5, "127.0.0.1", closedPort())));

        UpdateSummary summary = run(settings);

        assertThat(summary.mirrorProblems()).singleElement().extracting(problem -> problem.reason().inEnglish())
                .isEqualTo("Could not reach the mirror through the proxy; check that the proxy (for Tor: the Tor service or Tor Browser) is running.");
        assertThat(mirror.requests()).isEmpty();
    }

    private UpdateSettings savedAndLoaded(UpdateSettings settings) throws UpdateException {
        settings.save(dir.resolve("data"));
        UpdateSettings loaded = UpdateSettings.load(dir.resolve("data"));
        assertThat(loaded).isEqualTo(settings);
        return loaded;
    }

    private UpdateSummary run(UpdateSettings settings) throws UpdateException {
        UpdateRequest request = settings.withTimeouts(new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))).request()
                .withConfirmedPublisher(PublisherConfirmation.of(PUBLISHER.publicKey()));
        return new Updater(dir.resolve("data"), TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(request, UpdateProgress.NONE, new CancelSignal());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
