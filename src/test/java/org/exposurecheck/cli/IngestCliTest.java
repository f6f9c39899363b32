package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The curator's new options and the person's photo, through the real entry point. */
class IngestCliTest {
    @TempDir
    static Path dir;
    static Path keys;

    @BeforeAll
    static void keys() {
        keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
    }

    private static Cli.Result build(String... args) {
        return Cli.run(Cli.concat(Cli.concat(new String[] {"pack", "build", "--title", "T", "--signing-key",
                keys.resolve("publisher.key").toString()}, args), Cli.CHEAP_BUILD_FLAGS));
    }

    @Test
    void aPersonsPhotoInAProfileMeetsTheRecordsHeadshotAsAPossibleMatch() throws Exception {
        Files.createDirectories(dir.resolve("leak/photos"));
        Files.write(dir.resolve("leak/photos/src-1.jpg"), PhotoVariant.jpeg(SyntheticFace.draw(7), 0.85f));
        Files.writeString(dir.resolve("leak/records.jsonl"), "{\"id\": \"src-1\", \"category\": \"journalist\", \"identifiers\": ["
                + "{\"type\": \"name\", \"value\": \"陳大文\"}, {\"type\": \"photo\", \"value\": \"photos/src-1.jpg\"}]}\n", StandardCharsets.UTF_8);
        Path pack = dir.resolve("photo.ecpack");
        Cli.Result built = build("--input", dir.resolve("leak/records.jsonl").toString(), "--format", "jsonl", "--out", pack.toString());
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out()).contains("Photo hashes kept: 1");

        Files.createDirectories(dir.resolve("me"));
        Files.write(dir.resolve("me/selfie.jpg"), PhotoVariant.jpeg(PhotoVariant.RESCALED.apply(SyntheticFace.draw(7)), 0.7f));
        Files.writeString(dir.resolve("me/profile.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"photo\", \"value\": \"selfie.jpg\"}]}");
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", dir.resolve("me/profile.json").toString(), "--pack", pack.toString(),
                "--trust", keys.resolve("publisher.pub").toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("Matched: photo — possible").contains("looks like yours by its fingerprint");

        Files.writeString(dir.resolve("me/bad.json"), "{\"label\": \"me\", \"identifiers\": [{\"type\": \"photo\", \"value\": \"profile.json\"}]}");
        Cli.Result bad = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", dir.resolve("me/bad.json").toString(), "--pack", pack.toString(),
                "--trust", keys.resolve("publisher.pub").toString());
        assertThat(bad.exitCode()).isEqualTo(1);
        assertThat(bad.err().strip()).hasLineCount(1).contains("has a photo (number 1) that is not an image");
    }

    @Test
    void formatsThatNeedAMappingSaySoInOneSentence() throws Exception {
        Cli.Result warc = build("--input", "site.warc", "--format", "warc", "--out", dir.resolve("x.ecpack").toString());
        assertThat(warc.exitCode()).isEqualTo(1);
        assertThat(warc.err().strip()).isEqualTo("--format warc needs --mapping FILE with a \"page\" section of CSS selectors (docs/ingest.md).");

        Path mapping = dir.resolve("bad-mapping.json");
        Files.writeString(mapping, "{\"page\": {\"fields\": {\"phone\": \"dd..[\"}}}");
        Cli.Result badSelector = build("--input", dir.toString(), "--format", "html", "--mapping", mapping.toString(), "--out",
                dir.resolve("y.ecpack").toString());
        assertThat(badSelector.exitCode()).isEqualTo(1);
        assertThat(badSelector.err().strip()).isEqualTo("The mapping's selector for \"phone\" is not a valid CSS selector.");

        Files.writeString(mapping, "{\"columns\": {\"Mobile\": \"shoe size\"}}");
        Cli.Result badColumn = build("--input", "x.csv", "--format", "csv", "--mapping", mapping.toString(), "--out",
                dir.resolve("z.ecpack").toString());
        assertThat(badColumn.err().strip()).startsWith("The mapping's \"columns\" maps \"Mobile\" to \"shoe size\"");

        Files.writeString(mapping, "{\"columns\": {\"Mobile\": \"phone\"}}");
        Cli.Result jsonl = build("--input", "x.jsonl", "--format", "jsonl", "--mapping", mapping.toString(), "--out",
                dir.resolve("w.ecpack").toString());
        assertThat(jsonl.err().strip()).isEqualTo("--format jsonl reads the record format of DESIGN §4 and takes no --mapping.");
    }
}
