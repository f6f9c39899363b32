package org.exposurecheck.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.ForgedPacks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A signature says who wrote a manifest, not that it is well formed. Every field a reader relies on, missing
 * or of the wrong type, is one sentence naming it — never "Unexpected error (NullPointerException)" — and an
 * install that is refused leaves no pack file behind.
 */
class ManifestFieldTest {
    private static byte[] genuine;

    @TempDir
    static Path dir;
    static Path trust;

    @BeforeAll
    static void aGenuinePack() throws Exception {
        genuine = HostilePacks.leak(1);
        trust = Files.writeString(dir.resolve("publisher.pub"), KeyFiles.publicKeyText(HostilePacks.PUBLISHER.publicKey()));
    }

    static Stream<Arguments> brokenFields() {
        return Stream.of(
                broken("format", manifest -> manifest.remove("format")),
                broken("title", manifest -> manifest.remove("title")),
                broken("title", manifest -> manifest.putNull("title")),
                broken("title", manifest -> manifest.put("title", " \u0007 ")),
                broken("publisher_key_id", manifest -> manifest.put("publisher_key_id", 42)),
                broken("sequence", manifest -> manifest.remove("sequence")),
                broken("sequence", manifest -> manifest.put("sequence", "5")),
                broken("sequence", manifest -> manifest.put("sequence", 0)),
                broken("created", manifest -> manifest.remove("created")),
                broken("created", manifest -> manifest.put("created", "yesterday")),
                broken("expires", manifest -> manifest.remove("expires")),
                broken("expires", manifest -> manifest.put("expires", 1_800_000_000)),
                broken("demo", manifest -> manifest.remove("demo")),
                broken("demo", manifest -> manifest.put("demo", "no")),
                broken("normalisation", manifest -> manifest.remove("normalisation")),
                broken("normalisation", manifest -> manifest.put("normalisation", "N1\u001b[2J")),
                broken("scheme.name", manifest -> ((ObjectNode) manifest.get("scheme")).put("name", "ec-pair\u202e")),
                broken("source", manifest -> manifest.put("source", 7)),
                broken("scheme", manifest -> manifest.remove("scheme")),
                broken("scheme.salt", manifest -> ((ObjectNode) manifest.get("scheme")).remove("salt")),
                broken("scheme.memory_kib", manifest -> ((ObjectNode) manifest.get("scheme")).put("memory_kib", "a lot")),
                broken("scheme.iterations", manifest -> ((ObjectNode) manifest.get("scheme")).put("iterations", 1e30)),
                broken("policy", manifest -> manifest.put("policy", "strict")),
                broken("policy.min_gpu_years", manifest -> ((ObjectNode) manifest.get("policy")).remove("min_gpu_years")),
                broken("record_count", manifest -> manifest.remove("record_count")),
                broken("record_count", manifest -> manifest.put("record_count", -1)),
                broken("token_count", manifest -> manifest.put("token_count", 1.5)),
                broken("photo_count", manifest -> manifest.put("photo_count", "none")),
                broken("token_types", manifest -> manifest.remove("token_types")),
                broken("token_types", manifest -> ((ObjectNode) manifest.get("token_types")).put("name+phone", "four")),
                broken("dropped_token_types", manifest -> manifest.putArray("dropped_token_types").add(3)),
                broken("dropped_token_types", manifest -> manifest.putArray("dropped_token_types").add("dob+name\r\nFAKE")),
                broken("token_types", manifest -> ((ObjectNode) manifest.get("token_types")).put("name+phone\u001b[1A", 1)),
                broken("content", manifest -> manifest.remove("content")),
                broken("content.bytes", manifest -> ((ObjectNode) manifest.get("content")).put("bytes", "551")));
    }

    private static Arguments broken(String field, Consumer<ObjectNode> edit) {
        return Arguments.of(field, edit);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFields")
    void aMissingOrIllTypedFieldIsOneSentenceNamingIt(String field, Consumer<ObjectNode> edit) throws Exception {
        byte[] pack = ForgedPacks.resign(genuine, HostilePacks.PUBLISHER, edit);
        String sentence = "The pack's manifest has no valid \"" + field + "\", so the pack cannot be used; ask its publisher for a new copy.";

        assertThatThrownBy(() -> PackFile.open(pack)).isInstanceOf(PackException.class).hasMessage(sentence);

        Path data = dir.resolve("data-" + field.replace('.', '-') + "-" + System.nanoTime());
        Cli.Result install = Cli.run("pack", "install", Files.write(dir.resolve(field + ".ecpack"), pack).toString(), "--trust",
                trust.toString(), "--data-dir", data.toString());
        assertThat(install.exitCode()).isEqualTo(1);
        assertThat(install.err().strip()).isEqualTo(sentence);
        assertThat(data.resolve("packs")).as("no pack file is left behind").isEmptyDirectory();
    }

    /** The two findings of issue 10, through the command line only: a NullPointerException, and an orphan pack file. */
    @Test
    void noCreatedDateIsNoBugAndANullTitleLeavesNoOrphanFile() throws Exception {
        Path noCreated = Files.write(dir.resolve("no-created.ecpack"), ForgedPacks.resign(genuine, HostilePacks.PUBLISHER, m -> m.remove("created")));
        Path nullTitle = Files.write(dir.resolve("null-title.ecpack"), ForgedPacks.resign(genuine, HostilePacks.PUBLISHER, m -> m.putNull("title")));
        Path data = dir.resolve("data-findings");

        Cli.Result created = Cli.run("pack", "install", noCreated.toString(), "--trust", trust.toString(), "--data-dir", data.toString());
        Cli.Result title = Cli.run("pack", "install", nullTitle.toString(), "--trust", trust.toString(), "--data-dir", data.toString());

        assertThat(created.err()).doesNotContain("Unexpected error").contains("\"created\"");
        assertThat(title.exitCode()).isEqualTo(1);
        assertThat(data.resolve("packs")).isEmptyDirectory();
    }

    @Test
    void aMissingIdOrAnUnknownFormatIsOneSentenceToo() throws Exception {
        assertThatThrownBy(() -> PackFile.open(ForgedPacks.resign(genuine, HostilePacks.PUBLISHER, manifest -> manifest.remove("id"))))
                .isInstanceOf(PackException.class).hasMessageStartingWith("The pack's id is not a valid pack id");
        assertThatThrownBy(() -> PackFile.open(ForgedPacks.resign(genuine, HostilePacks.PUBLISHER,
                manifest -> manifest.put("format", "exposure-check-pack/9\u001b[2J"))))
                .isInstanceOf(PackException.class).as("the format is quoted as plain text")
                .hasMessage("This pack uses format exposure-check-pack/9[2J, which this version of Exposure Check cannot read; please update the app.");
    }
}
