package org.exposurecheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.PackStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "install", description = "Verify a pack and install it into the data directory.")
final class PackInstallCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Parameters(index = "0", paramLabel = "FILE.ecpack")
    Path file;

    @Option(names = "--trust", paramLabel = "PUB",
            description = "The publisher's public key; pinned for this pack id. Needed the first time a publisher is seen.")
    Path trust;

    @Mixin
    MinGpuYearsOption minimum;

    PackInstallCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        byte[] bytes = PackFiles.read(file);
        Optional<PublisherKey> key = trust == null ? Optional.empty() : Optional.of(KeyFiles.readPublisherKey(trust));
        try (PackStore store = dataDir.openStore()) {
            // Judged before the store changes anything, as every other check on an install is.
            PackJudge.judge(PackFile.open(bytes).manifest(), minimum.minimum());
            InstalledPack installed = store.install(bytes, key, clock.instant());
            spec.commandLine().getOut().println("Installed " + installed.title() + " (" + installed.id() + "), sequence "
                    + installed.sequence() + ", " + installed.recordCount() + " records, publisher " + installed.publisherFingerprint()
                    + (installed.demo() ? " [fictional demo data]" : "") + ", into " + store.root() + ".");
        }
        return 0;
    }
}
