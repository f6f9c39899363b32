package org.exposurecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.exposurecheck.base.Json;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.StaticSiteServer;
import org.exposurecheck.testsupport.WarcCapture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never stops a build (unless --strict): each damage becomes a report line with its place,
 * printed and in the JSON report, and the pack is written from everything else.
 */
class IngestBadInputTest {
    @TempDir
    static Path dir;
    static GeneratedLeak leak;

    @BeforeAll
    static void generate() throws Exception {
        leak = new GeneratedLeak(dir, 40, 10);
    }

    @Test
    void brokenJsonInATelegramExport() throws Exception {
        Path export = dir.resolve("telegram");
        Path json = export.resolve("result.json");
        byte[] whole = Files.readAllBytes(json);
        Files.write(json, Arrays.copyOf(whole, whole.length * 2 / 3));

        Path report = dir.resolve("telegram-report.json");
        Cli.Result build = leak.build(dir.resolve("broken-telegram.ecpack"), "--input", export.toString(), "--format", "telegram",
                "--report", report.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).containsPattern("result\\.json line \\d+: not valid JSON from here on \\(after post \\d+\\); the rest of the export was not read");
        JsonNode warnings = Json.MAPPER.readTree(report.toFile()).get("warnings");
        assertThat(warnings.toString()).contains("not valid JSON from here on");
        long kept = Json.MAPPER.readTree(report.toFile()).get("records_kept").asLong();
        assertThat(kept).as("the posts before the break").isBetween(10L, 39L);

        Cli.Result strict = leak.build(dir.resolve("strict.ecpack"), "--input", export.toString(), "--format", "telegram", "--strict");
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err().strip()).endsWith("(--strict stops at the first problem).").hasLineCount(1);
        assertThat(Files.exists(dir.resolve("strict.ecpack"))).isFalse();
    }

    @Test
    void aTruncatedWebArchive() throws Exception {
        Path warc = dir.resolve("site.warc.gz");
        try (StaticSiteServer server = new StaticSiteServer(dir.resolve("site"))) {
            WarcCapture.capture(server.base().resolve("index.html"), warc);
        }
        byte[] whole = Files.readAllBytes(warc);
        Path truncated = dir.resolve("truncated.warc.gz");
        Files.write(truncated, Arrays.copyOf(whole, whole.length * 3 / 4));
        Cli.Result build = leak.build(dir.resolve("truncated.ecpack"), "--input", truncated.toString(), "--format", "warc",
                "--mapping", dir.resolve("site-mapping.json").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).containsPattern("archive byte \\d+: the web archive ends early or is damaged after this point;"
                + " later pages and images were not read").containsPattern("Records read: [1-9]\\d*");
    }

    @Test
    void pagesThatDoNotMatchTheMapping() throws Exception {
        Path site = dir.resolve("site");
        Path changed = site.resolve("people/src-3.html");
        Files.writeString(changed, Files.readString(changed).replace("article class=\"profile\"", "section class=\"person\""));
        Path emptied = site.resolve("people/src-4.html");
        Files.writeString(emptied, Files.readString(emptied).replaceAll("class=\"(name|phone|hkid|address|dob|email|handle|employer|plate)\"", "class=\"x\"")
                .replace("class=\"headshot\"", "class=\"x\""));
        Cli.Result build = leak.build(dir.resolve("html.ecpack"), "--input", site.toString(), "--format", "html", "--mapping",
                dir.resolve("site-mapping.json").toString(), "--report-urls");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).contains("people/src-3.html: no element matches the mapping's \"record\" selector; page skipped")
                .contains("people/src-4.html: none of the mapping's identifier or photo selectors matched; record skipped")
                .contains("Records read: 38, kept: 38");
    }

    /**
     * A page's path or address often spells the person's name (/people/chan-tai-man.html), and a build report
     * is shared more widely than the leak: without --report-urls the report numbers pages instead of naming them.
     */
    @Test
    void theBuildReportNamesNoPathOrAddressUnlessAskedTo() throws Exception {
        Path site = dir.resolve("named-site");
        try (Stream<Path> files = Files.walk(dir.resolve("site"))) {
            for (Path file : files.toList()) {
                Path copy = site.resolve(dir.resolve("site").relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        Path named = site.resolve("people/chan-tai-man.html");
        Files.move(site.resolve("people/src-5.html"), named);
        Files.writeString(named, Files.readString(named).replace("article class=\"profile\"", "section class=\"person\""));
        Path report = dir.resolve("named-report.json");

        Cli.Result build = leak.build(dir.resolve("named.ecpack"), "--input", site.toString(), "--format", "html", "--mapping",
                dir.resolve("site-mapping.json").toString(), "--report", report.toString());

        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).doesNotContain("chan-tai-man").doesNotContain("people/")
                .contains("page 1 (address hidden; --report-urls shows it): no element matches the mapping's \"record\" selector; page skipped");
        assertThat(Files.readString(report)).doesNotContain("chan-tai-man").doesNotContain("people/").contains("address hidden");
    }

    @Test
    void aPhotoThatIsNotAnImage() throws Exception {
        Path photos = dir.resolve("photos");
        Path first;
        try (Stream<Path> files = Files.list(photos)) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(first, "<html>not a photo</html>", StandardCharsets.UTF_8);
        Cli.Result build = leak.build(dir.resolve("jsonl.ecpack"), "--input", dir.resolve("records.jsonl").toString(), "--format", "jsonl");
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).containsPattern("line \\d+: a photo file is not an image in a format this version reads \\(JPEG, PNG, GIF, BMP\\); photo skipped")
                .contains("kept: 40");
    }
}
