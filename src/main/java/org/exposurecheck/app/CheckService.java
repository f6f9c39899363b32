package org.exposurecheck.app;

import java.util.List;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.store.SkippedPack;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;

/**
 * A check as a job: the packs chosen ({@link PackChoice}), then the profile matched against them — with keyed lookups
 * only for the packs the person allowed them for ({@link KeyedConsent}).
 */
public class CheckService {
    private final PackLibrary packs;
    private final MatchEngine engine;

    public CheckService(PackLibrary packs, MatchEngine engine) {
        this.packs = packs;
        this.engine = engine;
    }

    /** What a check found, and the installed packs it had to leave out. */
    public record Outcome(ExposureReport report, List<SkippedPack> skipped) {
        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    /** A check of {@code profile}, against the demo pack in demo mode and the installed packs otherwise; not yet started. */
    public Job<Outcome> check(Profile profile, boolean demoMode) {
        return new Job<>((progress, cancel) -> checkNow(profile, demoMode, progress, cancel));
    }

    /** The check itself, on the calling thread; a test may hold it here to look at a check mid-run. */
    protected Outcome checkNow(Profile profile, boolean demoMode, Progress progress, CancelSignal cancel) throws ExplainedException {
        PackChoice.Chosen chosen = packs.forCheck(demoMode);
        try (KeyedConsent.Lookups keyed = packs.keyedConsent().lookupsFor(chosen.packs(), cancel)) {
            return new Outcome(engine.check(profile, chosen.packs(), keyed.lookups(), progress, cancel), chosen.skipped());
        }
    }
}
