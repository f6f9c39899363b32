package org.exposurecheck.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.exposurecheck.pack.InstalledChunks;
import org.exposurecheck.pack.InstalledPackChangedException;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.SyntheticBenchPack;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.Argon2PairScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Installed packs are looked up through their chunk hashes from install (decision 0031), not read and hashed whole
 * at every check; every byte a check uses is still checked, and a data directory altered behind the store's back
 * (the pack file, its hashes in the index, or both) is refused in one sentence.
 */
class InstalledPackLookupTest {
    private static final SigningKey PUBLISHER = SigningKey.generate(new SecureRandom());
    private static final int TOKENS = 20_000;
    @TempDir
    static Path dir;
    static byte[] synthetic;
    static byte[] version5;
    static byte[] version6;

    @TempDir
    Path data;

    @BeforeAll
    static void buildPacks() throws Exception {
        Path out = dir.resolve("synthetic.ecpack");
        byte[] salt = new byte[Argon2PairScheme.SALT_LENGTH];
        new Random(5).nextBytes(salt);
        SyntheticBenchPack.write(out, "lookup-test", TOKENS, List.of(), new Argon2PairScheme(TestPacks.CHEAP_KDF, salt),
                TestPacks.SCALED_POLICY, PUBLISHER, TestPacks.NOW, new Random(5));
        synthetic = Files.readAllBytes(out);
        version5 = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 5), PUBLISHER).pack();
        version6 = TestPacks.build(TestPacks.source(TestPacks.fictionalLeak()), TestPacks.settings("leak", 6), PUBLISHER).pack();
    }

    private Path install(byte[] pack) throws org.exposurecheck.base.ExplainedException {
        try (PackStore store = PackStore.open(data)) {
            store.install(pack, Optional.of(PUBLISHER.publicKey()), TestPacks.NOW);
        }
        try (var files = Files.list(data.resolve("packs"))) {
            return files.filter(file -> file.toString().endsWith(".ecpack")).findFirst().orElseThrow();
        } catch (java.io.IOException unlisted) {
            throw new AssertionError(unlisted);
        }
    }

    private LoadedPacks load() throws org.exposurecheck.base.ExplainedException {
        try (PackStore store = PackStore.open(data)) {
            return store.load(TestPacks.NOW);
        }
    }

    private void setChunkHashes(byte[] hashes) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exposure-check.db"));
             PreparedStatement update = db.prepareStatement("UPDATE installed_packs SET chunk_hashes = ?")) {
            update.setBytes(1, hashes);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static void flipByte(Path file, long position) throws Exception {
        byte[] bytes = Files.readAllBytes(file);
        bytes[(int) position] ^= 0x5a;
        Files.write(file, bytes);
    }

    @Test
    void anInstalledPackAnswersEveryLookupAsThePackReadWholeDoes() throws Exception {
        install(synthetic);
        Pack whole = PackFile.read(synthetic, PUBLISHER.publicKey(), TestPacks.NOW);
        Pack installed = load().packs().get(0);

        assertThat(installed.tokenCount()).isEqualTo(whole.tokenCount()).isEqualTo(TOKENS);
        for (int i = 0; i < whole.tokenCount(); i += 97) {
            byte[] token = whole.tokenAt(i);
            assertThat(installed.lookup(token)).as("token %d", i).containsExactly(whole.lookup(token));
            assertThat(installed.record(whole.lookup(token)[0])).isEqualTo(whole.record(whole.lookup(token)[0]));
        }
        byte[] absent = whole.tokenAt(7).clone();
        absent[15] ^= 1;
        assertThat(installed.lookup(absent)).isEqualTo(whole.lookup(absent)).isEmpty();
    }

    @Test
    void aCheckReadsOnlyTheChunksItLooksAtAndEachIsCheckedBeforeUse() throws Exception {
        Path file = install(synthetic);
        Pack whole = PackFile.read(synthetic, PUBLISHER.publicKey(), TestPacks.NOW);
        // The last token's record index, in the file's last chunk; a lookup of the first token never goes there.
        flipByte(file, synthetic.length - 1);

        Pack installed = load().packs().get(0);
        assertThat(installed.lookup(whole.tokenAt(0))).as("the pack was not hashed whole again").containsExactly(whole.lookup(whole.tokenAt(0)));
        assertThatThrownBy(() -> installed.lookup(whole.tokenAt(TOKENS - 1))).isInstanceOf(InstalledPackChangedException.class)
                .hasMessage("The installed pack demo-bench-lookup-test has changed on disk since it was installed (damaged or altered),"
                        + " so it cannot be used; remove it and install it again.");
    }

    @Test
    void aChangedHeaderIsSkippedAndNamedWhenThePacksAreOpened() throws Exception {
        Path file = install(synthetic);
        flipByte(file, 100);

        LoadedPacks loaded = load();
        assertThat(loaded.packs()).isEmpty();
        assertThat(loaded.skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).contains("has changed on disk since it was installed"));
    }

    @Test
    void aFileThatGrewOrShrankIsSkipped() throws Exception {
        Path file = install(synthetic);
        Files.write(file, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(load().skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).contains("has changed on disk"));

        Files.write(file, java.util.Arrays.copyOf(synthetic, synthetic.length - InstalledChunks.CHUNK_BYTES));
        assertThat(load().skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).contains("has changed on disk"));
    }

    @Test
    void alteredChunkHashesInTheIndexAreRefused() throws Exception {
        install(synthetic);
        setChunkHashes(new byte[InstalledChunks.hashes(synthetic).length]);
        assertThat(load().skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).contains("has changed on disk"));
    }

    /** An attacker who can write the data directory puts the older signed version back and gives the index matching hashes. */
    @Test
    void anOlderSignedVersionPutInPlaceWithMatchingHashesIsNotTakenForTheInstalledOne() throws Exception {
        install(version5);
        Path file = install(version6);
        Files.write(file, version5);
        setChunkHashes(InstalledChunks.hashes(version5));

        assertThat(load().skipped()).as("a rollback behind the store's back").singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).contains("The installed pack leak has changed on disk"));
    }

    /** The same attacker rewrites the manifest (a later expiry, say) and the hashes: the signature is checked at every open. */
    @Test
    void aRewrittenManifestWithMatchingHashesFailsItsSignature() throws Exception {
        Path file = install(version6);
        byte[] altered = version6.clone();
        String text = new String(altered, java.nio.charset.StandardCharsets.ISO_8859_1);
        int title = text.indexOf("Test pack leak");
        altered[title] = 'B';
        Files.write(file, altered);
        setChunkHashes(InstalledChunks.hashes(altered));

        assertThat(load().skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).contains("has changed on disk"));
    }

    /** Installed by a version that kept no chunk hashes: read and verified whole, as before, so damage anywhere is found. */
    @Test
    void aPackInstalledWithoutChunkHashesIsVerifiedWhole() throws Exception {
        Path file = install(synthetic);
        setChunkHashes(null);
        assertThat(load().packs()).singleElement().satisfies(pack -> assertThat(pack.tokenCount()).isEqualTo(TOKENS));

        flipByte(file, synthetic.length - 1);
        assertThat(load().skipped()).singleElement().satisfies(skipped ->
                assertThat(skipped.reason().inEnglish()).isEqualTo("The pack's content does not match its signed hash: the file was altered or damaged."));
    }
}
