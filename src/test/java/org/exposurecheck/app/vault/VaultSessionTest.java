package org.exposurecheck.app.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.store.vault.CheckedPacksNote;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.UnlockedVault;
import org.exposurecheck.store.vault.VaultException;
import org.exposurecheck.store.vault.VaultFile;
import org.exposurecheck.store.vault.VaultRefusal;
import org.exposurecheck.token.KdfParameters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's vault session: unlock, lock, idle lock on a fake clock, quick exit, forget; keys and passphrases wiped. */
class VaultSessionTest {
    static final String PASSPHRASE = "plinth mango quarry velvet ochre";
    static final KdfParameters CHEAP = new KdfParameters(64, 1, 1);
    private static final Duration IDLE = Duration.ofMinutes(10);

    @TempDir
    Path dir;
    private final FakeTime time = new FakeTime(Instant.parse("2026-12-03T21:00:00Z"));
    private final List<VaultStatus> heard = new ArrayList<>();
    private VaultSession session;

    @BeforeEach
    void newSession() {
        session = session(dir);
        session.addListener(heard::add);
    }

    private VaultSession session(Path dataDir) {
        return new VaultSession(dataDir, time, time, IDLE, Runnable::run, CHEAP);
    }

    static char[] typed(String passphrase) {
        return passphrase.toCharArray();
    }

    private void createAndAddAProfile() throws VaultException {
        session.create(typed(PASSPHRASE), typed(PASSPHRASE));
        session.addProfile(SavedProfile.added("me", List.of(new Identifier(IdentifierType.PHONE, "9123 4567")), List.of()));
    }

    @Test
    void aNewVaultIsOpenAndListenersHearEachChangeWithoutTheProfilesOnceLocked() throws Exception {
        assertThat(session.status().state()).isEqualTo(VaultSession.State.NO_VAULT);
        createAndAddAProfile();
        assertThat(session.status().unlocked()).isTrue();
        assertThat(session.status().profiles()).extracting(SavedProfile::label).containsExactly("me");

        session.lock();

        assertThat(heard).extracting(VaultStatus::state).containsExactly(VaultSession.State.UNLOCKED, VaultSession.State.UNLOCKED,
                VaultSession.State.LOCKED);
        assertThat(heard.get(2).profiles()).isEmpty();
        assertThat(heard.get(2).lastLock()).contains(LockReason.ASKED);
        assertThat(heard.get(2).toString()).doesNotContain("me");
        assertThatThrownBy(() -> session.removeProfile("me")).isInstanceOf(VaultException.class)
                .satisfies(locked -> assertThat(((VaultException) locked).is(VaultRefusal.LOCKED)).isTrue());
    }

    @Test
    void aChangedPassphraseKeepsTheVaultOpenAndIsTheOneThatUnlocksItNextTimeEveryArrayZeroed() throws Exception {
        createAndAddAProfile();
        String next = "harbour lantern violet orchard seven";
        char[] current = typed(PASSPHRASE);
        char[] chosen = typed(next);
        char[] again = typed(next + "!");
        assertThatThrownBy(() -> session.changePassphrase(current, chosen, again)).isInstanceOf(VaultException.class)
                .hasMessage("The two passphrases you typed are not the same.");
        assertThat(current).as("zeroed when refused").containsOnly('\0');
        assertThat(chosen).containsOnly('\0');
        assertThat(again).containsOnly('\0');

        char[] fresh = typed(next);
        session.changePassphrase(typed(PASSPHRASE), fresh, typed(next));
        assertThat(fresh).as("zeroed when taken").containsOnly('\0');
        assertThat(session.status().unlocked()).isTrue();
        session.tick("me", IdentifierType.PHONE, 1, true);
        session.lock();

        assertThatThrownBy(() -> session.unlock(typed(PASSPHRASE))).isInstanceOf(VaultException.class);
        session.unlock(typed(next));
        assertThat(session.status().profiles()).singleElement()
                .satisfies(profile -> assertThat(profile.checklist().ticked()).containsKey(IdentifierType.PHONE));
    }

    @Test
    void passphrasesAreZeroedWhetherTheyOpenTheVaultOrNot() throws Exception {
        char[] first = typed(PASSPHRASE);
        char[] confirmation = typed(PASSPHRASE);
        session.create(first, confirmation);
        session.lock();
        char[] wrong = typed("some other five words here");
        assertThatThrownBy(() -> session.unlock(wrong)).isInstanceOf(VaultException.class).hasMessageContaining("does not open the vault");
        char[] right = typed(PASSPHRASE);
        session.unlock(right);
        char[] differs = typed("plinth mango quarry velvet ochrx");
        char[] other = typed(PASSPHRASE);
        assertThatThrownBy(() -> session(dir.resolve("second")).create(differs, other)).isInstanceOf(VaultException.class)
                .hasMessageContaining("not the same");

        for (char[] array : List.of(first, confirmation, wrong, right, differs, other)) {
            assertThat(array).containsOnly('\0');
        }
        assertThat(session.status().unlocked()).isTrue();
    }

    @Test
    void itLocksItselfAfterTheIdleTimeWithoutActivityAndNotBefore() throws Exception {
        createAndAddAProfile();
        time.advance(Duration.ofMinutes(9));
        session.touch();
        time.advance(Duration.ofMinutes(9));
        assertThat(session.status().unlocked()).as("18 minutes open, but never 10 without use").isTrue();

        time.advance(Duration.ofMinutes(1).plusSeconds(1));

        assertThat(session.status().state()).isEqualTo(VaultSession.State.LOCKED);
        assertThat(session.status().lastLock()).contains(LockReason.IDLE);
        assertThat(time.pendingTasks()).as("nothing left to wake up for").isZero();
    }

    @Test
    void savingAChangeCountsAsActivity() throws Exception {
        createAndAddAProfile();
        time.advance(Duration.ofMinutes(8));
        session.tick("me", IdentifierType.PHONE, 1, true);
        time.advance(Duration.ofMinutes(8));
        assertThat(session.status().unlocked()).isTrue();
        time.advance(Duration.ofMinutes(3));
        assertThat(session.status().unlocked()).isFalse();
    }

    @Test
    void quickExitZeroesTheKeyInMemory() throws Exception {
        createAndAddAProfile();
        byte[] key = keyBytesInMemory(session);
        assertThat(key).as("positive control: while open, the key is in memory").isNotEqualTo(new byte[key.length]);

        session.lockNow();

        assertThat(key).as("the same array, after quick exit").containsOnly((byte) 0);
        assertThat(session.status().lastLock()).contains(LockReason.QUICK_EXIT);
        assertThat(session.status().profiles()).isEmpty();
    }

    @Test
    void anUnlockThatFinishesAfterAQuickExitIsClosedAtOnce() throws Exception {
        createAndAddAProfile();
        session.lock();
        List<UnlockedVault> derived = new ArrayList<>();

        // Quick exit pressed while the key is being derived (which takes a second at the real cost).
        session.unlock(typed(PASSPHRASE), passphrase -> {
            UnlockedVault opened = new VaultFile(dir).unlock(passphrase);
            derived.add(opened);
            session.lockNow();
            return opened;
        });

        assertThat(session.status().state()).isEqualTo(VaultSession.State.LOCKED);
        assertThat(derived).singleElement().satisfies(vault -> assertThat(vault.isLocked()).as("its key was zeroed").isTrue());
        session.unlock(typed(PASSPHRASE));
        assertThat(session.status().unlocked()).as("positive control: the same unlock without a quick exit opens it").isTrue();
    }

    @Test
    void forgettingEverythingErasesTheVaultAndTheNoteAndNeedsNoPassphrase() throws Exception {
        createAndAddAProfile();
        assertThat(dir.resolve(CheckedPacksNote.FILE_NAME)).exists();
        session.lock();

        assertThat(session.forgetEverything()).isTrue();

        assertThat(dir.resolve(VaultFile.FILE_NAME)).doesNotExist();
        assertThat(dir.resolve(CheckedPacksNote.FILE_NAME)).doesNotExist();
        assertThat(session.status().state()).isEqualTo(VaultSession.State.NO_VAULT);
        assertThat(Files.list(dir).map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith(".vault-"));
        assertThat(VaultSession.forgettingLeavesCopies().inEnglish()).contains("SSD").contains("backups");
    }

    @Test
    void aWrongStepOrLabelIsOneSentenceAndChangesNothing() throws Exception {
        createAndAddAProfile();
        assertThatThrownBy(() -> session.tick("me", IdentifierType.PHONE, 99, true)).isInstanceOf(VaultException.class)
                .hasMessage("The advice for phone has no step 99.");
        assertThatThrownBy(() -> session.tick("nobody", IdentifierType.PHONE, 1, true)).isInstanceOf(VaultException.class)
                .hasMessage("No saved profile has that label.");
        assertThat(session.status().profiles().get(0).checklist().ticked(IdentifierType.PHONE)).isEmpty();
        assertThat(session.status().profiles().get(0).lastCheck()).isEqualTo(Optional.empty());
    }

    @Test
    void listenersHearThroughTheExecutorGivenNeverInsideTheCallThatChangedTheVault() throws Exception {
        List<Runnable> uiQueue = new ArrayList<>();
        VaultSession queued = new VaultSession(dir.resolve("queued"), time, time, IDLE, uiQueue::add, CHEAP);
        List<VaultSession.State> states = new ArrayList<>();
        queued.addListener(status -> states.add(status.state()));

        queued.create(typed(PASSPHRASE), typed(PASSPHRASE));
        queued.lockNow();
        assertThat(states).as("nothing until the UI thread runs its queue").isEmpty();

        uiQueue.forEach(Runnable::run);
        assertThat(states).containsExactly(VaultSession.State.UNLOCKED, VaultSession.State.LOCKED);
    }

    @Test
    void theRealSchedulerRunsATaskOnADaemonThread() throws Exception {
        java.util.concurrent.CountDownLatch ran = new java.util.concurrent.CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        Scheduler.daemonThread("vault-idle-lock-test").schedule(() -> {
            threads.add(Thread.currentThread());
            ran.countDown();
        }, Duration.ofMillis(1));

        assertThat(ran.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(threads).singleElement().satisfies(thread -> {
            assertThat(thread.isDaemon()).as("a pending idle lock never keeps the app alive").isTrue();
            assertThat(thread.getName()).isEqualTo("vault-idle-lock-test");
        });
    }

    /** What someone reading the process's memory would find: the key array the open vault holds. */
    static byte[] keyBytesInMemory(VaultSession session) throws ReflectiveOperationException {
        UnlockedVault vault = (UnlockedVault) field(session, "vault");
        Object key = field(vault, "key");
        return (byte[]) field(key, "bytes");
    }

    private static Object field(Object owner, String name) throws ReflectiveOperationException {
        Field field = owner.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
