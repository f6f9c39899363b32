package org.exposurecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.demo.TruthEntry;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.TokenInput;

/**
 * Measures, in one run on this machine: the KDF time per token; build and check time as ratios to
 * their floor (tokens × KDF time ÷ cores); pack bytes per token; and detection quality on a synthetic
 * dataset. Quality does not depend on KDF cost, so it is measured with a cheap KDF and a policy
 * threshold scaled by the same factor, which ships exactly the token types the defaults ship.
 */
public final class Benchmark {
    private static final int KDF_WARM_UP = 3;
    private static final int KDF_SAMPLES = 8;

    public record Settings(int records, int personas, int timedBuildRecords, int timedCheckProfiles, int threads, long seed,
                           KdfParameters kdf, KdfParameters qualityKdf, AuditPolicy policy) {
    }

    public record Timing(long tokens, double seconds, double floorSeconds, double parallelFloorSeconds) {
        public double ratio() {
            return seconds / floorSeconds;
        }

        public double parallelRatio() {
            return seconds / parallelFloorSeconds;
        }
    }

    public record Figures(double kdfMillis, double kdfParallelMillisPerToken, int threads, Timing build, Timing check,
                          int checkedProfiles, double bytesPerToken, int qualityRecords, int qualityPersonas,
                          double qualityBytesPerToken, DetectionScore score) {
    }

    private final Clock clock;
    private final Consumer<String> notes;

    public Benchmark(Clock clock, Consumer<String> notes) {
        this.clock = clock;
        this.notes = notes;
    }

    public Figures run(Settings settings) throws ExplainedException {
        SigningKey key = SigningKey.generate(new SecureRandom());
        Normaliser normaliser = new Normaliser(clock);
        try (TokenDeriver deriver = new TokenDeriver(settings.threads())) {
            notes.accept("Measuring the KDF (" + settings.kdf() + ")…");
            double kdfMillis = singleThreadKdfMillis(settings.kdf());
            double parallelMillis = parallelKdfMillisPerToken(settings.kdf(), deriver);

            notes.accept("Timing a build of " + settings.timedBuildRecords() + " records and checks of "
                    + settings.timedCheckProfiles() + " profiles at the default cost…");
            SyntheticDataset timedData = SyntheticDataset.generate(settings.timedBuildRecords(),
                    Math.max(4 * settings.timedCheckProfiles(), 8), settings.seed());
            long start = System.nanoTime();
            Built timedBuild = build(timedData, settings.kdf(), settings.policy(), key, normaliser, deriver);
            double buildSeconds = seconds(start);
            long buildTokens = timedBuild.result().manifest().tokenCount();
            Timing build = timing(buildTokens, buildSeconds, kdfMillis, parallelMillis, settings.threads());

            Pack timedPack = PackFile.read(timedBuild.pack(), key.publicKey(), clock.instant());
            MatchEngine engine = new MatchEngine(normaliser, deriver);
            List<Profile> exposed = exposedPersonas(timedData, settings.timedCheckProfiles());
            long checkTokens = 0;
            start = System.nanoTime();
            for (Profile profile : exposed) {
                checkTokens += engine.check(profile, List.of(timedPack), Progress.NONE, new CancelSignal()).tokensDerived();
            }
            Timing check = timing(checkTokens, seconds(start), kdfMillis, parallelMillis, settings.threads());

            notes.accept("Scoring detection on " + settings.records() + " records and " + settings.personas()
                    + " personas (" + settings.qualityKdf() + ", policy scaled to match)…");
            SyntheticDataset data = SyntheticDataset.generate(settings.records(), settings.personas(), settings.seed() + 1);
            double scale = settings.qualityKdf().costRelativeToReference() / settings.kdf().costRelativeToReference();
            AuditPolicy scaled = new AuditPolicy(settings.policy().minGpuYears() * scale);
            Built qualityBuild = build(data, settings.qualityKdf(), scaled, key, normaliser, deriver);
            Pack qualityPack = PackFile.read(qualityBuild.pack(), key.publicKey(), clock.instant());
            List<ExposureReport> reports = new ArrayList<>();
            for (Profile persona : data.personas()) {
                reports.add(engine.check(persona, List.of(qualityPack), Progress.NONE, new CancelSignal()));
            }
            DetectionScore score = DetectionScore.score(data, qualityBuild.result().recordIdsBySourceId(), reports);
            return new Figures(kdfMillis, parallelMillis, settings.threads(), build, check, exposed.size(),
                    (double) timedBuild.pack().length / buildTokens, settings.records(), settings.personas(),
                    (double) qualityBuild.pack().length / qualityBuild.result().manifest().tokenCount(), score);
        } finally {
            key.wipe();
        }
    }

    private record Built(PackBuilder.Result result, byte[] pack) {
    }

    /** Builds in a temporary directory and reads the pack back, since the bench measures packs in memory. */
    private Built build(SyntheticDataset data, KdfParameters kdf, AuditPolicy policy, SigningKey key,
                        Normaliser normaliser, TokenDeriver deriver) throws ExplainedException {
        Instant now = clock.instant();
        PackSettings settings = new PackSettings("bench", "Benchmark (fictional)", "bench", 1, now, now.plus(Duration.ofDays(1)),
                true, kdf, policy, false);
        Path dir = null;
        try {
            dir = Files.createTempDirectory("exposure-check-bench-");
            Path out = dir.resolve("bench.ecpack");
            PackBuilder.Result result = new PackBuilder(normaliser, deriver, new SecureRandom()).keepingSourceIds()
                    .build(data.asSource(), settings, key, Progress.NONE, new CancelSignal(), out);
            byte[] pack = Files.readAllBytes(out);
            Files.delete(out);
            return new Built(result, pack);
        } catch (IOException failed) {
            throw new ExplainedException("Could not use a temporary directory for the benchmark: " + failed.getMessage() + ".", failed);
        } finally {
            if (dir != null) {
                try {
                    Files.deleteIfExists(dir);
                } catch (IOException ignored) {
                    // An empty directory left in the temp folder holds nothing.
                }
            }
        }
    }

    private static List<Profile> exposedPersonas(SyntheticDataset data, int count) {
        List<Profile> profiles = new ArrayList<>();
        for (int i = 0; i < data.personas().size() && profiles.size() < count; i++) {
            if (data.truth().get(i).kind() == TruthEntry.Kind.EXPOSED) {
                profiles.add(data.personas().get(i));
            }
        }
        return profiles;
    }

    /** Median time of one KDF call on this thread, after warm-up. */
    static double singleThreadKdfMillis(KdfParameters kdf) {
        Argon2PairScheme scheme = new Argon2PairScheme(kdf, new byte[Argon2PairScheme.SALT_LENGTH]);
        for (int i = 0; i < KDF_WARM_UP; i++) {
            scheme.derive(new byte[] {(byte) i});
        }
        double[] samples = new double[KDF_SAMPLES];
        for (int i = 0; i < samples.length; i++) {
            long start = System.nanoTime();
            scheme.derive(new byte[] {(byte) i, 1});
            samples[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(samples);
        return samples[samples.length / 2];
    }

    /** Wall time per token when every core derives pure KDF tokens: the best a build or check could do. */
    private static double parallelKdfMillisPerToken(KdfParameters kdf, TokenDeriver deriver) {
        Argon2PairScheme scheme = new Argon2PairScheme(kdf, new byte[Argon2PairScheme.SALT_LENGTH]);
        List<TokenInput> warmUp = inputs(deriver.threads());
        deriver.derive(scheme, warmUp, Progress.NONE, new CancelSignal());
        List<TokenInput> inputs = inputs(4 * deriver.threads());
        long start = System.nanoTime();
        deriver.derive(scheme, inputs, Progress.NONE, new CancelSignal());
        return (System.nanoTime() - start) / 1e6 / inputs.size();
    }

    private static List<TokenInput> inputs(int count) {
        List<TokenInput> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(TokenInput.of(List.of(new org.exposurecheck.identity.CanonicalForm(
                    org.exposurecheck.identity.FormKind.PHONE, "+8529" + String.format("%07d", i)))));
        }
        return inputs;
    }

    private static Timing timing(long tokens, double seconds, double kdfMillis, double parallelMillis, int threads) {
        return new Timing(tokens, seconds, tokens * kdfMillis / 1000 / threads, tokens * parallelMillis / 1000);
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
