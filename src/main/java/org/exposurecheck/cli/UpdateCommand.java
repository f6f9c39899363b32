package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.update.MirrorAddress;
import org.exposurecheck.update.ProxySetting;
import org.exposurecheck.update.PublisherConfirmation;
import org.exposurecheck.update.Timeouts;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateRequest;
import org.exposurecheck.update.UpdateSettings;
import org.exposurecheck.update.UpdateSummary;
import org.exposurecheck.update.Updater;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "update", description = {"Fetch the publisher's signed catalogue from a mirror and install new and changed packs.",
        "This is the only command that uses the network, and only when you run it."})
final class UpdateCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--mirror", paramLabel = "URL", description = "A mirror to try, in order (default: the saved mirrors).")
    List<String> mirrors = new ArrayList<>();

    @Option(names = "--proxy", paramLabel = "URL",
            description = "socks5://HOST:PORT or http://HOST:PORT; Tor is socks5://127.0.0.1:9050 (default: the saved proxy, or none).")
    String proxy;

    @ArgGroup(exclusive = true)
    Confirmation confirmation;

    static final class Confirmation {
        @Option(names = "--trust", paramLabel = "PUB", description = "The publisher's public key file, the first time you update from them.")
        Path trust;

        @Option(names = "--accept-fingerprint", paramLabel = "FINGERPRINT",
                description = "The publisher's fingerprint, as you compared it with the one they published, the first time.")
        String fingerprint;
    }

    @Option(names = "--connect-timeout", paramLabel = "SECONDS", description = "Give up connecting to a mirror after this long (default: 30).")
    Double connectTimeout;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", description = "Give up on a mirror that sends nothing for this long (default: 60).")
    Double readTimeout;

    @Option(names = "--save-settings", description = "Remember the mirrors, proxy and timeouts given here for later updates and the app.")
    boolean saveSettings;

    UpdateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        UpdateSettings settings = settings(UpdateSettings.load(dataDir.path()));
        if (saveSettings) {
            settings.save(dataDir.path());
        }
        UpdateRequest request = settings.request();
        if (confirmation != null) {
            request = request.withConfirmedPublisher(confirmation.trust != null
                    ? PublisherConfirmation.of(KeyFiles.readPublisherKey(confirmation.trust))
                    : PublisherConfirmation.ofFingerprint(confirmation.fingerprint));
        }
        for (MirrorAddress mirror : request.mirrors()) {
            mirror.warning().ifPresent(warning -> err.println("Warning: " + warning.inEnglish()));
        }
        UpdateSummary summary;
        try (UpdateProgressText progress = new UpdateProgressText(err)) {
            summary = new Updater(dataDir.path(), clock).run(request, progress, new CancelSignal());
        }
        UpdateSummaryText.print(summary, out);
        out.flush();
        if (summary.unconfirmedPublisher().isPresent()) {
            String fingerprint = summary.unconfirmedPublisher().get().fingerprint();
            err.println("The catalogue is signed by publisher key " + fingerprint + ", which is not trusted yet: compare this fingerprint"
                    + " with the one the publisher published, then run again with --trust FILE or --accept-fingerprint '" + fingerprint + "'.");
        } else if (!summary.complete()) {
            err.println(summary.catalogue().isEmpty()
                    ? "No mirror gave a catalogue that could be trusted, so nothing was updated."
                    : "The update did not finish: see what failed above; a new run fetches only what is missing.");
        }
        return summary.complete() ? 0 : ExposureCheckCli.EXIT_FAILURE;
    }

    /** The saved settings, overridden by what this command line gives. */
    private UpdateSettings settings(UpdateSettings saved) throws UpdateException {
        UpdateSettings settings = saved;
        if (!mirrors.isEmpty()) {
            List<MirrorAddress> given = new ArrayList<>();
            for (String mirror : mirrors) {
                given.add(MirrorAddress.parse(mirror));
            }
            settings = settings.withMirrors(given);
        }
        if (proxy != null) {
            settings = settings.withProxy(Optional.of(ProxySetting.parse(proxy)));
        }
        if (connectTimeout != null || readTimeout != null) {
            settings = settings.withTimeouts(new Timeouts(
                    connectTimeout != null ? seconds(connectTimeout, "--connect-timeout") : settings.timeouts().connect(),
                    readTimeout != null ? seconds(readTimeout, "--read-timeout") : settings.timeouts().read()));
        }
        return settings;
    }

    private static Duration seconds(double seconds, String option) {
        if (!(seconds >= 0.1 && seconds <= 600)) {
            throw new UserError(option + " must be between 0.1 and 600 seconds.");
        }
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
