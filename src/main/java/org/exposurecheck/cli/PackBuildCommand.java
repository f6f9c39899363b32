package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.base.AtomicFiles;
import org.exposurecheck.pack.BuildReport;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.ingest.SourceMapping;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", description = "Turn leak records into a signed pack of slow, salted pair tokens.")
final class PackBuildCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "Leak records to read (for html: a folder of saved pages; for telegram: result.json or its folder).")
    Path input;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "Input format: ${COMPLETION-CANDIDATES}.")
    SourceFormat format;

    @Option(names = "--title", required = true, paramLabel = "TEXT", description = "Title people see for this dataset.")
    String title;

    @Option(names = "--signing-key", required = true, paramLabel = "FILE", description = "The publisher's private key (publisher.key).")
    Path signingKey;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the pack (.ecpack).")
    Path out;

    @Option(names = "--id", paramLabel = "ID", description = "Stable pack id across versions (default: made from the title).")
    String id;

    @Option(names = "--source", paramLabel = "LABEL", description = "Source label for records that name none (default: the title).")
    String source;

    @Option(names = "--sequence", paramLabel = "N", description = "Version number; must grow with every release of this pack id (default: seconds since 1970).")
    Long sequence;

    @Option(names = "--expires-days", paramLabel = "DAYS", defaultValue = "365", description = "Days until the pack expires (default: ${DEFAULT-VALUE}).")
    int expiresDays;

    @Option(names = "--kdf-memory", paramLabel = "KiB", description = "Argon2id memory in KiB (default: 65536).")
    Integer kdfMemory;

    @Option(names = "--kdf-iterations", paramLabel = "N", description = "Argon2id passes (default: 3).")
    Integer kdfIterations;

    @Option(names = "--min-gpu-years", paramLabel = "YEARS", defaultValue = "10",
            description = "Tokens cheaper than this to guess, or that would let one cracked token reveal another strong identifier"
                    + " for less, are left out (default: ${DEFAULT-VALUE}).")
    double minGpuYears;

    @Option(names = "--photos", description = "Also ship the perceptual hashes of photos. Riskier: a hash is fast and unsalted, so"
            + " anyone holding the same picture can find the record.")
    boolean photos;

    @Option(names = "--min-label-records", paramLabel = "N", defaultValue = "5",
            description = "Category and source labels fewer than N records share ship as \"other\" (default: ${DEFAULT-VALUE}).")
    int minLabelRecords;

    @Option(names = "--demo", description = "Mark the pack as fictional demo data.")
    boolean demo;

    @Option(names = "--strict", description = "Stop at the first bad line, post, page or photo instead of reporting and skipping it.")
    boolean strict;

    @Option(names = "--mapping", paramLabel = "FILE", description = "Mapping file (docs/ingest.md): labels for telegram, column types for csv, CSS selectors for warc and html.")
    Path mappingFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the build report as JSON (counts, drop reasons, warnings, audit; no personal values).")
    Path reportFile;

    @Option(names = "--report-urls", description = "Name web addresses and file paths in the build report (they often contain names; off by default).")
    boolean reportUrls;

    @Option(names = "--keyed-key", paramLabel = "FILE", description = "The keyed service's private key (keyed.key): also ship the pairs"
            + " the audit leaves out, as keyed tokens only that service can answer for (docs/keyed-tier.md). Needs --keyed-url.")
    Path keyedKey;

    @Option(names = "--keyed-url", paramLabel = "URL", description = "Where clients reach that keyed service (https://…); the manifest names it.")
    String keyedUrl;

    @Option(names = "--keyed-kdf-memory", paramLabel = "KiB", description = "Argon2id memory of the keyed tokens (default: as --kdf-memory).")
    Integer keyedKdfMemory;

    @Option(names = "--keyed-kdf-iterations", paramLabel = "N", description = "Argon2id passes of the keyed tokens (default: as --kdf-iterations).")
    Integer keyedKdfIterations;

    @Option(names = "--keyed-weak-pairs", description = "Also ship keyed the pairs of two weak details (name with date of birth, employer"
            + " or building). They find people the other pairs miss, but match anyone who shares both details, such as a namesake born"
            + " the same day, as a 'possible' match.")
    boolean keyedWeakPairs;

    @Option(names = "--keyed-guesses-per-day", paramLabel = "N",
            description = "The service's limit of evaluations a day, all clients and instances together, for the audit (default: ${DEFAULT-VALUE}).")
    long keyedGuessesPerDay = RateLimits.DEFAULT_GLOBAL_PER_DAY;

    @Mixin
    ThreadsOption threads;

    PackBuildCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter print = spec.commandLine().getOut();
        PackSettings settings = settings();
        RecordSource source = format.open(input, mapping());
        KeyedBuild keyed = keyed(settings.kdf());
        SigningKey key;
        try {
            key = KeyFiles.readSigningKey(signingKey);
        } catch (ExplainedException unreadable) {
            if (keyed != null) {
                keyed.key().wipe();
            }
            throw unreadable;
        }
        String fingerprint = key.publicKey().fingerprint();
        BuildReport report = new BuildReport();
        PackBuilder.Result result;
        try (TokenDeriver deriver = threads.deriver();
             ProgressLine progress = new ProgressLine(spec.commandLine().getErr(), "Deriving tokens")) {
            PackBuilder builder = new PackBuilder(new Normaliser(clock), deriver, new SecureRandom()).withPhotos(photos)
                    .withLabelMinRecords(minLabelRecords);
            result = (keyed == null ? builder : builder.withKeyed(keyed))
                    .build(source, settings, key, progress, new CancelSignal(), out, report);
        } catch (ExplainedException failed) {
            // A failed build still says what it read, so the curator can see why.
            BuildReportText.print(report, settings.policy(), new IssueLocations(reportUrls), print);
            writeReport(report, settings);
            throw failed;
        } finally {
            key.wipe();
            if (keyed != null) {
                keyed.key().wipe();
            }
        }
        BuildReportText.print(result.report(), settings.policy(), new IssueLocations(reportUrls), print);
        writeReport(result.report(), settings);
        print.println();
        print.println("Wrote " + out + " (" + result.bytes() + " bytes): pack " + settings.id() + ", sequence "
                + settings.sequence() + ", " + result.manifest().recordCount() + " records, " + result.manifest().tokenCount()
                + " tokens, expires " + settings.expires().truncatedTo(ChronoUnit.DAYS).toString().substring(0, 10)
                + ", signed by " + fingerprint + ".");
        return 0;
    }

    /** The keyed tier to add, or null; both the key and the address, or neither. */
    private KeyedBuild keyed(KdfParameters offline) throws ExplainedException {
        if ((keyedKey == null) != (keyedUrl == null)) {
            throw new UserError("--keyed-key and --keyed-url go together: the pack must name the service that holds the key.");
        }
        if (keyedKey == null) {
            return null;
        }
        KdfParameters kdf = kdf("The keyed tokens'", keyedKdfMemory, keyedKdfIterations, offline);
        VoprfPrivateKey secret = KeyedKeyFiles.readPrivateKey(keyedKey);
        try {
            return new KeyedBuild(secret, keyedUrl, kdf, keyedGuessesPerDay, keyedWeakPairs);
        } catch (IllegalArgumentException invalid) {
            secret.wipe();
            throw new UserError(invalid.getMessage());
        }
    }

    /** Argon2id settings from a memory and a passes option, each {@code fallback}'s when not given; one sentence when too weak to use. */
    private static KdfParameters kdf(String whose, Integer memoryKiB, Integer iterations, KdfParameters fallback) {
        try {
            return new KdfParameters(memoryKiB != null ? memoryKiB : fallback.memoryKiB(), iterations != null ? iterations : fallback.iterations(), 1);
        } catch (IllegalArgumentException invalid) {
            throw new UserError(whose + " Argon2id settings are invalid: it needs at least 8 KiB and one pass.");
        }
    }

    private SourceMapping mapping() throws ExplainedException {
        return mappingFile == null ? SourceMapping.NONE : SourceMapping.read(mappingFile);
    }

    private void writeReport(BuildReport report, PackSettings settings) throws ExplainedException {
        if (reportFile != null) {
            AtomicFiles.write(reportFile, BuildReportJson.bytes(report, settings.policy(), new IssueLocations(reportUrls)));
        }
    }

    private PackSettings settings() {
        if (minLabelRecords < 1) {
            throw new UserError("--min-label-records must be at least 1.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        KdfParameters kdf = kdf("The tokens'", kdfMemory, kdfIterations, KdfParameters.DEFAULT);
        try {
            return new PackSettings(id != null ? id : PackSettings.idFromTitle(title), title, source != null ? source : title,
                    sequence != null ? sequence : now.getEpochSecond(), now, now.plus(Duration.ofDays(expiresDays)), demo, kdf,
                    new AuditPolicy(minGpuYears), strict);
        } catch (IllegalArgumentException invalid) {
            throw new UserError(invalid.getMessage());
        }
    }
}
