package org.exposurecheck.app.vault;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.report.Advice;
import org.exposurecheck.report.StepsDone;
import org.exposurecheck.store.vault.Checklist;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.SeenRecord;
import org.exposurecheck.store.vault.VaultContents;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultRefusal;

/**
 * The resolution checklist of one saved profile, as the app shows it: for each kind of detail its last check
 * found exposed (what matched and what the records list), the advice of {@link Advice} as steps, each ticked
 * or not. Built in one language; build it again on a language switch (it is cheap and holds no state).
 */
public record ResolutionChecklist(List<Topic> topics) {
    public ResolutionChecklist {
        topics = List.copyOf(topics);
    }

    /** One step of the advice: its number (what {@link VaultSession#tick} takes), its text, and whether it is done. */
    public record Step(int number, String text, boolean done) {
    }

    /** The advice for one kind of detail. */
    public record Topic(IdentifierType type, String title, List<Step> steps) {
        public Topic {
            steps = List.copyOf(steps);
        }

        public int doneCount() {
            return (int) steps.stream().filter(Step::done).count();
        }

        /** "2 of 4 steps done". */
        public Sentence progress() {
            return VaultTexts.sentence("checklist.progress", "done", doneCount(), "total", steps.size());
        }
    }

    public static ResolutionChecklist of(SavedProfile profile, Locale locale) {
        return of(exposedKinds(profile), profile.checklist(), locale);
    }

    static ResolutionChecklist of(Set<IdentifierType> exposed, Checklist checklist, Locale locale) {
        List<Topic> topics = new ArrayList<>();
        if (exposed.isEmpty()) {
            return new ResolutionChecklist(topics);
        }
        for (Advice.Item item : Advice.forTypes(exposed, locale)) {
            List<Step> steps = new ArrayList<>();
            for (int number = 1; number <= item.steps().size(); number++) {
                steps.add(new Step(number, item.steps().get(number - 1), checklist.ticked(item.type()).contains(number)));
            }
            topics.add(new Topic(item.type(), item.title(), steps));
        }
        return new ResolutionChecklist(topics);
    }

    /** The kinds of detail the profile's last check found in any record; none before its first check. */
    public static Set<IdentifierType> exposedKinds(SavedProfile profile) {
        Set<IdentifierType> kinds = EnumSet.noneOf(IdentifierType.class);
        profile.lastCheck().ifPresent(history -> history.records().stream().map(SeenRecord::kinds).forEach(kinds::addAll));
        return kinds;
    }

    /** The ticked steps as the printed summary takes them. */
    public static StepsDone stepsDone(SavedProfile profile) {
        Map<IdentifierType, Set<Integer>> ticked = new EnumMap<>(IdentifierType.class);
        profile.checklist().ticked().forEach(ticked::put);
        return new StepsDone(ticked);
    }

    /**
     * {@code contents} with step {@code step} (from 1) of the advice for {@code type} marked done or not done for the
     * saved profile {@code label}; one sentence when the step or the label is unknown.
     */
    public static VaultContents withTick(VaultContents contents, String label, IdentifierType type, int step, boolean done)
            throws VaultException {
        requireStep(type, step);
        SavedProfile profile = contents.profile(label).orElseThrow(VaultRefusal.LABEL_UNKNOWN::exception);
        Checklist checklist = done ? profile.checklist().tick(type, step) : profile.checklist().untick(type, step);
        return contents.withReplaced(profile.withChecklist(checklist));
    }

    /** One sentence unless the advice for {@code type} has a step {@code step}. */
    public static void requireStep(IdentifierType type, int step) throws VaultException {
        if (step < 1 || step > stepCount(type)) {
            throw VaultRefusal.STEP_UNKNOWN.exception("type", type.id(), "step", step);
        }
    }

    /** How many steps the advice for {@code type} has, in every language. */
    static int stepCount(IdentifierType type) {
        return Advice.forTypes(List.of(type), Locale.ENGLISH).get(0).steps().size();
    }
}
