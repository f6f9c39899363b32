package org.exposurecheck.ui.shared;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.binding.BooleanBinding;
import org.exposurecheck.app.Job;
import org.exposurecheck.app.PrintedSummaryComposer;
import org.exposurecheck.app.SummaryFile;
import org.exposurecheck.app.vault.ResolutionChecklist;
import org.exposurecheck.report.PrintedSummary;
import org.exposurecheck.app.vault.LockReason;
import org.exposurecheck.app.vault.VaultMonitor;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.app.vault.VaultStatus;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Profile;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.ui.common.Jobs;
import org.exposurecheck.update.UpdateSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vault as the screens see it, kept by the app context across a language switch: its status, what the last
 * re-check found new, the details offered for saving, and the one sentence of the last refusal. Every piece of
 * work that derives a key or writes the vault runs as a {@link Job} through {@link Jobs}, never on the FX thread.
 * A lock, of any kind, drops what was shown: the news and the details offered for saving.
 */
public final class VaultViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(VaultViewModel.class);
    private static final String MESSAGES = "org.exposurecheck.ui.messages";

    private final VaultSession session;
    private final VaultMonitor monitor;
    private final ObjectProperty<VaultStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<VaultRecheck.Checked> news = new SimpleObjectProperty<>();
    private final ObjectProperty<Profile> offered = new SimpleObjectProperty<>();
    private final ObjectProperty<Sentence> problem = new SimpleObjectProperty<>();
    private final ObjectProperty<Sentence> pendingNote = new SimpleObjectProperty<>();
    private final IntegerProperty running = new SimpleIntegerProperty();
    private final BooleanBinding busy = running.greaterThan(0);

    /** {@code session} must tell its listeners on the FX thread. */
    public VaultViewModel(VaultSession session, VaultMonitor monitor) {
        this.session = session;
        this.monitor = monitor;
        status.set(session.status());
        session.addListener(this::changed);
    }

    private void changed(VaultStatus now) {
        status.set(now);
        if (!now.unlocked()) {
            news.set(null);
            if (now.lastLock().isPresent() && now.lastLock().get() != LockReason.ASKED) {
                offered.set(null);
            }
        }
    }

    public ObjectProperty<VaultStatus> statusProperty() {
        return status;
    }

    public VaultStatus status() {
        return status.get();
    }

    /** What the last re-check in this session found, per saved profile; empty once the vault is locked. */
    public ObjectProperty<VaultRecheck.Checked> newsProperty() {
        return news;
    }

    /** Details the person asked to save from the results, until saved, dropped, or the app quick-exits. */
    public ObjectProperty<Profile> offeredProperty() {
        return offered;
    }

    public ObjectProperty<Sentence> problemProperty() {
        return problem;
    }

    /** "2 datasets changed since your last check", while the vault is locked and some did. */
    public ObjectProperty<Sentence> pendingNoteProperty() {
        return pendingNote;
    }

    /** True while the vault's work (an unlock, a save, a re-check) runs. */
    public BooleanBinding busyProperty() {
        return busy;
    }

    public void offer(Profile profile) {
        offered.set(profile);
    }

    /** The person did something: the idle time starts again. */
    public void touch() {
        session.touch();
    }

    /** Quick exit or the window closing: locks at once, whatever is running. */
    public void lockNow() {
        offered.set(null);
        session.lockNow();
    }

    public void lock() {
        session.lock();
    }

    /** Reads, off the FX thread, whether datasets changed since the locked vault's last check. */
    public void lookForChanges() {
        pendingNote.set(null);
        run("vault-pending", (progress, cancel) -> monitor.pendingNote(), note -> pendingNote.set(note.orElse(null)));
    }

    /** Makes a new vault; when details were offered, saves them under {@code label} in it. Both arrays are zeroed. */
    public void create(char[] passphrase, char[] confirmation, String label) {
        Profile toSave = offered.get();
        run("vault-create", (progress, cancel) -> {
            session.create(passphrase, confirmation);
            if (toSave != null) {
                session.addProfile(SavedProfile.added(label, toSave.identifiers(), toSave.photoProbes()));
            }
            return toSave;
        }, saved -> dropOffered(saved));
    }

    /** Opens the vault (about a second) and, when datasets changed since its last check, checks the saved profiles again. */
    public void unlock(char[] passphrase) {
        run("vault-unlock", (progress, cancel) -> {
            session.unlock(passphrase);
            return monitor.recheckIfChanged(progress, cancel);
        }, this::showNews);
    }

    /** Saves the offered details in the open vault under {@code label}. */
    public void saveOffered(String label) {
        Profile toSave = offered.get();
        if (toSave == null) {
            return;
        }
        run("vault-save", (progress, cancel) -> {
            session.addProfile(SavedProfile.added(label, toSave.identifiers(), toSave.photoProbes()));
            return toSave;
        }, this::dropOffered);
    }

    /** Re-encrypts the vault under a new passphrase (about two seconds); every array is zeroed. */
    public void changePassphrase(char[] current, char[] next, char[] again, Runnable then) {
        run("vault-passphrase", (progress, cancel) -> {
            session.changePassphrase(current, next, again);
            return Boolean.TRUE;
        }, changed -> then.run());
    }

    /** Checks the saved profiles again if datasets changed since their last check (a pack imported by hand, say). */
    public void recheckIfChanged() {
        run("vault-recheck-if-changed", monitor::recheckIfChanged, this::showNews);
    }

    /** Checks every saved profile again now. */
    public void recheck() {
        run("vault-recheck", monitor::recheck, this::showNews);
    }

    /** After an update: when it installed or replaced a dataset and the vault is open, the saved profiles are checked again. */
    public void afterUpdate(UpdateSummary summary) {
        if (!VaultMonitor.broughtChanges(summary)) {
            return;
        }
        if (!status.get().unlocked()) {
            lookForChanges();
            return;
        }
        run("vault-after-update", (progress, cancel) -> monitor.afterUpdate(summary, progress, cancel), this::showNews);
    }

    public void remove(String label) {
        run("vault-remove", (progress, cancel) -> {
            session.removeProfile(label);
            return label;
        }, removed -> { });
    }

    public void tick(String label, IdentifierType type, int step, boolean done) {
        run("vault-tick", (progress, cancel) -> {
            session.tick(label, type, step, done);
            return step;
        }, ticked -> { });
    }

    /**
     * Writes the printed summary of one saved profile's check in this session to {@code file}, in {@code language}, with
     * the steps of its checklist that are done; {@code then} hears where it went.
     */
    public void saveSummary(VaultRecheck.ProfileResult checked, Locale language, LocalDate today, Path file, Runnable then) {
        Optional<SavedProfile> profile = status.get().profiles().stream().filter(saved -> saved.label().equals(checked.label())).findFirst();
        if (profile.isEmpty()) {
            return;
        }
        PrintedSummary printed = PrintedSummaryComposer.compose(checked.report(), language, today, ResolutionChecklist.stepsDone(profile.get()));
        run("vault-summary", (progress, cancel) -> {
            SummaryFile.save(printed, language, file);
            return file;
        }, saved -> then.run());
    }

    /** Overwrites and deletes the vault and its note; needs no passphrase. */
    public void forgetEverything() {
        offered.set(null);
        run("vault-forget", (progress, cancel) -> session.forgetEverything(), forgotten -> pendingNote.set(null));
    }

    /** A re-check's news replaces the last; one that saved nothing (the vault locked meanwhile) leaves it. */
    private void showNews(Optional<VaultRecheck.Checked> checked) {
        checked.ifPresent(news::set);
    }

    private void dropOffered(Profile saved) {
        if (offered.get() == saved) {
            offered.set(null);
        }
    }

    /** Call on the FX thread: starts {@code work} as a job and, if it succeeds, hands its result to {@code then} there. */
    private <T> void run(String name, Job.Work<T> work, java.util.function.Consumer<T> then) {
        problem.set(null);
        running.set(running.get() + 1);
        Jobs.Running<T> job = Jobs.start(name, new Job<>(work));
        job.whenEnded(ended -> {
            running.set(running.get() - 1);
            switch (ended.state()) {
                case SUCCEEDED -> then.accept(ended.result().orElse(null));
                case FAILED -> {
                    problem.set(ended.refusal().orElse(Sentence.of(MESSAGES, "form.error.unexpected")));
                    ended.failure().filter(failure -> ended.refusal().isEmpty())
                            .ifPresent(failure -> LOG.error("The vault's {} failed unexpectedly", name, failure));
                }
                default -> {
                }
            }
        });
    }
}
