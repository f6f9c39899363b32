package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.base.Json;
import org.exposurecheck.store.vault.CheckedPacksNote;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.VaultFile;
import org.exposurecheck.store.vault.VaultKdf;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vault init|add|list|check|tick|remove|forget} through the real entry point (DESIGN §4). */
class VaultCliTest {
    static final String PASSPHRASE = "plinth mango quarry velvet ochre";
    static final KdfParameters CHEAP = new KdfParameters(64, 1, 1);
    private static final Clock FIRST = TestPacks.CLOCK;
    private static final Clock SECOND = Clock.fixed(Instant.parse("2026-11-29T08:00:00Z"), ZoneOffset.UTC);
    private static final Clock THIRD = Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;
    static Path keys;
    static Path packA;
    static Path packB;
    static Path profile;
    static Path passphraseFile;

    @TempDir
    Path dir;

    @BeforeAll
    static void packsAndAProfile() throws IOException {
        keys = shared.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
        packA = build("leak-a", "{\"id\": \"a-1\", \"category\": \"journalist\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                + " {\"type\": \"phone\", \"value\": \"9123 4567\"}, {\"type\": \"hkid\", \"value\": \"A123456(3)\"}]}\n"
                + "{\"id\": \"a-2\", \"category\": \"student\", \"identifiers\": [{\"type\": \"name\", \"value\": \"李小明\"},"
                + " {\"type\": \"phone\", \"value\": \"+852 6234 5678\"}]}\n");
        packB = build("leak-b", "{\"id\": \"b-1\", \"category\": \"activist\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                + " {\"type\": \"phone\", \"value\": \"+852 9123 4567\"}, {\"type\": \"address\", \"value\": \"Flat A, 12/F, Block 3, Harmony Estate, Sha Tin\"}]}\n");
        profile = shared.resolve("me.json");
        Files.writeString(profile, "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"},"
                + " {\"type\": \"phone\", \"value\": \"9123 4567\"}]}");
        passphraseFile = passphraseFile(shared.resolve("passphrase"), PASSPHRASE + "\n");
    }

    private static Path build(String id, String records) throws IOException {
        Path input = shared.resolve(id + ".jsonl");
        Files.writeString(input, records);
        Path out = shared.resolve(id + ".ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", input.toString(), "--format", "jsonl",
                "--title", id, "--id", id, "--sequence", "1", "--signing-key", keys.resolve("publisher.key").toString(),
                "--out", out.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
        return out;
    }

    static Path passphraseFile(Path file, String content) throws IOException {
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    /**
     * A vault made at a cheap KDF cost, so each command's unlock takes milliseconds: the cost is read from the
     * vault's header. {@code vault init} itself, at the real cost, has a test of its own.
     */
    private void cheapVault() throws Exception {
        try (Passphrase passphrase = Passphrase.wrap(PASSPHRASE.toCharArray())) {
            new VaultFile(dir).create(passphrase, CHEAP).close();
        }
    }

    private String[] vault(String command, String... more) {
        return Cli.concat(new String[] {"vault", command, "--data-dir", dir.toString(), "--passphrase-file", passphraseFile.toString()}, more);
    }

    private void install(Path pack) {
        Cli.Result installed = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", keys.resolve("publisher.pub").toString(),
                "--data-dir", dir.toString());
        assertThat(installed.exitCode()).as(installed.err()).isZero();
    }

    private static JsonNode onlyLine(Cli.Result result) throws IOException {
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).hasLineCount(1);
        return Json.MAPPER.readTree(result.out());
    }

    private static List<String> news(JsonNode line) {
        List<String> news = new ArrayList<>();
        line.get("new_since_last_check").forEach(change -> news.add(change.get("pack").asText() + " " + change.get("change").asText()
                + " " + change.get("types")));
        return news;
    }

    @Test
    void initMakesAnEmptyVaultAtTheChosenCostAndSaysWhatThatMeans() throws Exception {
        Cli.Result init = Cli.run(vault("init"));
        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(init.out()).contains("Passphrase strength: 4 of 4").contains("Created an empty vault at " + dir.resolve(VaultFile.FILE_NAME))
                .contains("(Argon2id m=128 MiB t=3 p=1)").contains("Nobody can recover a forgotten passphrase").contains("can see that a vault exists");
        ByteBuffer header = ByteBuffer.wrap(Files.readAllBytes(dir.resolve(VaultFile.FILE_NAME)));
        assertThat(header.getInt(13)).as("memory in the header, KiB").isEqualTo(VaultKdf.DEFAULT_COST.memoryKiB());
        assertThat(header.getInt(17)).as("passes in the header").isEqualTo(VaultKdf.DEFAULT_COST.iterations());
        assertThat(Cli.run(vault("list")).out().strip()).as("it opens with that passphrase").isEqualTo("0 saved profiles.");
        assertThat(Files.readString(dir.resolve(CheckedPacksNote.FILE_NAME))).as("an empty vault has nothing to re-check")
                .isEqualTo("{\"format\":1,\"packs\":{}}");
    }

    @Test
    void aSavedProfileIsReCheckedAndOnlyWhatIsNewIsNew() throws Exception {
        install(packA);
        cheapVault();
        Cli.Result add = Cli.run(vault("add", "--profile", profile.toString()));
        assertThat(add.exitCode()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("Saved \"me\" in the vault: 2 details (name, phone).")
                .contains("The file " + profile + " is not encrypted: delete it if you no longer need it.");

        JsonNode first = onlyLine(Cli.run(FIRST, vault("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--json")));
        assertThat(first.get("label").asText()).isEqualTo("me");
        assertThat(first.get("exposed").asBoolean()).isTrue();
        assertThat(first.get("matches")).hasSize(1);
        assertThat(first.get("matches").get(0).get("record_types").toString()).isEqualTo("[\"name\",\"hkid\",\"phone\"]");
        assertThat(news(first)).containsExactly("leak-a new_record [\"name\",\"hkid\",\"phone\"]");
        assertThat(first.get("previous_check").isNull()).isTrue();

        JsonNode second = onlyLine(Cli.run(SECOND, vault("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--json")));
        assertThat(second.get("matches")).isEqualTo(first.get("matches"));
        assertThat(news(second)).as("nothing changed").isEmpty();
        assertThat(second.get("previous_check").asText()).isEqualTo(FIRST.instant().toString());

        install(packB);
        Cli.Result third = Cli.run(THIRD, vault("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS));
        assertThat(third.exitCode()).as(third.err()).isZero();
        assertThat(third.out()).contains("me: 2 of your details appear in 2 datasets (2 records).")
                .contains("New since the last check on 2026-11-29:").containsPattern("New record [0-9a-f]{16} in leak-b: name, phone, address\\.")
                .doesNotContainPattern("New record [0-9a-f]{16} in leak-a");

        Cli.Result tick = Cli.run(vault("tick", "--label", "me", "--type", "phone", "--step", "2"));
        assertThat(tick.exitCode()).as(tick.err()).isZero();
        assertThat(tick.out()).startsWith("Done: step 2 for phone").endsWith("1 of 4 steps done.\n");
        JsonNode listed = onlyLine(Cli.run(vault("list", "--json")));
        assertThat(listed.get("types").toString()).isEqualTo("[\"name\",\"phone\"]");
        assertThat(listed.get("last_check").asText()).isEqualTo(THIRD.instant().toString());
        assertThat(listed.get("records_found").asInt()).isEqualTo(2);
        assertThat(listed.get("checklist").toString()).isEqualTo("{\"phone\":[2]}");

        Cli.Result forget = Cli.run("vault", "forget", "--data-dir", dir.toString());
        assertThat(forget.exitCode()).isZero();
        assertThat(forget.out()).startsWith("Overwrote and deleted the vault at").contains("SSD").contains("backups");
        assertThat(dir.resolve(VaultFile.FILE_NAME)).doesNotExist();
        Cli.Result gone = Cli.run(vault("list"));
        assertThat(gone.exitCode()).isEqualTo(1);
        assertThat(gone.err().strip()).isEqualTo("There is no vault in " + dir.toAbsolutePath() + " yet; create one with 'vault init'.");
    }

    @Test
    void aRebuiltPackIsNoNewsAndTheNoteOfCheckedDatasetsFollowsTheChecks() throws Exception {
        Path rebuilt = shared.resolve("leak-a-2.ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", shared.resolve("leak-a.jsonl").toString(),
                "--format", "jsonl", "--title", "leak-a", "--id", "leak-a", "--sequence", "2", "--signing-key",
                keys.resolve("publisher.key").toString(), "--out", rebuilt.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
        install(packA);
        cheapVault();
        assertThat(Cli.run(vault("add", "--profile", profile.toString())).exitCode()).isZero();
        JsonNode first = onlyLine(Cli.run(FIRST, vault("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--json")));
        assertThat(Files.readString(dir.resolve(CheckedPacksNote.FILE_NAME))).isEqualTo("{\"format\":1,\"packs\":{\"leak-a\":1}}");

        install(rebuilt);
        JsonNode second = onlyLine(Cli.run(SECOND, vault("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--json")));

        assertThat(second.get("matches").get(0).get("record").asText()).as("the rebuild drew a new id")
                .isNotEqualTo(first.get("matches").get(0).get("record").asText());
        assertThat(news(second)).as("but it is the same record").isEmpty();
        assertThat(Files.readString(dir.resolve(CheckedPacksNote.FILE_NAME))).isEqualTo("{\"format\":1,\"packs\":{\"leak-a\":2}}");
        assertThat(Cli.run("vault", "forget", "--data-dir", dir.toString()).exitCode()).isZero();
        assertThat(dir.resolve(CheckedPacksNote.FILE_NAME)).as("forgotten with the vault").doesNotExist();
    }

    @Test
    void profilesAreAddedUnderLabelsOfTheirOwnAndRemovedByLabel() throws Exception {
        cheapVault();
        assertThat(Cli.run(vault("add", "--profile", profile.toString())).exitCode()).isZero();
        Cli.Result again = Cli.run(vault("add", "--profile", profile.toString()));
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).isEqualTo("A saved profile already has that label; choose another one.");
        Path unlabelled = dir.resolve("unlabelled.json");
        Files.writeString(unlabelled, "{\"identifiers\": [{\"type\": \"phone\", \"value\": \"9123 4567\"}]}");
        assertThat(Cli.run(vault("add", "--profile", unlabelled.toString())).err().strip())
                .isEqualTo("A saved profile needs a label, so you can tell saved profiles apart.");
        Cli.Result noSuchStep = Cli.run(vault("tick", "--label", "me", "--type", "phone", "--step", "9"));
        assertThat(noSuchStep.err().strip()).isEqualTo("The advice for phone has no step 9.");
        assertThat(Cli.run(vault("remove", "--label", "mum")).err().strip()).isEqualTo("No saved profile has that label.");
        Cli.Result removed = Cli.run(vault("remove", "--label", "me"));
        assertThat(removed.out()).startsWith("Removed \"me\" from the vault; 0 saved profiles are left.");
        Cli.Result empty = Cli.run(vault("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS));
        assertThat(empty.exitCode()).isZero();
        assertThat(empty.err()).contains("The vault holds no saved profiles yet");
    }

    @Test
    void aWrongPassphraseOrADamagedVaultIsOneSentenceAndTheVaultIsLeftAsItIs() throws Exception {
        cheapVault();
        Path file = dir.resolve(VaultFile.FILE_NAME);
        byte[] saved = Files.readAllBytes(file);
        Path wrong = passphraseFile(dir.resolve("wrong"), "plinth mango quarry velvet ochra");
        Cli.Result refused = Cli.run("vault", "add", "--data-dir", dir.toString(), "--passphrase-file", wrong.toString(), "--profile",
                profile.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("That passphrase does not open the vault; check it and try again.");
        assertThat(Files.readAllBytes(file)).isEqualTo(saved);

        byte[] damaged = saved.clone();
        damaged[damaged.length - 5] ^= 0x10;
        Files.write(file, damaged);
        Cli.Result broken = Cli.run(vault("add", "--profile", profile.toString()));
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err().strip()).isEqualTo("The vault " + file + " is damaged or was altered, so it was not opened; it was left exactly as it is.");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);

        Cli.Result init = Cli.run(vault("init"));
        assertThat(init.exitCode()).isEqualTo(1);
        assertThat(init.err().strip()).startsWith("A vault already exists at " + file).hasLineCount(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    @Test
    void passphrasesComeFromAFileOrTheConsoleAndAGuessableOneIsRefused() throws Exception {
        Cli.Result noConsole = Cli.run("vault", "init", "--data-dir", dir.toString());
        assertThat(noConsole.exitCode()).isEqualTo(1);
        assertThat(noConsole.err().strip()).isEqualTo("There is no console to ask for the passphrase on: give --passphrase-file FILE.");

        Path weak = passphraseFile(dir.resolve("weak"), "password123\n");
        Cli.Result refused = Cli.run("vault", "init", "--data-dir", dir.toString(), "--passphrase-file", weak.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).startsWith("Passphrase strength: 0 of 4").contains("under an hour");
        assertThat(refused.err().strip()).startsWith("This passphrase is too easy to guess").hasLineCount(1);
        assertThat(dir.resolve(VaultFile.FILE_NAME)).doesNotExist();

        Path missing = dir.resolve("nowhere");
        assertThat(Cli.run("vault", "init", "--data-dir", dir.toString(), "--passphrase-file", missing.toString()).err().strip())
                .isEqualTo("The passphrase file " + missing + " does not exist.");
        Path notText = dir.resolve("binary");
        Files.write(notText, new byte[] {(byte) 0xC3, (byte) 0x28});
        assertThat(Cli.run("vault", "init", "--data-dir", dir.toString(), "--passphrase-file", notText.toString()).err().strip())
                .isEqualTo("The passphrase file " + notText + " is not UTF-8 text.");

        cheapVault();
        Path readable = dir.resolve("readable");
        Files.writeString(readable, PASSPHRASE);
        Files.setPosixFilePermissions(readable, PosixFilePermissions.fromString("rw-r--r--"));
        Cli.Result noted = Cli.run("vault", "list", "--data-dir", dir.toString(), "--passphrase-file", readable.toString());
        assertThat(noted.exitCode()).as(noted.err()).isZero();
        assertThat(noted.err()).contains("other users of this computer can read " + readable);
    }

    @Test
    void forgettingNeedsNoPassphraseAndSaysWhenThereWasNothing() {
        Cli.Result nothing = Cli.run("vault", "forget", "--data-dir", dir.toString(), "--passphrase-file", "not-read");
        assertThat(nothing.exitCode()).isZero();
        assertThat(nothing.out().strip()).isEqualTo("There is no vault in " + dir.toAbsolutePath() + "; nothing was deleted.");
    }

    @Test
    void everyVaultCommandAnswersHelp() {
        for (String command : List.of("init", "add", "list", "check", "tick", "remove", "forget")) {
            Cli.Result help = Cli.run("vault", command, "--help");
            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: exposure-check vault " + command).contains("--data-dir");
        }
        assertThat(Cli.run("vault").out()).contains("init").contains("forget");
    }
}
