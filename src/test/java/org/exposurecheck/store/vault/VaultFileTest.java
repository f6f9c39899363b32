package org.exposurecheck.store.vault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.token.KdfParameters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The vault file as an attacker holding the computer meets it: every byte flipped and every truncation is
 * refused in one sentence and nothing is overwritten; a wrong passphrase is told apart from damage; saves
 * use a new nonce; forgetting overwrites the bytes before deleting them.
 */
class VaultFileTest {
    /** Cheap enough to try thousands of unlocks; the real cost is {@link VaultKdf#DEFAULT_COST}. */
    static final KdfParameters CHEAP = new KdfParameters(64, 1, 1);
    static final String PASSPHRASE = "plinth mango quarry velvet ochre";

    @TempDir
    Path dir;

    static Passphrase passphrase(String text) {
        return Passphrase.wrap(text.toCharArray());
    }

    static VaultContents someContents() throws VaultException {
        Profile persona = SyntheticDataset.generate(4, 2, 3).personas().get(0);
        SavedProfile saved = SavedProfile.added("me", persona.identifiers(), List.of(new PhotoHash(0x0123456789abcdefL, -2L)))
                .withLastCheck(new CheckHistory(Instant.parse("2026-11-28T10:00:00Z"), Map.of("leak", 3L),
                        List.of(new SeenRecord("leak", "00112233aabbccdd", EnumSet.of(IdentifierType.NAME, IdentifierType.PHONE)),
                                new SeenRecord("leak", "77c1aa", EnumSet.of(IdentifierType.ADDRESS), Optional.of(new SeenRecord.Traits(
                                        "journalist", "hkleaks", Optional.of(java.time.LocalDate.of(2019, 8, 20))))),
                                new SeenRecord("leak", "0f3a", EnumSet.of(IdentifierType.HKID), Optional.of(new SeenRecord.Traits(
                                        "other", "other", Optional.empty()))))))
                .withChecklist(Checklist.EMPTY.tick(IdentifierType.PHONE, 2));
        return VaultContents.EMPTY.withAdded(saved);
    }

    private Path savedVault() throws VaultException {
        VaultFile file = new VaultFile(dir);
        try (UnlockedVault vault = file.create(passphrase(PASSPHRASE), CHEAP)) {
            vault.save(someContents());
        }
        return file.path();
    }

    @Test
    void whatIsSavedComesBackUnderThePassphrase() throws Exception {
        savedVault();
        try (UnlockedVault vault = new VaultFile(dir).unlock(passphrase(PASSPHRASE))) {
            assertThat(vault.contents()).isEqualTo(someContents());
            VaultContents more = vault.contents().withAdded(SavedProfile.added("mum", List.of(), List.of()));
            vault.save(more);
        }
        try (UnlockedVault vault = new VaultFile(dir).unlock(passphrase(PASSPHRASE))) {
            assertThat(vault.contents().profiles()).extracting(SavedProfile::label).containsExactly("me", "mum");
        }
    }

    @Test
    void aChangedPassphraseOpensTheSameContentsUnderAFreshSaltAndTheOldOneNoLonger() throws Exception {
        Path path = savedVault();
        VaultFile file = new VaultFile(dir);
        String next = "harbour lantern violet orchard seven";
        KdfParameters dearer = new KdfParameters(128, 2, 1);
        try (UnlockedVault vault = file.unlock(passphrase(PASSPHRASE))) {
            byte[] before = Files.readAllBytes(path);
            assertThatThrownBy(() -> file.prepareNewPassphrase(vault, passphrase("plinth mango quarry velvet ochra"), passphrase(next), dearer))
                    .isInstanceOf(VaultException.class).hasMessage("That passphrase does not open the vault; check it and try again.");
            assertThatThrownBy(() -> file.prepareNewPassphrase(vault, passphrase(PASSPHRASE), passphrase("password1"), dearer))
                    .isInstanceOf(VaultException.class).hasMessageContaining("too easy to guess");
            assertThat(Files.readAllBytes(path)).as("a refused change writes nothing").isEqualTo(before);

            try (VaultFile.NewPassphrase prepared = file.prepareNewPassphrase(vault, passphrase(PASSPHRASE), passphrase(next), dearer);
                 UnlockedVault rekeyed = prepared.saveWith(vault.contents())) {
                assertThat(rekeyed.isLocked()).as("the new key stays with the vault open under it").isFalse();
                assertThat(VaultHeader.read(Files.readAllBytes(path), path).salt()).as("a fresh salt")
                        .isNotEqualTo(VaultHeader.read(before, path).salt());
                assertThat(VaultHeader.read(Files.readAllBytes(path), path).cost()).isEqualTo(dearer);
            }
        }
        assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE))).isInstanceOf(VaultException.class)
                .hasMessage("That passphrase does not open the vault; check it and try again.");
        try (UnlockedVault vault = file.unlock(passphrase(next))) {
            assertThat(vault.contents()).isEqualTo(someContents());
        }
        assertThat(listing()).as("replaced atomically: no part file left").containsExactly(VaultFile.FILE_NAME);
    }

    @Test
    void aNewVaultIsEmptyOwnerOnlyAndRefusesToReplaceAnExistingOne() throws Exception {
        VaultFile file = new VaultFile(dir);
        try (UnlockedVault vault = file.create(passphrase(PASSPHRASE), CHEAP)) {
            assertThat(vault.contents()).isEqualTo(VaultContents.EMPTY);
        }
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file.path()))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        byte[] before = Files.readAllBytes(file.path());
        assertThatThrownBy(() -> file.create(passphrase("another quite long passphrase here"), CHEAP))
                .isInstanceOf(VaultException.class).hasMessageContaining("already exists");
        assertThat(Files.readAllBytes(file.path())).isEqualTo(before);
        assertThat(listing()).containsExactly(VaultFile.FILE_NAME);
    }

    @Test
    void aWrongPassphraseIsOneSentenceAndChangesNothing() throws Exception {
        Path vault = savedVault();
        byte[] before = Files.readAllBytes(vault);
        assertThatThrownBy(() -> new VaultFile(dir).unlock(passphrase("plinth mango quarry velvet ochra")))
                .isInstanceOf(VaultException.class)
                .satisfies(e -> assertThat(((VaultException) e).is(VaultRefusal.WRONG_PASSPHRASE)).isTrue())
                .hasMessage("That passphrase does not open the vault; check it and try again.");
        assertThat(Files.readAllBytes(vault)).isEqualTo(before);
    }

    @Test
    void everyByteFlippedIsRefusedAndTheFileIsLeftAsItIs() throws Exception {
        Path vault = savedVault();
        byte[] original = Files.readAllBytes(vault);
        assertThat(original.length).as("a header and at least one padded block").isGreaterThan(VaultHeader.LENGTH + 4096);
        VaultFile file = new VaultFile(dir);
        for (int i = 0; i < original.length; i++) {
            // Bit 0 in odd bytes, bit 7 in even ones: the lowest and the highest bit of every field are reached.
            int mask = i % 2 == 1 ? 0x01 : 0x80;
            byte[] flipped = original.clone();
            flipped[i] ^= (byte) mask;
            Files.write(vault, flipped);
            VaultRefusal expected = i < VaultHeader.MAGIC.length ? VaultRefusal.NOT_A_VAULT : VaultRefusal.DAMAGED;
            int position = i;
            assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE)).close()).as("byte %d ^ %x", i, mask)
                    .isInstanceOf(VaultException.class)
                    .satisfies(e -> assertThat(((VaultException) e).is(expected)).as("byte %d: %s", position, e.getMessage()).isTrue());
            assertThat(Files.readAllBytes(vault)).as("byte %d left as it was", i).isEqualTo(flipped);
        }
        Files.write(vault, original);
        try (UnlockedVault unlocked = file.unlock(passphrase(PASSPHRASE))) {
            assertThat(unlocked.contents()).isEqualTo(someContents());
        }
        assertThat(listing()).containsExactly(VaultFile.FILE_NAME);
    }

    @Test
    void truncationsAndAnAppendedByteAreRefusedAsDamage() throws Exception {
        Path vault = savedVault();
        byte[] original = Files.readAllBytes(vault);
        VaultFile file = new VaultFile(dir);
        for (int length = 0; length <= original.length; length += length < VaultHeader.LENGTH + 32 || length > original.length - 32 ? 1 : 13) {
            byte[] cut = length < original.length ? Arrays.copyOf(original, length) : Arrays.copyOf(original, length + 1);
            Files.write(vault, cut);
            assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE)).close()).as("length %d", cut.length)
                    .isInstanceOf(VaultException.class)
                    .hasMessage("The vault " + vault + " is damaged or was altered, so it was not opened; it was left exactly as it is.");
            assertThat(Files.readAllBytes(vault)).isEqualTo(cut);
        }
    }

    @Test
    void anotherFileIsNotAVaultAndAMissingVaultSaysSo() throws Exception {
        Files.writeString(dir.resolve(VaultFile.FILE_NAME), "{\"profiles\": []}");
        assertThatThrownBy(() -> new VaultFile(dir).unlock(passphrase(PASSPHRASE)))
                .hasMessage("The file " + dir.resolve(VaultFile.FILE_NAME) + " is not an Exposure Check vault, so it was not opened.");
        Path empty = dir.resolve("empty");
        assertThatThrownBy(() -> new VaultFile(empty).unlock(passphrase(PASSPHRASE)))
                .hasMessage("There is no vault in " + empty.toAbsolutePath() + " yet.");
    }

    /**
     * An attacker who knows the header's checksum is unkeyed can recompute it: an absurd KDF cost is still
     * refused before any memory is allocated, a plausible one only yields "wrong passphrase", and a vault
     * written by a newer version asks for an update.
     */
    @Test
    void anAlteredHeaderWithARecomputedChecksumOpensNothing() throws Exception {
        Path vault = savedVault();
        byte[] original = Files.readAllBytes(vault);
        VaultFile file = new VaultFile(dir);

        Files.write(vault, withRecomputedChecksum(original, buffer -> buffer.putInt(13, Integer.MAX_VALUE)));
        assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE))).satisfies(e -> assertThat(((VaultException) e).is(VaultRefusal.DAMAGED)).isTrue());

        Files.write(vault, withRecomputedChecksum(original, buffer -> buffer.putInt(17, 2)));
        assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE)))
                .satisfies(e -> assertThat(((VaultException) e).is(VaultRefusal.WRONG_PASSPHRASE)).isTrue());

        Files.write(vault, withRecomputedChecksum(original, buffer -> buffer.put(39, (byte) (buffer.get(39) ^ 1))));
        assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE))).as("the nonce is authenticated with the rest")
                .satisfies(e -> assertThat(((VaultException) e).is(VaultRefusal.DAMAGED)).isTrue());

        Files.write(vault, withRecomputedChecksum(original, buffer -> buffer.putShort(8, (short) 2)));
        assertThatThrownBy(() -> file.unlock(passphrase(PASSPHRASE))).hasMessageContaining("saved by a newer version");
    }

    /** A header from another vault with the same passphrase (other salt) does not open this vault's body. */
    @Test
    void aHeaderFromAnotherVaultDoesNotOpenThisBody() throws Exception {
        Path vault = savedVault();
        Path otherDir = dir.resolve("other");
        try (UnlockedVault other = new VaultFile(otherDir).create(passphrase(PASSPHRASE), CHEAP)) {
            other.save(someContents());
        }
        byte[] mixed = Files.readAllBytes(vault);
        System.arraycopy(Files.readAllBytes(otherDir.resolve(VaultFile.FILE_NAME)), 0, mixed, 0, VaultHeader.LENGTH);
        Files.write(vault, mixed);
        assertThatThrownBy(() -> new VaultFile(dir).unlock(passphrase(PASSPHRASE)))
                .satisfies(e -> assertThat(((VaultException) e).is(VaultRefusal.DAMAGED)).isTrue());
    }

    @Test
    void everySaveUsesAFreshNonceAndHidesTheSizeOfWhatIsSaved() throws Exception {
        Path vault = savedVault();
        byte[] first = Files.readAllBytes(vault);
        try (UnlockedVault unlocked = new VaultFile(dir).unlock(passphrase(PASSPHRASE))) {
            unlocked.save(unlocked.contents());
        }
        byte[] second = Files.readAllBytes(vault);
        assertThat(Arrays.copyOfRange(second, 39, 51)).as("nonce").isNotEqualTo(Arrays.copyOfRange(first, 39, 51));
        assertThat(Arrays.copyOfRange(second, 0, 39)).as("magic, version, cost, salt").isEqualTo(Arrays.copyOfRange(first, 0, 39));
        assertThat(Arrays.copyOfRange(second, VaultHeader.LENGTH, second.length))
                .isNotEqualTo(Arrays.copyOfRange(first, VaultHeader.LENGTH, first.length));

        Path emptyDir = dir.resolve("empty");
        new VaultFile(emptyDir).create(passphrase(PASSPHRASE), CHEAP).close();
        assertThat(Files.size(emptyDir.resolve(VaultFile.FILE_NAME))).as("an empty vault and one with a profile are the same size")
                .isEqualTo(second.length);
    }

    @Test
    void composedAndDecomposedAccentsAreTheSamePassphrase() throws Exception {
        new VaultFile(dir).create(passphrase("caf\u00e9 plinth mango quarry velvet"), CHEAP).close();
        try (UnlockedVault vault = new VaultFile(dir).unlock(passphrase("cafe\u0301 plinth mango quarry velvet"))) {
            assertThat(vault.contents()).isEqualTo(VaultContents.EMPTY);
        }
    }

    @Test
    void emptyAndGuessablePassphrasesAreRefusedAndNoFileIsWritten() {
        assertThatThrownBy(() -> new VaultFile(dir).create(passphrase(""), CHEAP)).hasMessage("The passphrase is empty.");
        assertThatThrownBy(() -> new VaultFile(dir).create(passphrase("password123"), CHEAP)).hasMessageStartingWith("This passphrase is too easy to guess");
        assertThat(new VaultFile(dir).exists()).isFalse();
    }

    @Test
    void aLockedVaultHasWipedItsKeyAndCanNeitherShowNorSave() throws Exception {
        savedVault();
        UnlockedVault vault = new VaultFile(dir).unlock(passphrase(PASSPHRASE));
        assertThat(vault.toString()).doesNotContain("me").contains("redacted");
        vault.close();
        assertThat(vault.isLocked()).isTrue();
        assertThatThrownBy(vault::contents).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> vault.save(VaultContents.EMPTY)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closingAKeyZeroesItsBytes() {
        byte[] bytes = {1, 2, 3, 4};
        VaultKey key = new VaultKey(bytes);
        assertThat(key.toString()).isEqualTo("VaultKey[<redacted>]");
        key.close();
        assertThat(bytes).containsOnly((byte) 0);
        assertThatThrownBy(key::bytes).isInstanceOf(IllegalStateException.class);
    }

    /**
     * Another name for the same file (a hard link, as a backup tool or an attacker might hold) shows the old
     * bytes after a plain delete — the positive control — but only noise after {@code forget}.
     */
    @Test
    void forgettingOverwritesTheBytesBeforeDeletingThem() throws Exception {
        Path vault = savedVault();
        byte[] original = Files.readAllBytes(vault);
        Path control = dir.resolve("control-link");
        Files.createLink(control, vault);
        Path copy = dir.resolve("copy-of-vault");
        Files.copy(vault, copy);
        Files.delete(vault);
        assertThat(Files.readAllBytes(control)).as("a plain delete leaves the bytes").isEqualTo(original);
        Files.delete(control);

        Files.move(copy, vault);
        Path link = dir.resolve("link");
        Files.createLink(link, vault);
        Path leftOver = Files.write(dir.resolve(DurableFiles.PART_PREFIX + "crashed" + DurableFiles.PART_SUFFIX), original);
        assertThat(new VaultFile(dir).forget()).isTrue();
        assertThat(vault).doesNotExist();
        assertThat(leftOver).as("a save a crash left behind is erased too").doesNotExist();
        byte[] after = Files.readAllBytes(link);
        assertThat(after).hasSameSizeAs(original);
        assertThat(Arrays.copyOf(after, VaultHeader.MAGIC.length)).isNotEqualTo(VaultHeader.MAGIC);
        assertThat(Arrays.copyOfRange(after, VaultHeader.LENGTH, VaultHeader.LENGTH + 64))
                .isNotEqualTo(Arrays.copyOfRange(original, VaultHeader.LENGTH, VaultHeader.LENGTH + 64));
        assertThat(new VaultFile(dir).forget()).as("nothing left to forget").isFalse();
    }

    private static byte[] withRecomputedChecksum(byte[] original, java.util.function.Consumer<ByteBuffer> change) throws Exception {
        byte[] altered = original.clone();
        change.accept(ByteBuffer.wrap(altered));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(altered, 0, VaultHeader.LENGTH - 16);
        System.arraycopy(sha.digest(), 0, altered, VaultHeader.LENGTH - 16, 16);
        return altered;
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).map(path -> path.getFileName().toString()).toList();
        }
    }

}
