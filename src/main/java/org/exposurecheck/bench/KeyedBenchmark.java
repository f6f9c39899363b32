package org.exposurecheck.bench;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.CanonicalForm;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.match.Profile;
import org.exposurecheck.token.Argon2PairScheme;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.KeyedPairScheme;
import org.exposurecheck.token.TokenInput;
import org.exposurecheck.token.keyed.BlindedBatch;
import org.exposurecheck.token.keyed.KeyedPrf;
import org.exposurecheck.token.keyed.ProofRejectedException;
import org.exposurecheck.token.keyed.VoprfClient;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.exposurecheck.update.KeyedServiceAddress;
import org.exposurecheck.update.KeyedServiceClient;
import org.exposurecheck.update.Timeouts;
import org.exposurecheck.update.UpdateException;

/**
 * Measures the keyed tier on this machine, in one run: per profile, the keyed round (padded, as a person's check sends
 * it) over loopback HTTP against the real service, as a ratio to the same round's pure elliptic-curve work in-process (blind,
 * evaluate, prove, verify, finalize); and the service's evaluations per second with several clients at
 * once, as a ratio to the evaluator's own rate on all cores. The Argon2id stage after the round is the
 * offline KDF, measured by {@link Benchmark}.
 */
public final class KeyedBenchmark {
    /** The weak partners of a name that the keyed tier is for (issue 11). */
    private static final Set<FormKind> KEYED_PARTNERS = EnumSet.of(FormKind.DOB, FormKind.PLATE, FormKind.EMPLOYER, FormKind.EMAIL,
            FormKind.HANDLE);
    private static final int WARM_UP_ROUNDS = 3;
    /** Rounds of each kind, interleaved so that load from other processes falls on both alike; medians are kept. */
    private static final int MEASURED_ROUNDS = 5;

    public record Settings(int profiles, int throughputRequests, int threads, long seed) {
    }

    /**
     * @param inputsPerProfile mean keyed inputs of the profiles measured
     * @param loopbackMillis   time per profile of a round through the service on loopback (median of interleaved runs)
     * @param floorMillis      time per profile of the same rounds in-process, without HTTP (median of interleaved runs)
     */
    public record Figures(int profiles, double inputsPerProfile, double loopbackMillis, double floorMillis, int batch, int threads,
                          double serviceEvaluationsPerSecond, double floorEvaluationsPerSecond) {
        public double perProfileRatio() {
            return loopbackMillis / floorMillis;
        }

        public double throughputRatio() {
            return serviceEvaluationsPerSecond / floorEvaluationsPerSecond;
        }
    }

    private final Consumer<String> notes;

    public KeyedBenchmark(Consumer<String> notes) {
        this.notes = notes;
    }

    public Figures run(Settings settings) throws IOException, UpdateException, ProofRejectedException {
        SecureRandom random = new SecureRandom();
        VoprfPrivateKey key = VoprfPrivateKey.generate(random);
        VoprfEvaluator evaluator = new VoprfEvaluator(key, random);
        LoopbackKeyedService service = LoopbackKeyedService.start(settings.threads(), evaluator);
        KeyedServiceAddress address = KeyedServiceAddress.parse(service.url());
        try {
            List<Profile> profiles = profilesWithKeyedInputs(settings);
            KeyedPairScheme scheme = new KeyedPairScheme(key.publicKey(), new KdfParameters(8, 1, 1), new byte[Argon2PairScheme.SALT_LENGTH]);
            Normaliser normaliser = new Normaliser();
            VoprfClient voprf = new VoprfClient(key.publicKey());
            // The floor does the same padded work as the client: every batch filled up to the padded size (decision 29).
            KeyedPrf<ProofRejectedException> inProcess = inputs -> {
                List<byte[]> padded = new ArrayList<>(inputs);
                while (padded.size() % KeyedServiceClient.PADDED_BATCH != 0) {
                    byte[] padding = new byte[32];
                    random.nextBytes(padding);
                    padded.add(padding);
                }
                BlindedBatch batch = voprf.blind(padded, random);
                try {
                    return voprf.finalizeBatch(batch, evaluator.blindEvaluate(batch.blindedElements())).subList(0, inputs.size());
                } catch (org.exposurecheck.token.keyed.InvalidElementException impossible) {
                    throw new IllegalStateException("a fresh blinded element is always a point", impossible);
                } finally {
                    batch.wipe();
                }
            };
            notes.accept("Timing keyed rounds of " + profiles.size() + " profiles, in-process and over loopback HTTP…");
            double inputs = profiles.stream().mapToInt(profile -> inputsOf(profile, normaliser).size()).average().orElse(0);
            try (KeyedServiceClient client = KeyedServiceClient.padded(address, key.publicKey(), Optional.empty(), Timeouts.DEFAULT,
                    new CancelSignal())) {
                for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                    roundsMillis(profiles, normaliser, scheme, inProcess);
                    roundsMillis(profiles, normaliser, scheme, client);
                }
                double[] floor = new double[MEASURED_ROUNDS];
                double[] loopback = new double[MEASURED_ROUNDS];
                for (int i = 0; i < MEASURED_ROUNDS; i++) {
                    floor[i] = roundsMillis(profiles, normaliser, scheme, inProcess);
                    loopback[i] = roundsMillis(profiles, normaliser, scheme, client);
                }
                notes.accept("Timing the service with " + settings.threads() + " clients at once…");
                double floorRate = evaluatorRate(evaluator, settings, random);
                double serviceRate = serviceRate(address, key, settings, random);
                return new Figures(profiles.size(), inputs, median(loopback), median(floor), ServiceSettings.DEFAULT_MAX_BATCH,
                        settings.threads(), serviceRate, floorRate);
            }
        } finally {
            service.close();
            key.wipe();
        }
    }

    /** The personas that have a name and at least one keyed partner: the people a keyed lookup is for. */
    private List<Profile> profilesWithKeyedInputs(Settings settings) {
        Normaliser normaliser = new Normaliser();
        List<Profile> chosen = new ArrayList<>();
        for (Profile persona : SyntheticDataset.generate(4 * settings.profiles(), 4 * settings.profiles(), settings.seed()).personas()) {
            if (!inputsOf(persona, normaliser).isEmpty() && chosen.size() < settings.profiles()) {
                chosen.add(persona);
            }
        }
        return chosen;
    }

    /** Mean milliseconds per profile of the PRF stage over all profiles, through {@code prf}. */
    private static <E extends Exception> double roundsMillis(List<Profile> profiles, Normaliser normaliser, KeyedPairScheme scheme,
                                                             KeyedPrf<E> prf) throws E {
        List<List<TokenInput>> inputs = profiles.stream().map(profile -> inputsOf(profile, normaliser)).toList();
        long start = System.nanoTime();
        for (List<TokenInput> profileInputs : inputs) {
            scheme.prfOutputs(profileInputs, prf).forEach(output -> Arrays.fill(output, (byte) 0));
        }
        return (System.nanoTime() - start) / 1e6 / profiles.size();
    }

    private static double median(double[] samples) {
        double[] sorted = samples.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Evaluations per second of the key holder alone, full batches on every thread, no HTTP. */
    private double evaluatorRate(VoprfEvaluator evaluator, Settings settings, SecureRandom random) {
        List<byte[]> batch = blindedBatch(evaluator, random);
        return concurrently(settings, () -> {
            try {
                evaluator.blindEvaluate(batch);
            } catch (org.exposurecheck.token.keyed.InvalidElementException impossible) {
                throw new IllegalStateException(impossible);
            }
        });
    }

    /** Evaluations per second of the service, full pre-blinded batches from as many clients as it has threads. */
    private double serviceRate(KeyedServiceAddress address, VoprfPrivateKey key, Settings settings, SecureRandom random) {
        List<byte[]> batch = blindedBatch(new VoprfEvaluator(key, random), random);
        List<KeyedServiceClient> clients = new ArrayList<>();
        ThreadLocal<KeyedServiceClient> client = ThreadLocal.withInitial(() -> {
            KeyedServiceClient created = new KeyedServiceClient(address, key.publicKey(), Optional.empty(), Timeouts.DEFAULT,
                    new CancelSignal(), KeyedServiceClient.DEFAULT_BATCH);
            synchronized (clients) {
                clients.add(created);
            }
            return created;
        });
        try {
            return concurrently(settings, () -> {
                try {
                    client.get().evaluate(batch);
                } catch (UpdateException failed) {
                    throw new IllegalStateException(failed.getMessage(), failed);
                }
            });
        } finally {
            clients.forEach(KeyedServiceClient::close);
        }
    }

    /** Runs {@code request} (one full batch) a warm-up round and then the measured number of times on all threads. */
    private static double concurrently(Settings settings, Runnable request) {
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try {
            runAll(pool, settings.threads(), request);
            long start = System.nanoTime();
            runAll(pool, settings.throughputRequests(), request);
            double seconds = (System.nanoTime() - start) / 1e9;
            return settings.throughputRequests() * (double) ServiceSettings.DEFAULT_MAX_BATCH / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void runAll(ExecutorService pool, int count, Runnable request) {
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            futures.add(pool.submit(request));
        }
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", interrupted);
            } catch (java.util.concurrent.ExecutionException failed) {
                throw new IllegalStateException(failed.getCause().getMessage(), failed.getCause());
            }
        }
    }

    private static List<byte[]> blindedBatch(VoprfEvaluator evaluator, SecureRandom random) {
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < ServiceSettings.DEFAULT_MAX_BATCH; i++) {
            inputs.add(("bench input " + i).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        BlindedBatch batch = new VoprfClient(evaluator.publicKey()).blind(inputs, random);
        List<byte[]> blinded = batch.blindedElements();
        batch.wipe();
        return blinded;
    }

    /** A profile's keyed inputs: each of its name forms with each date of birth, plate, employer, email and handle form. */
    static List<TokenInput> inputsOf(Profile profile, Normaliser normaliser) {
        List<CanonicalForm> names = new ArrayList<>();
        List<CanonicalForm> partners = new ArrayList<>();
        for (Identifier identifier : profile.identifiers()) {
            for (CanonicalForm form : normaliser.normalise(identifier).forms()) {
                if (form.kind() == FormKind.NAME) {
                    names.add(form);
                } else if (KEYED_PARTNERS.contains(form.kind())) {
                    partners.add(form);
                }
            }
        }
        List<TokenInput> inputs = new ArrayList<>();
        for (CanonicalForm name : names) {
            for (CanonicalForm partner : partners) {
                inputs.add(TokenInput.of(List.of(name, partner)));
            }
        }
        return inputs;
    }
}
