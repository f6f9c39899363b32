package org.exposurecheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {"Run the keyed service until stopped (Ctrl+C or SIGTERM): it evaluates blinded lookups with the key,"
        + " proves which key it used, and rate-limits every client and all clients together.",
        "Limits are per instance: behind a load balancer, the service's total is the sum over its instances."})
final class KeyedServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--key", required = true, paramLabel = "FILE", description = "The keyed service's private key (keyed.key).")
    Path keyFile;

    @Option(names = "--port", required = true, paramLabel = "N", description = "Port to listen on (0: any free port).")
    int port;

    @Option(names = "--bind", defaultValue = ServiceSettings.DEFAULT_BIND_ADDRESS, paramLabel = "ADDR",
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface, e.g. in a container).")
    String bind;

    @Option(names = "--threads", paramLabel = "N", description = "Evaluation threads (default: all cores).")
    Integer threads;

    @Option(names = "--max-batch", defaultValue = "" + ServiceSettings.DEFAULT_MAX_BATCH, paramLabel = "N",
            description = "Most blinded elements in one request (default: ${DEFAULT-VALUE}).")
    int maxBatch;

    @Option(names = "--client-per-day", defaultValue = "" + RateLimits.DEFAULT_CLIENT_PER_DAY, paramLabel = "N",
            description = "Evaluations one client address gets a day (default: ${DEFAULT-VALUE}).")
    long clientPerDay;

    @Option(names = "--client-burst", defaultValue = "" + RateLimits.DEFAULT_CLIENT_BURST, paramLabel = "N",
            description = "Evaluations one client may use at once (default: ${DEFAULT-VALUE}).")
    long clientBurst;

    @Option(names = "--global-per-day", defaultValue = "" + RateLimits.DEFAULT_GLOBAL_PER_DAY, paramLabel = "N",
            description = "Evaluations all clients together get a day from this instance (default: ${DEFAULT-VALUE}).")
    long globalPerDay;

    @Option(names = "--global-burst", defaultValue = "" + RateLimits.DEFAULT_GLOBAL_BURST, paramLabel = "N",
            description = "Evaluations all clients together may use at once (default: ${DEFAULT-VALUE}).")
    long globalBurst;

    @Option(names = "--trust-forwarded-for", description = "Take each client's address from the last X-Forwarded-For hop;"
            + " only behind a load balancer that sets it, or clients could pick their own address.")
    boolean trustForwardedFor;

    @Option(names = "--grace", defaultValue = "10", paramLabel = "SECONDS",
            description = "How long a stopping instance lets requests in progress finish (default: ${DEFAULT-VALUE}).")
    int graceSeconds;

    @Override
    public Integer call() throws Exception {
        ServiceSettings settings = settings();
        VoprfPrivateKey key = KeyedKeyFiles.readPrivateKey(keyFile);
        KeyedService service;
        try {
            service = KeyedService.start(settings, new VoprfEvaluator(key, new SecureRandom()));
        } catch (BindException taken) {
            key.wipe();
            throw new UserError("Could not listen on " + bind + " port " + port + ": " + taken.getMessage() + ".");
        } catch (IOException failed) {
            key.wipe();
            throw new UserError("Could not listen on " + bind + " port " + port + ": " + failed.getMessage() + ".");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving keyed lookups on " + bind + " port " + service.address().getPort() + " with key "
                + service.publicKey().fingerprint() + ".");
        out.println(limitsLine(settings));
        out.println("Stop with Ctrl+C or SIGTERM; requests in progress get " + graceSeconds + " seconds to finish.");
        out.flush();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.stop();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            } finally {
                key.wipe();
                out.println("Stopped.");
                out.flush();
            }
        }, "keyed-service-stop"));
        service.awaitStopped();
        return 0;
    }

    private ServiceSettings settings() {
        try {
            RateLimits limits = new RateLimits(clientBurst, clientPerDay, globalBurst, globalPerDay);
            if (graceSeconds < 0 || graceSeconds > 600) {
                throw new UserError("--grace must be between 0 and 600 seconds.");
            }
            return new ServiceSettings(bind, port, threads != null ? threads : Runtime.getRuntime().availableProcessors(), maxBatch, limits,
                    trustForwardedFor, Duration.ofSeconds(graceSeconds));
        } catch (IllegalArgumentException invalid) {
            throw new UserError("These service settings cannot work: " + invalid.getMessage() + ".");
        }
    }

    private static String limitsLine(ServiceSettings settings) {
        RateLimits limits = settings.limits();
        return String.format(Locale.ROOT, "Limits of this instance: each client %,d evaluations a day (at most %,d at once); all clients"
                        + " together %,d a day (at most %,d at once); at most %d elements per request.", limits.clientPerDay(),
                limits.clientBurst(), limits.globalPerDay(), limits.globalBurst(), settings.maxBatch());
    }
}
