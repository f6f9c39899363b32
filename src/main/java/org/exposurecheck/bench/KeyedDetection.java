package org.exposurecheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.KeyedLookups;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.KeyedBuild;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackSettings;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.update.KeyedServiceLookups;
import org.exposurecheck.update.Timeouts;

/**
 * The keyed tier end to end on a generated set (issue 11): a pack built with a keyed key, a keyed service on loopback,
 * and every persona checked twice, offline only and with keyed lookups, both scored against the ground truth. Like
 * the offline detection figures, quality does not depend on KDF cost, so the pack is built at a cheap KDF with the
 * policy scaled by the same factor, which ships exactly the tokens the defaults ship.
 */
public final class KeyedDetection {
    /** @param kdf the cheap setting of both the offline and the keyed tokens; {@code policy} is scaled to it by the caller */
    public record Settings(int records, int personas, long seed, KdfParameters kdf, AuditPolicy policy, int threads, boolean weakPairs) {
    }

    /**
     * @param keyedInputsMean mean keyed inputs per persona that had any (the elements of its round before padding)
     * @param overOneBatch    personas whose keyed inputs did not fit one padded batch
     */
    public record Figures(int records, int personas, DetectionScore offline, DetectionScore withKeyed, long keyedTokens,
                          double keyedInputsMean, int keyedInputsMax, int overOneBatch, int profilesWithKeyedInputs) {
    }

    private final Clock clock;
    private final Consumer<String> notes;

    public KeyedDetection(Clock clock, Consumer<String> notes) {
        this.clock = clock;
        this.notes = notes;
    }

    public Figures run(Settings settings) throws PackException, IOException {
        SecureRandom random = new SecureRandom();
        SigningKey publisher = SigningKey.generate(random);
        VoprfPrivateKey serviceKey = VoprfPrivateKey.generate(random);
        LoopbackKeyedService service = LoopbackKeyedService.start(settings.threads(), new VoprfEvaluator(serviceKey, random));
        Normaliser normaliser = new Normaliser(clock);
        try (TokenDeriver deriver = new TokenDeriver(settings.threads());
             KeyedServiceLookups lookups = new KeyedServiceLookups(Optional.empty(), Timeouts.DEFAULT, new CancelSignal())) {
            notes.accept("Building a pack with a keyed tier from " + settings.records() + " generated records (" + settings.kdf()
                    + ", policy scaled to match)…");
            SyntheticDataset data = SyntheticDataset.generate(settings.records(), settings.personas(), settings.seed());
            KeyedBuild keyed = new KeyedBuild(serviceKey, service.url(), settings.kdf(),
                    RateLimits.DEFAULT_GLOBAL_PER_DAY, settings.weakPairs());
            Built built = build(data, settings, publisher, keyed, normaliser, deriver, random);
            Pack pack = PackFile.read(built.pack(), publisher.publicKey(), clock.instant());
            notes.accept("Checking " + data.personas().size() + " personas offline only, then with keyed lookups on loopback…");
            MatchEngine engine = new MatchEngine(normaliser, deriver);
            List<ExposureReport> offline = new ArrayList<>();
            List<ExposureReport> withKeyed = new ArrayList<>();
            List<Integer> keyedInputs = new ArrayList<>();
            for (Profile persona : data.personas()) {
                ExposureReport alone = engine.check(persona, List.of(pack), KeyedLookups.OFF, Progress.NONE, new CancelSignal());
                ExposureReport both = engine.check(persona, List.of(pack), lookups, Progress.NONE, new CancelSignal());
                offline.add(alone);
                withKeyed.add(both);
                if (both.tokensDerived() > alone.tokensDerived()) {
                    keyedInputs.add(both.tokensDerived() - alone.tokensDerived());
                }
            }
            int max = keyedInputs.stream().mapToInt(Integer::intValue).max().orElse(0);
            int over = (int) keyedInputs.stream().filter(count -> count > org.exposurecheck.update.KeyedServiceClient.PADDED_BATCH).count();
            long keyedTokens = pack.keyedTier().map(tier -> tier.tokenCounts().values().stream().mapToLong(Integer::longValue).sum()).orElse(0L);
            return new Figures(settings.records(), settings.personas(), DetectionScore.score(data, built.recordIds(), offline),
                    DetectionScore.score(data, built.recordIds(), withKeyed), keyedTokens,
                    keyedInputs.stream().mapToInt(Integer::intValue).average().orElse(0), max, over, keyedInputs.size());
        } finally {
            service.close();
            serviceKey.wipe();
            publisher.wipe();
        }
    }

    private record Built(byte[] pack, java.util.Map<String, String> recordIds) {
    }

    private Built build(SyntheticDataset data, Settings settings, SigningKey publisher, KeyedBuild keyed, Normaliser normaliser,
                        TokenDeriver deriver, SecureRandom random) throws PackException, IOException {
        Instant now = clock.instant();
        PackSettings pack = new PackSettings("bench-keyed", "Benchmark with a keyed tier (fictional)", "bench", 1, now,
                now.plus(Duration.ofDays(1)), true, settings.kdf(), settings.policy(), false);
        Path dir = Files.createTempDirectory("exposure-check-bench-keyed-");
        Path out = dir.resolve("bench-keyed.ecpack");
        try {
            PackBuilder.Result result = new PackBuilder(normaliser, deriver, random).keepingSourceIds().withKeyed(keyed)
                    .build(data.asSource(), pack, publisher, Progress.NONE, new CancelSignal(), out);
            return new Built(Files.readAllBytes(out), result.recordIdsBySourceId());
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(dir);
        }
    }
}
