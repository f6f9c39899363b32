package org.exposurecheck.token;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.exposurecheck.token.keyed.KeyedPrf;

/**
 * Runs the KDF on all cores. Tokens are derived one task each: at tens to hundreds of milliseconds per
 * token, scheduling costs nothing measurable, and the tail at the end of a batch is one token per core.
 */
public final class TokenDeriver implements AutoCloseable {
    private final ExecutorService workers;
    private final int threads;

    public TokenDeriver(int threads) {
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, daemonThreads());
    }

    public TokenDeriver() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /**
     * Derives one token per input, in input order, and wipes each input after use. Reports progress
     * as tokens finish; stops early, throwing {@link CancelledException}, once {@code cancel} is set.
     */
    public List<byte[]> derive(TokenScheme scheme, List<TokenInput> inputs, Progress progress, CancelSignal cancel) {
        return deriveEach(inputs, input -> scheme.derive(input.encoded()), TokenInput::wipe, progress, cancel);
    }

    /**
     * The keyed tier's second stage on all cores: the token of each PRF output, in order, wiping each output after
     * use, with progress and cancelling as above.
     */
    public List<byte[]> deriveKeyed(KeyedPairScheme scheme, List<byte[]> prfOutputs, Progress progress, CancelSignal cancel) {
        return deriveEach(prfOutputs, scheme::tokenOf, output -> Arrays.fill(output, (byte) 0), progress, cancel);
    }

    /**
     * Both keyed stages for the key holder (the pack builder): the PRF of each input with {@code prf} and then its
     * token, each input one task on all cores, wiping inputs and PRF outputs as it goes.
     */
    public List<byte[]> deriveKeyed(KeyedPairScheme scheme, KeyedPrf<RuntimeException> prf, List<TokenInput> inputs, Progress progress,
                                    CancelSignal cancel) {
        return deriveEach(inputs, input -> {
            byte[] output = prf.outputs(List.of(input.encoded())).get(0);
            try {
                return scheme.tokenOf(output);
            } finally {
                Arrays.fill(output, (byte) 0);
            }
        }, TokenInput::wipe, progress, cancel);
    }

    private <T> List<byte[]> deriveEach(List<T> inputs, Function<T, byte[]> kdf, Consumer<T> wipe, Progress progress,
                                        CancelSignal cancel) {
        AtomicLong done = new AtomicLong();
        CancelSignal stop = new CancelSignal();
        List<Future<byte[]>> futures = new ArrayList<>(inputs.size());
        for (T input : inputs) {
            futures.add(workers.submit(() -> {
                try {
                    cancel.throwIfCancelled();
                    stop.throwIfCancelled();
                    byte[] token = kdf.apply(input);
                    progress.update(done.incrementAndGet(), inputs.size());
                    return token;
                } finally {
                    wipe.accept(input);
                }
            }));
        }
        List<byte[]> tokens = new ArrayList<>(inputs.size());
        try {
            for (Future<byte[]> future : futures) {
                tokens.add(future.get());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            stop.cancel();
            throw new CancelledException();
        } catch (ExecutionException failed) {
            stop.cancel();
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } finally {
            futures.forEach(future -> future.cancel(false));
            // Tasks that never ran did not wipe their input.
            inputs.forEach(wipe);
        }
        return tokens;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "token-kdf-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
