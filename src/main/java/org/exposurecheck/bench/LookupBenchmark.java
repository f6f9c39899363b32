package org.exposurecheck.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.SyntheticBenchPack;
import org.exposurecheck.store.LoadedPacks;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;

/**
 * Check time on installed packs (decision 0031, 0032): one fictional profile at a cheap KDF, so that opening the
 * packs and looking up dominate, against a pack of few and one of many tokens, and against one or several packs
 * with a salt each or one shared salt. The large packs hold <b>synthetic random tokens</b> ({@link SyntheticBenchPack}):
 * no machine here builds ten million real Argon2id tokens. Packs are built and installed before anything is timed;
 * the configurations are timed in turns, medians of the rounds. For comparison, the same checks with every pack
 * read and hashed whole, as checks did before.
 */
public final class LookupBenchmark {
    public record Settings(int smallTokens, int largeTokens, int packs, int rounds, int threads, long seed, KdfParameters kdf) {
    }

    /** One configuration: its median check time, the tokens a check derived and the records it matched. */
    public record Timing(String name, double seconds, long tokensDerived, int matches) {
    }

    public record Figures(Timing small, Timing large, Timing manySalts, Timing sharedSalt, Timing smallWhole, Timing largeWhole,
                          long largeFileBytes, long heapWithLargeIndexed, long heapWithLargeWhole, int linkedAcrossShared,
                          int linkedAcrossOwn, int packs, int rounds, double defaultKdfMillis, int threads) {
        /** Seconds the KDF alone takes for {@code tokens} at the default cost on all threads: what the salts decide at real settings. */
        public double defaultKdfSeconds(long tokens) {
            return tokens * defaultKdfMillis / 1000 / threads;
        }
    }

    private final Clock clock;
    private final Consumer<String> notes;

    public LookupBenchmark(Clock clock, Consumer<String> notes) {
        this.clock = clock;
        this.notes = notes;
    }

    public Figures run(Settings settings) throws ExplainedException, IOException {
        Normaliser normaliser = new Normaliser(clock);
        Profile profile = profile(normaliser, settings.seed());
        double scale = settings.kdf().costRelativeToReference() / KdfParameters.DEFAULT.costRelativeToReference();
        AuditPolicy minimum = new AuditPolicy(AuditPolicy.DEFAULT.minGpuYears() * scale);
        SigningKey key = SigningKey.generate(new SecureRandom());
        Random random = new Random(settings.seed());
        Path dir = Files.createTempDirectory("exposure-check-bench-lookups-");
        try (TokenDeriver deriver = new TokenDeriver(settings.threads())) {
            MatchEngine engine = new MatchEngine(normaliser, deriver);
            notes.accept("Building and installing packs of synthetic random tokens (" + settings.smallTokens() + " and "
                    + settings.largeTokens() + " tokens, and " + settings.packs() + " of " + settings.smallTokens()
                    + " with a salt each and with one shared salt; not timed)…");
            Argon2PairScheme shared = scheme(settings.kdf(), random);
            Path small = install(dir, "small", List.of(pack(dir, "small", settings.smallTokens(), shared, profile, normaliser, deriver,
                    minimum, key, random)), key);
            Path large = install(dir, "large", List.of(pack(dir, "large", settings.largeTokens(), shared, profile, normaliser, deriver,
                    minimum, key, random)), key);
            List<Path> ownSaltPacks = new ArrayList<>();
            List<Path> sharedSaltPacks = new ArrayList<>();
            for (int i = 0; i < settings.packs(); i++) {
                ownSaltPacks.add(pack(dir, "own" + i, settings.smallTokens(), scheme(settings.kdf(), random), profile, normaliser, deriver,
                        minimum, key, random));
                sharedSaltPacks.add(pack(dir, "shared" + i, settings.smallTokens(), shared, profile, normaliser, deriver, minimum, key, random));
            }
            Path manySalts = install(dir, "own-salts", ownSaltPacks, key);
            Path sharedSalt = install(dir, "shared-salt", sharedSaltPacks, key);

            notes.accept("Timing checks of one profile, " + settings.rounds() + " rounds in turns…");
            Map<String, List<Double>> samples = new java.util.LinkedHashMap<>();
            Map<String, ExposureReport> reports = new java.util.HashMap<>();
            List<Runnable> configurations = List.of(
                    () -> time("small", samples, reports, () -> checkInstalled(small, profile, engine, minimum)),
                    () -> time("large", samples, reports, () -> checkInstalled(large, profile, engine, minimum)),
                    () -> time("manySalts", samples, reports, () -> checkInstalled(manySalts, profile, engine, minimum)),
                    () -> time("sharedSalt", samples, reports, () -> checkInstalled(sharedSalt, profile, engine, minimum)),
                    () -> time("smallWhole", samples, reports, () -> checkWhole(small, profile, engine, key)),
                    () -> time("largeWhole", samples, reports, () -> checkWhole(large, profile, engine, key)));
            configurations.forEach(Runnable::run);
            for (int round = 0; round < settings.rounds(); round++) {
                configurations.forEach(Runnable::run);
            }
            long largeFile = Files.size(onlyPackFile(large));
            long heapIndexed = heapHolding(() -> open(large, minimum).packs());
            long heapWhole = heapHolding(() -> List.of(PackFile.read(PackBytes.read(onlyPackFile(large)), key.publicKey(), clock.instant())));
            return new Figures(timing("small", samples, reports), timing("large", samples, reports), timing("manySalts", samples, reports),
                    timing("sharedSalt", samples, reports), timing("smallWhole", samples, reports), timing("largeWhole", samples, reports),
                    largeFile, heapIndexed, heapWhole, linked(sharedSalt, minimum), linked(manySalts, minimum), settings.packs(), settings.rounds(),
                    Benchmark.singleThreadKdfMillis(KdfParameters.DEFAULT), settings.threads());
        } finally {
            key.wipe();
            deleteTree(dir);
        }
    }

    @FunctionalInterface
    private interface Check {
        ExposureReport run() throws ExplainedException;
    }

    @FunctionalInterface
    private interface Loaded {
        List<Pack> open() throws ExplainedException;
    }

    /** A check as the command line makes one on installed packs: open the store, open and judge the packs, check. */
    private ExposureReport checkInstalled(Path dataDir, Profile profile, MatchEngine engine, AuditPolicy minimum) throws ExplainedException {
        return engine.check(profile, open(dataDir, minimum).packs(), Progress.NONE, new CancelSignal());
    }

    private LoadedPacks open(Path dataDir, AuditPolicy minimum) throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            LoadedPacks loaded = store.load(clock.instant()).judged(minimum);
            if (!loaded.skipped().isEmpty()) {
                throw new PackException(loaded.skipped().get(0).reason());
            }
            return loaded;
        }
    }

    /** The same check with each pack file read and hashed whole, as every check did before decision 0031. */
    private ExposureReport checkWhole(Path dataDir, Profile profile, MatchEngine engine, SigningKey key) throws ExplainedException {
        try (PackStore store = PackStore.open(dataDir)) {
            store.installed();
        }
        List<Pack> packs = new ArrayList<>();
        for (Path file : packFiles(dataDir)) {
            packs.add(PackFile.read(PackBytes.read(file), key.publicKey(), clock.instant()));
        }
        return engine.check(profile, packs, Progress.NONE, new CancelSignal());
    }

    private static void time(String name, Map<String, List<Double>> samples, Map<String, ExposureReport> reports, Check check) {
        long start = System.nanoTime();
        ExposureReport report;
        try {
            report = check.run();
        } catch (ExplainedException failed) {
            throw new IllegalStateException(failed.getMessage(), failed);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        // The first run of each configuration warms up the code and the file cache and is not counted.
        if (reports.put(name, report) != null) {
            samples.computeIfAbsent(name, n -> new ArrayList<>()).add(seconds);
        }
    }

    private static Timing timing(String name, Map<String, List<Double>> samples, Map<String, ExposureReport> reports) {
        double[] sorted = samples.get(name).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        ExposureReport report = reports.get(name);
        return new Timing(name, sorted[sorted.length / 2], report.tokensDerived(), report.matches().size());
    }

    /** Heap in use, after collecting garbage, while the packs {@code loaded} opens are held, less the heap before. */
    private static long heapHolding(Loaded loaded) throws ExplainedException {
        long before = usedHeapAfterGc();
        List<Pack> held = loaded.open();
        long during = usedHeapAfterGc();
        if (held.isEmpty()) {
            throw new IllegalStateException("no pack was opened");
        }
        return Math.max(0, during - before);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** How many tokens appear, byte for byte, in every pack of a data directory: the profile's, when the packs share a salt, which links its records without guessing. */
    private int linked(Path dataDir, AuditPolicy minimum) throws ExplainedException {
        List<Pack> packs = open(dataDir, minimum).packs();
        Set<String> common = null;
        for (Pack pack : packs) {
            Set<String> tokens = new HashSet<>();
            for (int i = 0; i < pack.tokenCount(); i++) {
                tokens.add(HexFormat.of().formatHex(pack.tokenAt(i)));
            }
            if (common == null) {
                common = tokens;
            } else {
                common.retainAll(tokens);
            }
        }
        return common == null ? 0 : common.size();
    }

    private Path pack(Path dir, String name, int tokens, Argon2PairScheme scheme, Profile profile, Normaliser normaliser,
                      TokenDeriver deriver, AuditPolicy minimum, SigningKey key, Random random) throws IOException, ExplainedException {
        Path out = dir.resolve(name + ".ecpack");
        List<TokenInput> inputs = SyntheticBenchPack.tokenInputs(profile.identifiers(), normaliser, clock.instant());
        List<byte[]> real = deriver.derive(scheme, inputs, Progress.NONE, new CancelSignal());
        inputs.forEach(TokenInput::wipe);
        SyntheticBenchPack.write(out, name, tokens, real, scheme, minimum, key, clock.instant(), random);
        return out;
    }

    private Path install(Path dir, String name, List<Path> packs, SigningKey key) throws ExplainedException, IOException {
        Path dataDir = dir.resolve("data-" + name);
        try (PackStore store = PackStore.open(dataDir)) {
            for (Path pack : packs) {
                store.install(PackBytes.read(pack), Optional.of(key.publicKey()), clock.instant());
                Files.delete(pack);
            }
        }
        return dataDir;
    }

    /** A fictional person from the project's generator with a value of every kind the bench packs pair. */
    private Profile profile(Normaliser normaliser, long seed) throws ExplainedException {
        SyntheticDataset data = SyntheticDataset.generate(200, 40, seed);
        Profile best = data.personas().get(0);
        for (Profile persona : data.personas()) {
            if (SyntheticBenchPack.tokenInputs(persona.identifiers(), normaliser, clock.instant()).size()
                    > SyntheticBenchPack.tokenInputs(best.identifiers(), normaliser, clock.instant()).size()) {
                best = persona;
            }
        }
        return best;
    }

    private static Argon2PairScheme scheme(KdfParameters kdf, Random random) {
        byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
        random.nextBytes(salt);
        return new Argon2PairScheme(kdf, salt);
    }

    private static Path onlyPackFile(Path dataDir) throws ExplainedException {
        return packFiles(dataDir).get(0);
    }

    private static List<Path> packFiles(Path dataDir) throws ExplainedException {
        try (Stream<Path> files = Files.list(dataDir.resolve("packs"))) {
            return files.filter(file -> file.getFileName().toString().endsWith(".ecpack")).sorted().toList();
        } catch (IOException unlisted) {
            throw new PackException("Could not list the benchmark's installed packs: " + unlisted.getMessage() + ".", unlisted);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
