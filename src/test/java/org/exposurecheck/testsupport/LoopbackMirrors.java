package org.exposurecheck.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import mockwebserver3.MockWebServer;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.update.MirrorAddress;
import org.exposurecheck.update.MirrorPublisher;
import org.exposurecheck.update.PublisherConfirmation;
import org.exposurecheck.update.Timeouts;
import org.exposurecheck.update.UpdateProgress;
import org.exposurecheck.update.UpdateRequest;
import org.exposurecheck.update.UpdateSummary;
import org.exposurecheck.update.Updater;

/** Publishes packs on loopback mirrors (mockwebserver3), one a catalogue sequence, and runs the real updater against them. */
public final class LoopbackMirrors implements AutoCloseable {
    private final Path dir;
    private final SigningKey publisher;
    private final List<MockWebServer> servers = new ArrayList<>();

    /** {@code dir}: where the mirrors' files are written; {@code publisher} signs their catalogues. */
    public LoopbackMirrors(Path dir, SigningKey publisher) {
        this.dir = dir;
        this.publisher = publisher;
    }

    /** Publishes {@code pack} under catalogue {@code sequence} and updates {@code dataDir} from it, trusting the publisher; the update must complete. */
    public UpdateSummary update(Path dataDir, long sequence, byte[] pack) throws Exception {
        Path source = Files.write(Files.createDirectories(dir.resolve("sources-" + sequence)).resolve("pack.ecpack"), pack);
        Path out = dir.resolve("mirror-" + sequence);
        MirrorPublisher.publish(out, publisher, List.of(source), Duration.ofDays(30), OptionalLong.of(sequence), TestPacks.NOW);
        MockWebServer server = new MockWebServer();
        server.setDispatcher(new MirrorDispatcher().serve(out));
        server.start();
        servers.add(server);
        UpdateRequest request = new UpdateRequest(List.of(MirrorAddress.parse(server.url("/").toString())), Optional.empty(),
                new Timeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)), Optional.of(PublisherConfirmation.of(publisher.publicKey())));
        UpdateSummary summary = new Updater(dataDir, TestPacks.CLOCK, TestPacks.SCALED_MINIMUM).run(request, UpdateProgress.NONE,
                new CancelSignal());
        assertThat(summary.complete()).as(summary.toString()).isTrue();
        return summary;
    }

    @Override
    public void close() {
        servers.forEach(MockWebServer::close);
    }
}
