package org.exposurecheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.ForgedPacks;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.ui.shared.AppContext;
import org.exposurecheck.ui.packs.PacksViewModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A pack id becomes a file name in the data directory. The attack of issue 10: a pack signed with the public
 * demo key (so no trust step) whose id is {@code ../../../escaped} or an absolute path was written outside
 * the data directory; and a stored file name pointing outside {@code packs/} was deleted on reinstall and
 * remove. The same is refused through {@code update} (UpdaterTest).
 */
class PackIdAttackTest {
    private static final String INVALID_ID = "The pack's id is not a valid pack id (1 to 64 lower-case letters, digits, dots, dashes"
            + " or underscores), so the pack cannot be used.";
    private static byte[] demoPack;

    @TempDir
    Path dir;

    @BeforeAll
    static void demoSignedPack() throws Exception {
        demoPack = ForgedPacks.resign(HostilePacks.leak(1), HostilePacks.demoKey(), manifest -> manifest.put("id", "demo-leak").put("demo", true));
    }

    @Test
    void anIdThatClimbsOutOfThePacksFolderIsRefusedAndNothingIsWrittenOutside() throws Exception {
        Path data = dir.resolve("a/b/c/data");
        for (String id : List.of("../../../escaped", dir.resolve("absolute").toString(), "demo-../../escaped-too")) {
            Path file = Files.write(dir.resolve("hostile.ecpack"), ForgedPacks.resign(demoPack, HostilePacks.demoKey(),
                    manifest -> manifest.put("id", id)));

            Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, file.toString(), "--data-dir", data.toString());

            assertThat(install.exitCode()).as(id).isEqualTo(1);
            assertThat(install.err().strip()).as(id).isEqualTo(INVALID_ID);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(path -> path.getFileName().toString())).noneMatch(name -> name.contains("escaped") || name.startsWith("absolute"));
        }
    }

    @Test
    void theAppRefusesSuchAPackBeforeAskingAboutItsPublisher() throws Exception {
        Path file = Files.write(dir.resolve("hostile.ecpack"), ForgedPacks.resign(demoPack, HostilePacks.demoKey(),
                manifest -> manifest.put("id", "../../../escaped")));
        PacksViewModel model = new PacksViewModel(new AppContext(dir.resolve("data"), TestPacks.CLOCK).packs(),
                new org.exposurecheck.ui.common.I18n());

        assertThat(model.open(file)).isNull();

        assertThat(model.statusProperty().get()).isEqualTo(INVALID_ID);
    }

    /** A data directory written by an earlier version from a hostile id still names a file outside packs/. */
    @Test
    void aStoredFileNameOutsideThePacksFolderIsNeverDeletedNorRead() throws Exception {
        Path data = dir.resolve("data");
        Path trust = dir.resolve("publisher.pub");
        Files.writeString(trust, KeyFiles.publicKeyText(HostilePacks.PUBLISHER.publicKey()));
        Path victim = Files.writeString(dir.resolve("victim.txt"), "a file of the person's own");
        Path leak1 = Files.write(dir.resolve("leak-1.ecpack"), HostilePacks.leak(1));
        Path leak2 = Files.write(dir.resolve("leak-2.ecpack"), HostilePacks.leak(2));
        assertThat(Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, leak1.toString(), "--trust", trust.toString(), "--data-dir", data.toString()).exitCode()).isZero();

        storedFileName(data, "../../victim.txt");
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", Files.writeString(dir.resolve("me.json"),
                "{\"label\": \"me\", \"identifiers\": [{\"type\": \"phone\", \"value\": \"9123 4567\"}]}").toString(), "--data-dir", data.toString());
        assertThat(check.err()).contains("The data directory's record of pack leak names a file outside its packs folder");
        assertThat(Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, leak2.toString(), "--data-dir", data.toString()).exitCode()).isZero();
        assertThat(victim).as("reinstalling did not delete it").exists();

        storedFileName(data, "../../victim.txt");
        assertThat(Cli.run("pack", "remove", "leak", "--data-dir", data.toString()).exitCode()).isZero();
        assertThat(victim).as("removing did not delete it").hasContent("a file of the person's own");
        assertThat(Cli.run("pack", "list", "--data-dir", data.toString()).out()).doesNotContain("leak");
    }

    private static void storedFileName(Path data, String name) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("exposure-check.db"));
             PreparedStatement update = db.prepareStatement("UPDATE installed_packs SET file_name = ?")) {
            update.setString(1, name);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
