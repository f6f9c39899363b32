package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.IndexRebuild;
import org.exposurecheck.store.InstalledPack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "reindex", description = "Rebuild a missing or damaged index of installed packs from the pack files in the data directory.")
final class PackReindexCommand implements Callable<Integer> {
    /** What each part of the old index meant to the person, for the honest list of what could not be recovered. */
    private static final Map<IndexRebuild.Part, String> PARTS = Map.of(
            IndexRebuild.Part.PUBLISHER_KEYS, "the publisher keys you trusted",
            IndexRebuild.Part.PACK_HISTORY, "the highest version seen of each pack (which refuses older versions)",
            IndexRebuild.Part.SETTINGS, "the update settings",
            IndexRebuild.Part.CATALOGUE_HISTORY, "the highest catalogue version seen per publisher",
            IndexRebuild.Part.SAVED_CATALOGUES, "the catalogues saved from mirrors",
            IndexRebuild.Part.DOWNLOADS_IN_PROGRESS, "downloads in progress (they start again)",
            IndexRebuild.Part.OTHER, "other saved state");

    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--trust", paramLabel = "PUB",
            description = "A publisher's public key to trust again, for packs whose publisher the damaged index no longer names.")
    List<Path> trust = new ArrayList<>();

    PackReindexCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = dataDir.path();
        if (!IndexRebuild.isNeeded(dir)) {
            out.println("The index of installed packs in " + dir + " is intact; nothing to rebuild.");
            return 0;
        }
        List<PublisherKey> trusted = new ArrayList<>();
        for (Path key : trust) {
            trusted.add(KeyFiles.readPublisherKey(key));
        }
        IndexRebuild.Result result = IndexRebuild.prepare(dir).run(trusted, clock.instant());
        out.println("Rebuilt the index of " + dir + ": " + result.indexed().size() + " pack(s) listed again.");
        for (InstalledPack pack : result.indexed()) {
            out.println("  Listed: " + pack.title() + " (" + pack.id() + "), sequence " + pack.sequence() + ", publisher "
                    + pack.publisherFingerprint() + ".");
        }
        for (IndexRebuild.SetAside aside : result.setAside()) {
            out.println("  Set aside in " + result.setAsideDir() + ": " + aside.fileName() + " — "
                    + aside.reason().inEnglish());
        }
        if (!result.notRecovered().isEmpty()) {
            out.println("Could not be recovered from the damaged index: "
                    + result.notRecovered().stream().map(PARTS::get).collect(Collectors.joining("; ")) + ".");
        }
        result.damagedIndexKept().ifPresent(kept -> out.println("The damaged index is kept as " + kept + "."));
        return 0;
    }
}
