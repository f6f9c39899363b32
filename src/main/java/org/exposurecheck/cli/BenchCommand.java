package org.exposurecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exposurecheck.bench.Benchmark;
import org.exposurecheck.bench.DetectionScore;
import org.exposurecheck.bench.KeyedBenchmark;
import org.exposurecheck.bench.LookupBenchmark;
import org.exposurecheck.bench.KeyedDetection;
import org.exposurecheck.bench.StartBenchmark;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultKdf;
import org.exposurecheck.store.vault.VaultUnlockBenchmark;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.update.KeyedServiceClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = "Measure KDF cost, build and check efficiency, pack size, detection quality and the keyed tier on this machine; with --start, the time to the first window.")
final class BenchCommand implements Callable<Integer> {
    private static final int VAULT_SAMPLES = 3;
    private static final int LOOKUP_SMALL_TOKENS = 10_000;
    private static final int LOOKUP_PACKS = 5;
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--records", defaultValue = "2000", paramLabel = "N", description = "Records in the detection set (default: ${DEFAULT-VALUE}).")
    int records;

    @Option(names = "--personas", defaultValue = "300", paramLabel = "M", description = "Personas in the detection set (default: ${DEFAULT-VALUE}).")
    int personas;

    @Option(names = "--timed-records", defaultValue = "20", paramLabel = "N", description = "Records in the timed default-cost build (default: ${DEFAULT-VALUE}).")
    int timedRecords;

    @Option(names = "--timed-profiles", defaultValue = "4", paramLabel = "N", description = "Profiles in the timed default-cost check (default: ${DEFAULT-VALUE}).")
    int timedProfiles;

    @Mixin
    ThreadsOption threads;

    @Option(names = "--keyed-only", description = "Measure only the keyed tier (VOPRF round and keyed service).")
    boolean keyedOnly;

    @Option(names = "--keyed-profiles", defaultValue = "40", paramLabel = "N", description = "Profiles in the timed keyed rounds (default: ${DEFAULT-VALUE}).")
    int keyedProfiles;

    @Option(names = "--keyed-requests", defaultValue = "64", paramLabel = "N",
            description = "Full batches sent to the keyed service to time it (default: ${DEFAULT-VALUE}).")
    int keyedRequests;

    @Option(names = "--keyed-weak-pairs", description = "In the keyed detection figures, also ship pairs of two weak details keyed, as pack build --keyed-weak-pairs does.")
    boolean keyedWeakPairs;

    @Option(names = "--start", description = "Measure only the time to the first window, for the app and for a hello-world JavaFX window (needs a display, e.g. xvfb-run -a).")
    boolean start;

    @Option(names = "--start-rounds", defaultValue = "5", paramLabel = "N", description = "Timed rounds of the start-up bench (default: ${DEFAULT-VALUE}).")
    int startRounds;

    @Option(names = "--lookups", description = "Measure only check time on installed packs: few vs many tokens, one vs several packs (synthetic random tokens).")
    boolean lookupsOnly;

    @Option(names = "--lookup-tokens", defaultValue = "10000000", paramLabel = "N",
            description = "Tokens in the large synthetic pack of the lookup bench (default: ${DEFAULT-VALUE}).")
    int lookupTokens;

    @Option(names = "--lookup-rounds", defaultValue = "5", paramLabel = "N", description = "Timed rounds of the lookup bench (default: ${DEFAULT-VALUE}).")
    int lookupRounds;

    @Option(names = "--seed", defaultValue = "7", paramLabel = "N", description = "Seed of the synthetic data (default: ${DEFAULT-VALUE}).")
    long seed;

    BenchCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (start) {
            return startUp(out);
        }
        int cores = threads.count();
        if (lookupsOnly) {
            lookups(out, cores);
            return 0;
        }
        if (!keyedOnly) {
            offline(out, cores);
            lookups(out, cores);
        }
        keyed(out, cores);
        return 0;
    }

    private void keyed(PrintWriter out, int cores) throws Exception {
        KeyedBenchmark.Figures k = new KeyedBenchmark(note -> {
            out.println(note);
            out.flush();
        }).run(new KeyedBenchmark.Settings(keyedProfiles, keyedRequests, cores, seed));
        out.println();
        out.println(format("Keyed round (VOPRF P256-SHA256, padded to %d): %.1f keyed inputs per profile (%d profiles); %.1f ms per profile over loopback HTTP"
                        + " vs %.1f ms of the same padded EC work in-process (blind, evaluate, prove, verify, finalize); ratio %.2f.",
                KeyedServiceClient.PADDED_BATCH, k.inputsPerProfile(), k.profiles(), k.loopbackMillis(), k.floorMillis(), k.perProfileRatio()));
        out.println(format("Keyed service: %.0f evaluations/s with %d clients sending batches of %d on loopback; the evaluator alone on %d threads:"
                        + " %.0f/s; ratio %.2f.", k.serviceEvaluationsPerSecond(), k.threads(), k.batch(), k.threads(),
                k.floorEvaluationsPerSecond(), k.throughputRatio()));
        keyedDetection(out, cores);
    }

    /** Detection with and without the keyed tier, on the same generated set as the offline figures. */
    private void keyedDetection(PrintWriter out, int cores) throws Exception {
        KdfParameters cheap = new KdfParameters(1024, 1, 1);
        AuditPolicy scaled = new AuditPolicy(AuditPolicy.DEFAULT.minGpuYears() * cheap.costRelativeToReference()
                / KdfParameters.DEFAULT.costRelativeToReference());
        KeyedDetection.Figures d = new KeyedDetection(clock, note -> {
            out.println(note);
            out.flush();
        }).run(new KeyedDetection.Settings(records, personas, seed + 1, cheap, scaled, cores, keyedWeakPairs));
        DetectionScore off = d.offline();
        DetectionScore on = d.withKeyed();
        out.println();
        out.println(format("Detection with the keyed tier on %d records / %d personas (%d keyed tokens%s, service on loopback):"
                        + " recall %.4f offline only → %.4f with keyed lookups (%d → %d of %d pairs); exposed personas detected %.4f → %.4f.",
                d.records(), d.personas(), d.keyedTokens(), keyedWeakPairs ? ", weak pairs included" : "", off.recall(), on.recall(), off.foundPairs(), on.foundPairs(), on.truePairs(),
                off.personaDetectionRate(), on.personaDetectionRate()));
        out.println(format("False positives with keyed lookups: hard negatives %d of %d; absent personas %d of %d; matches to someone else's record: %d"
                        + " (offline only: %d, %d, %d).", on.hardNegativesMatched(), on.hardNegatives(), on.absentMatched(), on.absentPersonas(),
                on.wrongRecordMatches(), off.hardNegativesMatched(), off.absentMatched(), off.wrongRecordMatches()));
        out.println("Per-type recall, offline only → with keyed lookups:");
        for (IdentifierType type : IdentifierType.values()) {
            int[] before = off.perType().get(type);
            int[] after = on.perType().get(type);
            if (after != null) {
                out.println(format("  %-9s %.3f → %.3f (%d → %d of %d)", type.id(), off.typeRecall(type), on.typeRecall(type),
                        before == null ? 0 : before[0], after[0], after[1]));
            }
        }
        out.println(format("Keyed inputs per profile that had any: mean %.1f, most %d; %d of %d profiles needed more than one padded batch of %d.",
                d.keyedInputsMean(), d.keyedInputsMax(), d.overOneBatch(), d.profilesWithKeyedInputs(), KeyedServiceClient.PADDED_BATCH));
    }

    private void offline(PrintWriter out, int cores) throws Exception {
        Benchmark.Settings settings = new Benchmark.Settings(records, personas, timedRecords, timedProfiles, cores, seed,
                KdfParameters.DEFAULT, new KdfParameters(1024, 1, 1), AuditPolicy.DEFAULT);
        Benchmark.Figures f = new Benchmark(clock, note -> {
            out.println(note);
            out.flush();
        }).run(settings);
        out.println();
        out.println(format("KDF (%s): %.1f ms per token on one thread; %.1f ms per token with %d threads busy (%.2f× the ideal ÷%d).",
                KdfParameters.DEFAULT, f.kdfMillis(), f.kdfParallelMillisPerToken(), f.threads(),
                f.kdfParallelMillisPerToken() * f.threads() / f.kdfMillis(), f.threads()));
        VaultUnlockBenchmark.Figures vault = vaultUnlock();
        out.println(format("Vault unlock (%s): %.0f ms, median of %d; the KDF alone %.0f ms (ratio %.2f); %.2f× one pack token's KDF.",
                vault.cost(), vault.unlockMillis(), VAULT_SAMPLES, vault.kdfMillis(), vault.ratio(), vault.unlockMillis() / f.kdfMillis()));
        out.println(format("Build: %d tokens in %.1f s; floor (tokens × KDF ÷ %d cores) %.1f s; ratio %.3f (to the all-cores pure-KDF floor: %.3f).",
                f.build().tokens(), f.build().seconds(), f.threads(), f.build().floorSeconds(), f.build().ratio(), f.build().parallelRatio()));
        out.println(format("Check: %d profiles, %d tokens in %.1f s (%.2f s per profile); floor %.1f s; ratio %.3f (to the all-cores pure-KDF floor: %.3f).",
                f.checkedProfiles(), f.check().tokens(), f.check().seconds(), f.check().seconds() / Math.max(1, f.checkedProfiles()),
                f.check().floorSeconds(), f.check().ratio(), f.check().parallelRatio()));
        out.println(format("Pack size: %.1f bytes per token (timed pack), %.1f bytes per token (detection pack).",
                f.bytesPerToken(), f.qualityBytesPerToken()));
        DetectionScore s = f.score();
        out.println(format("Detection on %d records / %d personas: recall %.4f (%d of %d persona-record pairs); exposed personas detected %.4f (%d of %d).",
                f.qualityRecords(), f.qualityPersonas(), s.recall(), s.foundPairs(), s.truePairs(), s.personaDetectionRate(),
                s.detectedPersonas(), s.exposedPersonas()));
        out.println(format("False positives: hard negatives %d of %d (rate %.4f); absent personas %d of %d; matches to someone else's record: %d.",
                s.hardNegativesMatched(), s.hardNegatives(), s.hardNegativeFalsePositiveRate(), s.absentMatched(), s.absentPersonas(),
                s.wrongRecordMatches()));
        out.println("Per-type recall (type held by both the persona and their record → type among the matched):");
        for (IdentifierType type : IdentifierType.values()) {
            int[] counts = s.perType().get(type);
            if (counts != null) {
                out.println(format("  %-9s %.3f (%d of %d)", type.id(), s.typeRecall(type), counts[0], counts[1]));
            }
        }
    }

    private void lookups(PrintWriter out, int cores) throws Exception {
        if (lookupTokens < LOOKUP_SMALL_TOKENS || lookupRounds < 1) {
            throw new UserError("--lookup-tokens must be at least " + LOOKUP_SMALL_TOKENS + " and --lookup-rounds at least 1.");
        }
        KdfParameters kdf = new KdfParameters(8, 1, 1);
        LookupBenchmark.Figures f = new LookupBenchmark(clock, note -> {
            out.println(note);
            out.flush();
        }).run(new LookupBenchmark.Settings(LOOKUP_SMALL_TOKENS, lookupTokens, LOOKUP_PACKS, lookupRounds, cores, seed, kdf));
        LookupBenchmark.Timing small = f.small();
        out.println();
        out.println(format("Check on installed packs (one profile, %s so lookups dominate; packs of SYNTHETIC RANDOM tokens; medians of %d rounds in turns):",
                kdf, f.rounds()));
        out.println(format("  %,d tokens: %.4f s; %,d tokens: %.4f s; ratio %.2f (goal ≤ 2).", LOOKUP_SMALL_TOKENS, small.seconds(),
                lookupTokens, f.large().seconds(), f.large().seconds() / small.seconds()));
        out.println(format("  Each pack read and hashed whole at every check, as before: %.4f s and %.4f s; ratio %.2f.",
                f.smallWhole().seconds(), f.largeWhole().seconds(), f.largeWhole().seconds() / f.smallWhole().seconds()));
        out.println(format("  1 pack: %.4f s, %d tokens derived; %d packs with a salt each: %.4f s, %d tokens derived, ratio %.2f;"
                        + " %d packs sharing one salt: %.4f s, %d tokens derived, ratio %.2f.", small.seconds(), small.tokensDerived(), f.packs(),
                f.manySalts().seconds(), f.manySalts().tokensDerived(), f.manySalts().seconds() / small.seconds(), f.packs(),
                f.sharedSalt().seconds(), f.sharedSalt().tokensDerived(), f.sharedSalt().seconds() / small.seconds()));
        out.println(format("  At the default KDF (%s, %.0f ms per token measured now, %d threads) the KDF alone would take %.1f s for 1 pack or %d sharing"
                        + " a salt, %.1f s for %d packs with a salt each.", KdfParameters.DEFAULT, f.defaultKdfMillis(), cores,
                f.defaultKdfSeconds(small.tokensDerived()), f.packs(), f.defaultKdfSeconds(f.manySalts().tokensDerived()), f.packs()));
        out.println(format("  Heap held by the opened %,d-token pack: %.1f MB (file %.1f MB); read whole as before: %.1f MB.", lookupTokens,
                f.heapWithLargeIndexed() / 1e6, f.largeFileBytes() / 1e6, f.heapWithLargeWhole() / 1e6));
        out.println(format("  Tokens byte-identical in all %d packs (the profile's records, linkable without guessing): %d with one shared salt, %d with a salt each.",
                f.packs(), f.linkedAcrossShared(), f.linkedAcrossOwn()));
    }

    /** A scratch vault in a temporary folder, forgotten afterwards; never the person's own. */
    private static VaultUnlockBenchmark.Figures vaultUnlock() throws IOException, VaultException {
        Path scratch = Files.createTempDirectory("exposure-check-bench-vault-");
        try {
            return VaultUnlockBenchmark.measure(scratch, VaultKdf.DEFAULT_COST, VAULT_SAMPLES);
        } finally {
            Files.deleteIfExists(scratch);
        }
    }

    private int startUp(PrintWriter out) {
        if (startRounds < 1) {
            throw new UserError("--start-rounds must be at least 1.");
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (linux && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null) {
            throw new UserError("bench --start opens windows and needs a display: run it in a desktop session, or under xvfb-run -a (Debian: apt-get install xvfb libgtk-3-0).");
        }
        Path jar = ownJar();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        StartBenchmark.Figures f;
        try {
            f = new StartBenchmark(java, jar, note -> {
                out.println(note);
                out.flush();
            }).run(startRounds);
        } catch (StartBenchmark.Unmeasurable failed) {
            throw new UserError(failed.getMessage());
        }
        out.println();
        out.println(format("Start to first window, medians of %d rounds taken in turn: app %.2f s (with its class-data archive), "
                + "%.2f s without it; hello-world JavaFX window %.2f s.", f.rounds(), f.appSeconds(), f.appWithoutArchiveSeconds(), f.helloSeconds()));
        out.println(format("Start ratio (app ÷ hello-world, median of the rounds' ratios): %.2f with the archive, %.2f without.",
                f.ratio(), f.ratioWithoutArchive()));
        return 0;
    }

    /** The jar this command runs from: the start bench times that jar, as a person starts it. */
    private static Path ownJar() {
        try {
            Path location = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location) || !location.toString().endsWith(".jar")) {
                throw new UserError("bench --start times the packaged app: run it as java -jar target/exposure-check.jar bench --start.");
            }
            return location;
        } catch (URISyntaxException | SecurityException unknown) {
            throw new UserError("bench --start could not find the jar it runs from.");
        }
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
