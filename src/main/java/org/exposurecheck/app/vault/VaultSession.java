package org.exposurecheck.app.vault;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.UnaryOperator;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.store.vault.CheckedPacksNote;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultContents;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultFile;
import org.exposurecheck.store.vault.VaultKdf;
import org.exposurecheck.store.vault.VaultRefusal;
import org.exposurecheck.token.KdfParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one open (or closed) vault: create, unlock, lock, forget, and the changes a person makes to their
 * saved profiles. It locks itself after {@code idleLimit} without {@link #touch() activity}, and at once on
 * {@link #lockNow quick exit}; locking zeroes the key and lets go of the contents. Passphrases arrive as
 * {@code char[]} and are zeroed before any method returns, whatever happens.
 *
 * <p>Thread-safe. Deriving the key (about a second) happens outside the session's lock, so {@link #lockNow} is
 * never held up by an unlock or a re-check in progress: a vault whose unlock finishes after a lock is closed
 * at once. Listeners hear every change through the executor given (the app passes its UI thread's), never
 * while the session is locked.
 */
public final class VaultSession implements AutoCloseable {
    /** The default idle time before the vault locks itself. */
    public static final Duration DEFAULT_IDLE_LIMIT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(VaultSession.class);

    public enum State {
        /** No vault in the data directory. */
        NO_VAULT,
        LOCKED,
        UNLOCKED
    }

    /** Hears the vault's new status after every change. */
    @FunctionalInterface
    public interface Listener {
        void vaultChanged(VaultStatus status);
    }

    private final VaultFile file;
    private final CheckedPacksNote note;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Duration idleLimit;
    private final Executor notifications;
    private final KdfParameters newVaultCost;
    private final InstalledSequences installed;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    private UnlockedVault vault;
    /** Grows with every lock, so an unlock or re-check begun before a lock cannot bring the vault back. */
    private long generation;
    private Instant lastActivity;
    private Scheduler.Scheduled idleCheck;
    private Optional<LockReason> lastLock = Optional.empty();

    public VaultSession(Path dataDir, Clock clock, Scheduler scheduler, Duration idleLimit, Executor notifications) {
        this(dataDir, clock, scheduler, idleLimit, notifications, VaultKdf.DEFAULT_COST);
    }

    /** {@code newVaultCost}: what a vault made here costs to unlock; the app always uses {@link VaultKdf#DEFAULT_COST}, tests a cheap one. */
    public VaultSession(Path dataDir, Clock clock, Scheduler scheduler, Duration idleLimit, Executor notifications, KdfParameters newVaultCost) {
        if (idleLimit.isNegative() || idleLimit.isZero()) {
            throw new IllegalArgumentException("the idle limit must be positive");
        }
        this.file = new VaultFile(dataDir);
        this.note = new CheckedPacksNote(dataDir);
        this.clock = clock;
        this.scheduler = scheduler;
        this.idleLimit = idleLimit;
        this.notifications = notifications;
        this.newVaultCost = newVaultCost;
        this.installed = InstalledSequences.of(dataDir);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    public synchronized VaultStatus status() {
        State state = vault != null ? State.UNLOCKED : file.exists() ? State.LOCKED : State.NO_VAULT;
        return new VaultStatus(state, vault != null ? vault.contents().profiles() : List.of(), lastLock);
    }

    /**
     * Makes a new, empty vault and leaves it unlocked. Both arrays are zeroed. Refused when they differ, when the
     * passphrase is empty or too easy to guess (see {@link PassphraseRating}), or when a vault exists.
     */
    public void create(char[] passphrase, char[] confirmation) throws VaultException {
        try (Passphrase chosen = Passphrase.wrap(passphrase); Passphrase again = Passphrase.wrap(confirmation)) {
            if (!chosen.sameAs(again)) {
                throw VaultRefusal.PASSPHRASES_DIFFER.exception();
            }
            long started = generationNow();
            UnlockedVault created = file.create(chosen, newVaultCost);
            // An empty vault has nothing to check: the packs installed now are not news to it.
            writeNote(installed);
            install(created, started);
        }
    }

    /** Opens the vault with {@code passphrase}, which is zeroed. Takes about a second: call it off the UI thread. */
    public void unlock(char[] passphrase) throws VaultException {
        unlock(passphrase, file::unlock);
    }

    /** How the vault file is opened; a test stands in to press quick exit while the key is being derived. */
    @FunctionalInterface
    interface Opener {
        UnlockedVault open(Passphrase passphrase) throws VaultException;
    }

    void unlock(char[] passphrase, Opener opener) throws VaultException {
        long started = generationNow();
        UnlockedVault opened;
        try (Passphrase typed = Passphrase.wrap(passphrase)) {
            opened = opener.open(typed);
        }
        install(opened, started);
    }

    /**
     * Re-encrypts the open vault under {@code next} (typed twice), with a fresh salt, at the cost new vaults are made
     * with; {@code current} must be its passphrase now. Takes about two seconds (two keys): call it off the UI thread.
     * The file is replaced atomically while no other save can run; a lock meanwhile keeps the old passphrase. Every
     * array is zeroed.
     */
    public void changePassphrase(char[] current, char[] next, char[] again) throws VaultException {
        try (Passphrase now = Passphrase.wrap(current); Passphrase chosen = Passphrase.wrap(next); Passphrase repeated = Passphrase.wrap(again)) {
            if (!chosen.sameAs(repeated)) {
                throw VaultRefusal.PASSPHRASES_DIFFER.exception();
            }
            Opened opened = opened();
            try (VaultFile.NewPassphrase prepared = file.prepareNewPassphrase(opened.vault(), now, chosen, newVaultCost)) {
                synchronized (this) {
                    if (opened.generation() != generation || vault != opened.vault()) {
                        throw VaultRefusal.LOCKED.exception();
                    }
                    UnlockedVault rekeyed = prepared.saveWith(vault.contents());
                    vault.close();
                    vault = rekeyed;
                    lastActivity = clock.instant();
                }
            }
        }
        notifyListeners();
    }

    /** Locks the vault: its key is zeroed and its contents let go. Nothing happens when it is not open. */
    public void lock() {
        lock(LockReason.ASKED);
    }

    /** Quick exit: locks at once, from any thread, even while an unlock or a re-check is still running. */
    public void lockNow() {
        lock(LockReason.QUICK_EXIT);
    }

    /**
     * Deletes the vault (overwritten, then deleted: see {@link #forgettingLeavesCopies()}) and the note of which
     * datasets it was last checked against. Needs no passphrase. Returns whether there was a vault.
     */
    public boolean forgetEverything() throws VaultException {
        lock(LockReason.ASKED);
        boolean forgotten;
        synchronized (this) {
            forgotten = file.forget();
            lastLock = Optional.empty();
        }
        LOG.info("Forgot the vault at the person's request");
        notifyListeners();
        return forgotten;
    }

    /** What to tell a person before they forget the vault: where copies may survive. */
    public static org.exposurecheck.base.Sentence forgettingLeavesCopies() {
        return VaultTexts.sentence("forget.copies");
    }

    /** The person did something: the idle time starts again. Cheap enough to call on every key press. */
    public synchronized void touch() {
        if (vault != null) {
            lastActivity = clock.instant();
        }
    }

    public void addProfile(SavedProfile profile) throws VaultException {
        change(contents -> contents.withAdded(profile));
    }

    public void replaceProfile(SavedProfile profile) throws VaultException {
        change(contents -> contents.withReplaced(profile));
    }

    public void removeProfile(String label) throws VaultException {
        change(contents -> contents.without(label));
    }

    /** Marks step {@code step} (from 1) of the advice for {@code type} done or not done for one saved profile. */
    public void tick(String label, IdentifierType type, int step, boolean done) throws VaultException {
        change(contents -> ResolutionChecklist.withTick(contents, label, type, step, done));
    }

    /** A change to the contents of the open vault, saved at once. */
    @FunctionalInterface
    interface Change {
        VaultContents apply(VaultContents contents) throws VaultException;
    }

    void change(Change change) throws VaultException {
        synchronized (this) {
            UnlockedVault open = requireUnlocked();
            open.save(change.apply(open.contents()));
            lastActivity = clock.instant();
        }
        notifyListeners();
    }

    /** The open vault, its contents and the generation it belongs to, for work that runs long outside the session's lock. */
    record Opened(UnlockedVault vault, long generation, VaultContents contents) {
    }

    synchronized Opened opened() throws VaultException {
        UnlockedVault open = requireUnlocked();
        return new Opened(open, generation, open.contents());
    }

    /**
     * Saves what long work (a re-check) made of {@code opened}'s contents, unless the vault was locked meanwhile:
     * then nothing is saved and this returns false.
     */
    boolean saveIfStillOpen(Opened opened, UnaryOperator<VaultContents> update) throws VaultException {
        synchronized (this) {
            if (opened.generation() != generation || vault != opened.vault()) {
                return false;
            }
            vault.save(update.apply(vault.contents()));
            lastActivity = clock.instant();
        }
        notifyListeners();
        return true;
    }

    /** Notes which datasets the vault has now been checked against; a note that cannot be written only means asking again later. */
    void writeNote(InstalledSequences checked) {
        try {
            note.write(checked.current());
        } catch (ExplainedException failed) {
            LOG.warn("Could not note which datasets the vault was checked against: {}", failed.getMessage());
        }
    }

    CheckedPacksNote note() {
        return note;
    }

    @Override
    public void close() {
        lock(LockReason.QUICK_EXIT);
    }

    private synchronized long generationNow() {
        return generation;
    }

    private void install(UnlockedVault opened, long startedAt) {
        synchronized (this) {
            if (startedAt != generation || vault != null) {
                // Locked (quick exit) while the key was being derived, or opened twice: this one is not kept.
                opened.close();
                return;
            }
            vault = opened;
            lastLock = Optional.empty();
            lastActivity = clock.instant();
            scheduleIdleCheck(idleLimit);
        }
        notifyListeners();
    }

    private void lock(LockReason reason) {
        synchronized (this) {
            generation++;
            if (idleCheck != null) {
                idleCheck.cancel();
                idleCheck = null;
            }
            if (vault == null) {
                return;
            }
            vault.close();
            vault = null;
            lastLock = Optional.of(reason);
        }
        LOG.info("Locked the vault ({})", reason);
        notifyListeners();
    }

    private void scheduleIdleCheck(Duration delay) {
        long scheduledFor = generation;
        idleCheck = scheduler.schedule(() -> idleCheck(scheduledFor), delay);
    }

    /** Locks when the idle time has passed since the last activity; otherwise looks again when it would have. */
    private void idleCheck(long scheduledFor) {
        synchronized (this) {
            if (scheduledFor != generation || vault == null) {
                return;
            }
            Duration idle = Duration.between(lastActivity, clock.instant());
            if (idle.compareTo(idleLimit) < 0) {
                scheduleIdleCheck(idleLimit.minus(idle));
                return;
            }
        }
        lock(LockReason.IDLE);
    }

    private UnlockedVault requireUnlocked() throws VaultException {
        if (vault == null) {
            throw VaultRefusal.LOCKED.exception();
        }
        return vault;
    }

    private void notifyListeners() {
        VaultStatus status = status();
        for (Listener listener : listeners) {
            notifications.execute(() -> listener.vaultChanged(status));
        }
    }
}
