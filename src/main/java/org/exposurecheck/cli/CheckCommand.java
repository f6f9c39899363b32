package org.exposurecheck.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.exposurecheck.app.PackChoice;
import java.util.function.BiConsumer;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.KeyedLookups;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.exposurecheck.update.KeyedServiceLookups;
import org.exposurecheck.update.ProxySetting;
import org.exposurecheck.update.UpdateException;
import org.exposurecheck.update.UpdateSettings;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", description = "Check one or more profiles against packs. Nothing is stored, and nothing is sent unless --allow-keyed.")
final class CheckCommand implements Callable<Integer> {
    private final Clock clock;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ProfileInput input;

    static final class ProfileInput {
        @Option(names = "--profile", paramLabel = "FILE.json", description = "One profile: {\"label\": …, \"identifiers\": […]}.")
        Path profile;

        @Option(names = "--profiles", paramLabel = "FILE.jsonl", description = "Profiles, one JSON object per line.")
        Path profiles;
    }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<PackWithKey> packs = new ArrayList<>();

    static final class PackWithKey {
        @Option(names = "--pack", required = true, paramLabel = "FILE.ecpack", description = "A pack to check against (instead of the installed ones).")
        Path pack;

        @Option(names = "--trust", required = true, paramLabel = "PUB", description = "The public key of that pack's publisher.")
        Path trust;
    }

    @Option(names = "--json", description = "Print one JSON result per profile, one per line.")
    boolean json;

    @Option(names = "--summary-pdf", paramLabel = "DIR", description = "Also write each profile's printed summary as a PDF into DIR,"
            + " named by its line in the profiles file (summary-line-3.pdf), never by its label.")
    Path summaryDir;

    @Mixin
    SummaryLanguageOption language;

    @Option(names = "--allow-keyed", description = "Also look up the details some packs hold only as keyed tokens, through the pack's"
            + " keyed service: your details are blinded before they leave this computer; the service learns that someone checked,"
            + " and when. Without it nothing connects.")
    boolean allowKeyed;

    @Option(names = "--proxy", paramLabel = "URL", description = "With --allow-keyed: socks5://HOST:PORT or http://HOST:PORT"
            + " (default: the proxy saved for updates, or none).")
    String proxy;

    @Mixin
    ThreadsOption threads;

    @Mixin
    MinGpuYearsOption minimum;

    CheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (proxy != null && !allowKeyed) {
            throw new UserError("--proxy is for keyed lookups; give --allow-keyed too, or leave --proxy out.");
        }
        PackChoice.Chosen toCheck = loadPacks(err);
        List<Pack> loaded = toCheck.packs();
        // Also non-zero when an installed pack was skipped: the check ran, but not against everything installed.
        AtomicBoolean unreadableLines = new AtomicBoolean(!toCheck.skipped().isEmpty());
        try (TokenDeriver deriver = threads.deriver(); KeyedServiceLookups keyed = keyedLookups()) {
            MatchEngine engine = new MatchEngine(new Normaliser(clock), deriver);
            KeyedLookups lookups = keyed != null ? keyed : KeyedLookups.OFF;
            BiConsumer<ExposureReport, Long> report = (checked, line) -> {
                // The check ran, but a keyed lookup the person allowed did not: like a skipped pack, not a clean result.
                if (checked.keyedGaps().stream().anyMatch(gap -> !gap.notAllowed())) {
                    unreadableLines.set(true);
                }
                report(checked, line, out, err);
            };
            if (input.profile != null) {
                report.accept(engine.check(ProfileFiles.readOne(input.profile), loaded, lookups, Progress.NONE, new CancelSignal()), 1L);
            } else {
                ProfileFiles.readEach(input.profiles, (line, profile) -> report.accept(engine.check(profile, loaded, lookups, Progress.NONE,
                                new CancelSignal()), line),
                        (line, problem) -> {
                            unreadableLines.set(true);
                            err.println("Line " + line + " of " + input.profiles + " was skipped: it " + problem + ".");
                        });
            }
        }
        return unreadableLines.get() ? ExposureCheckCli.EXIT_FAILURE : 0;
    }

    /** Only with --allow-keyed: keyed lookups through the proxy given here or saved for updates; otherwise none. */
    private KeyedServiceLookups keyedLookups() throws UpdateException {
        if (!allowKeyed) {
            return null;
        }
        UpdateSettings saved = UpdateSettings.load(dataDir.path());
        Optional<ProxySetting> via = proxy != null ? Optional.of(ProxySetting.parse(proxy)) : saved.proxy();
        return new KeyedServiceLookups(via, saved.timeouts(), new CancelSignal());
    }

    private PackChoice.Chosen loadPacks(PrintWriter err) throws ExplainedException {
        List<Pack> loaded = new ArrayList<>();
        for (PackWithKey given : packs) {
            loaded.add(PackFile.read(PackFiles.read(given.pack), KeyFiles.readPublisherKey(given.trust), clock.instant()));
        }
        return !loaded.isEmpty() ? new PackChoice(dataDir.path(), clock, minimum.minimum()).given(loaded)
                : InstalledPacks.loadOrDemo(dataDir, clock, err, minimum.minimum());
    }

    private void report(ExposureReport report, long line, PrintWriter out, PrintWriter err) {
        InputProblemsText.print(report, err);
        if (json) {
            out.println(ReportJson.line(report));
        } else {
            ReportText.print(report, out);
        }
        out.flush();
        if (summaryDir != null) {
            // The label may be a person's name: the file is named by the line it came from, which the clinic's own list maps back.
            Path file = summaryDir.resolve("summary-line-" + line + ".pdf");
            SummaryPdfs.write(report, language.locale(), LocalDate.now(clock), file);
            err.println("Wrote the printed summary of line " + line + " to " + file + ".");
        }
    }
}
