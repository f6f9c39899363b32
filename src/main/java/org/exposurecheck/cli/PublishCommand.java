package org.exposurecheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.update.Catalogue;
import org.exposurecheck.update.MirrorPublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "publish", description = "Write packs and a signed catalogue as a static mirror layout that any web server or CDN can serve.")
final class PublishCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The mirror directory: catalogue.ecc and packs/.")
    Path out;

    @Option(names = "--signing-key", required = true, paramLabel = "KEY", description = "The publisher's private key (publisher.key) that signed the packs.")
    Path signingKey;

    @Option(names = "--valid-days", paramLabel = "DAYS", defaultValue = "30",
            description = "How long clients accept this catalogue (default: ${DEFAULT-VALUE}); publish again before then.")
    int validDays;

    @Option(names = "--sequence", paramLabel = "N", description = "The catalogue's sequence number (default: the current time in seconds); must grow.")
    Long sequence;

    @Parameters(arity = "1..*", paramLabel = "PACK", description = "Every pack the catalogue should list (FILE.ecpack).")
    List<Path> packs;

    PublishCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        SigningKey key = KeyFiles.readSigningKey(signingKey);
        PublisherKey publisher = key.publicKey();
        MirrorPublisher.Publication publication;
        try {
            publication = MirrorPublisher.publish(out, key, packs, Duration.ofDays(validDays),
                    sequence == null ? OptionalLong.empty() : OptionalLong.of(sequence), clock.instant());
        } finally {
            key.wipe();
        }
        Catalogue catalogue = publication.catalogue();
        var print = spec.commandLine().getOut();
        for (Catalogue.Entry entry : catalogue.packs()) {
            print.println("Listed " + entry.id() + " (" + entry.title() + "), sequence " + entry.sequence() + ", " + entry.bytes()
                    + " bytes, as " + entry.file() + ".");
        }
        print.println("Wrote " + publication.catalogueFile() + ": catalogue sequence " + catalogue.sequence() + ", valid until "
                + catalogue.expires().toString().substring(0, 10) + ", signed by " + publisher.fingerprint() + ".");
        print.println("Copy the whole directory to every mirror, packs/ first and " + publication.catalogueFile().getFileName()
                + " last (docs/publishing.md).");
        return 0;
    }
}
