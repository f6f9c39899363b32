package org.exposurecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.exposurecheck.bench.DetectionScore;
import org.exposurecheck.demo.DatasetFormat;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.ingest.CsvSource;
import org.exposurecheck.pack.ingest.SourceMapping;
import org.exposurecheck.pack.ingest.TelegramExportSource;
import org.exposurecheck.pack.ingest.WarcSource;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.StaticSiteServer;
import org.exposurecheck.testsupport.WarcCapture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each source format end to end on one generated leak: the generator writes it, the CLI builds a pack from
 * it (the site through a real HTTP server on loopback, captured to WARC with jwarc), the CLI checks the
 * personas, and the engine's record-level recall is scored against the ground truth.
 */
class IngestEndToEndTest {
    private static final int RECORDS = 160;

    @TempDir
    static Path dir;
    static GeneratedLeak leak;

    @BeforeAll
    static void generate() throws Exception {
        leak = new GeneratedLeak(dir, RECORDS, 50);
    }

    @Test
    void telegramExport() throws Exception {
        Path pack = dir.resolve("telegram.ecpack");
        Path report = dir.resolve("telegram-report.json");
        Cli.Result build = leak.build(pack, "--input", dir.resolve("telegram").toString(), "--format", "telegram", "--report", report.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).contains("no readable identifiers").contains("Photo hashes kept: ");
        JsonNode json = Json.MAPPER.readTree(report.toFile());
        assertThat(json.get("records_kept").asLong()).isEqualTo(keptOfGenerated(build));
        assertThat(json.get("drop_reasons").get("no readable identifiers").asLong()).as("the channel's notices").isPositive();
        assertThat(json.get("identifiers").get("phone").get("read").asLong()).isPositive();
        assertThat(json.get("audit").get("token_types").toString()).contains("name+phone");

        expectGoodDetection("telegram", leak.checkViaCli(pack),
                leak.score(new TelegramExportSource(dir.resolve("telegram"), Map.of()), DatasetFormat.TELEGRAM));
    }

    @Test
    void staticSiteServedOnLoopbackCapturedToWarc() throws Exception {
        Path warc = dir.resolve("site.warc.gz");
        try (StaticSiteServer server = new StaticSiteServer(dir.resolve("site"))) {
            int captured = WarcCapture.capture(server.base().resolve("index.html"), warc);
            assertThat(captured).as("index pages, profiles and photos").isGreaterThan(RECORDS);
        }
        Path pack = dir.resolve("warc.ecpack");
        Cli.Result build = leak.build(pack, "--input", warc.toString(), "--format", "warc", "--mapping", dir.resolve("site-mapping.json").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).contains("Records read: " + RECORDS + ", kept: " + keptOfGenerated(build)).contains("Photo hashes kept: ");
        assertThat(build.out()).as("index pages are not profiles and are not warned about").doesNotContain("Warnings:");

        SourceMapping mapping = SourceMapping.read(dir.resolve("site-mapping.json"));
        expectGoodDetection("warc", leak.checkViaCli(pack), leak.score(new WarcSource(warc, mapping.page().orElseThrow()), DatasetFormat.SITE));
    }

    @Test
    void savedPagesInAFolder() throws Exception {
        Path pack = dir.resolve("html.ecpack");
        Cli.Result build = leak.build(pack, "--input", dir.resolve("site").toString(), "--format", "html", "--mapping",
                dir.resolve("site-mapping.json").toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).contains("kept: " + keptOfGenerated(build)).doesNotContain("Warnings:");
        GeneratedLeak.Detection detection = leak.checkViaCli(pack);
        assertThat(detection.detected()).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * detection.exposed()));
        assertThat(detection.othersMatched()).isZero();
    }

    @Test
    void spreadsheetWithForeignHeaders() throws Exception {
        Path pack = dir.resolve("csv.ecpack");
        Path mapping = dir.resolve("csv-mapping.json");
        Cli.Result build = leak.build(pack, "--input", dir.resolve("records-foreign.csv").toString(), "--format", "csv", "--mapping", mapping.toString());
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertThat(build.out()).contains("kept: " + keptOfGenerated(build)).doesNotContain("Warnings:");
        Cli.Result withoutMapping = leak.build(dir.resolve("unmapped.ecpack"), "--input", dir.resolve("records-foreign.csv").toString(), "--format", "csv");
        assertThat(withoutMapping.out()).as("only the \"Photo\" header names a type by itself")
                .contains("line 1: column 2 is not an identifier type or record field; ignored")
                .doesNotContain("Identifiers read per type (unreadable):\n  name");

        expectGoodDetection("csv", leak.checkViaCli(pack),
                leak.score(new CsvSource(dir.resolve("records-foreign.csv"), SourceMapping.read(mapping).columns()), DatasetFormat.FOREIGN_CSV));
    }

    /**
     * The records of the leak that have a pair to ship: all but those whose only pairs are cheaper than the policy
     * (a name with an e-mail address spelled from it, …), which the report counts, whatever the format.
     */
    private static long keptOfGenerated(Cli.Result build) {
        java.util.regex.Matcher dropped = java.util.regex.Pattern.compile("dropped (\\d+): no identifier pair the audit policy allows")
                .matcher(build.out());
        long unshippable = dropped.find() ? Long.parseLong(dropped.group(1)) : 0;
        assertThat(unshippable).as("records with no pair the v2 policy ships").isLessThan(RECORDS / 20);
        return RECORDS - unshippable;
    }

    /**
     * Nine in ten exposed personas found and nobody else; at least 90 % of (persona, record) pairs (v2 leaves out the
     * pairs of records whose e-mail address is spelled from the name, decision 0012); photos only where shown.
     */
    private static void expectGoodDetection(String format, GeneratedLeak.Detection cli, DetectionScore score) {
        System.out.printf("recall %s: CLI %d/%d exposed personas detected, %d others matched, %d photo matches;"
                        + " engine record recall %.3f (%d/%d pairs), photo recall %s, false positives %d/%d/%d%n", format,
                cli.detected(), cli.exposed(), cli.othersMatched(), cli.photoMatches(), score.recall(), score.foundPairs(),
                score.truePairs(), score.typeRecall(org.exposurecheck.identity.IdentifierType.PHOTO), score.hardNegativesMatched(),
                score.absentMatched(), score.wrongRecordMatches());
        assertThat(cli.detected()).isGreaterThanOrEqualTo((int) Math.ceil(0.9 * cli.exposed()));
        assertThat(cli.othersMatched()).isZero();
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.90);
        assertThat(score.hardNegativesMatched()).isZero();
        assertThat(score.absentMatched()).isZero();
        assertThat(score.wrongRecordMatches()).isZero();
    }
}
