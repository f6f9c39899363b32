package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.exposurecheck.base.Json;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line exactly as DESIGN §4 writes it, through the real entry point. */
class CliTest {
    @TempDir
    static Path dir;
    static Path keys;
    static Path records;
    static Path pack;

    @BeforeAll
    static void buildAPack() throws IOException {
        keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
        records = dir.resolve("records.jsonl");
        Files.writeString(records, String.join("\n",
                "{\"id\": \"src-1\", \"source\": \"mirror-1\", \"category\": \"journalist\", \"first_seen\": \"2019-08-20\", \"last_seen\": \"2021-05-01\","
                        + " \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"}, {\"type\": \"phone\", \"value\": \"9123 4567\"},"
                        + " {\"type\": \"hkid\", \"value\": \"A123456(3)\"}, {\"type\": \"address\", \"value\": \"Flat A, 12/F, Block 3, Harmony Estate, Sha Tin\"}]}",
                "{\"id\": \"src-2\", \"category\": \"student\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Mary WONG Ka Yan\"},"
                        + " {\"type\": \"email\", \"value\": \"sun.flower.reader@gmail.com\"}], \"unknown_key\": 1}",
                "{this line is broken",
                "{\"id\": \"src-4\", \"identifiers\": [{\"type\": \"shoe size\", \"value\": \"42\"}]}",
                "",
                "{\"id\": \"src-5\", \"identifiers\": [{\"type\": \"name\", \"value\": \"李小明\"}, {\"type\": \"phone\", \"value\": \"+852 6234 5678\"}]}"));
        pack = dir.resolve("leak.ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", records.toString(), "--format", "jsonl",
                "--title", "Test leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out", pack.toString()},
                Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out()).contains("Records read: 3, kept: 3").contains("line 3: not valid JSON; line skipped")
                .contains("line 4: identifier type \"shoe size\" is not one of").contains("Wrote " + pack);
    }

    @Test
    void keygenWritesAPrivateAndAPublicKeyAndRefusesToOverwrite() throws IOException {
        assertThat(Files.readString(keys.resolve("publisher.key"))).contains("PRIVATE KEY");
        assertThat(Files.getPosixFilePermissions(keys.resolve("publisher.key")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Cli.Result again = Cli.run("keygen", "--out", keys.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err().strip()).startsWith("A publisher key already exists in").doesNotContain("Exception").hasLineCount(1);
    }

    @Test
    void verifyAcceptsTheRightKeyAndRefusesAnother() {
        Cli.Result ok = Cli.run("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", keys.resolve("publisher.pub").toString());
        assertThat(ok.exitCode()).isZero();
        assertThat(ok.out()).startsWith("OK: Test leak (test-leak)");

        Path otherKeys = dir.resolve("other-keys");
        Cli.run("keygen", "--out", otherKeys.toString());
        Cli.Result refused = Cli.run("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", otherKeys.resolve("publisher.pub").toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).startsWith("This pack is signed by publisher key").hasLineCount(1);
    }

    @Test
    void auditRepeatsTheConditionalCostsAndTheCheapestChainWithTheMinimumGiven() {
        Cli.Result audit = Cli.run("pack", "audit", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString());
        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out()).contains("token type").contains("entry GPU-yrs")
                .containsPattern("name\\+phone\\s+2\\s+\\d+\\s+[0-9.]+\\s+ok")
                .contains("Cheapest chain: ")
                .contains("Left out of some or all records at build: ");

        Cli.Result atTheDefault = Cli.run("pack", "audit", pack.toString());
        assertThat(atTheDefault.exitCode()).as("a pack at the test KDF is far below the default minimum").isEqualTo(1);
        assertThat(atTheDefault.out()).contains("BELOW MINIMUM");
    }

    @Test
    void checkWithJsonPrintsOneLinePerProfileExactlyAsDesigned() throws IOException {
        Path profiles = dir.resolve("profiles.jsonl");
        Files.writeString(profiles, String.join("\n",
                "{\"label\": \"me\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陈大文\"}, {\"type\": \"phone\", \"value\": \"+852-91234567\"}]}",
                "{\"label\": \"someone else\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文\"}, {\"type\": \"phone\", \"value\": \"9123 4568\"}]}",
                "not json",
                "{\"label\": \"typo\", \"identifiers\": [{\"type\": \"hkid\", \"value\": \"A123456(4)\"}, {\"type\": \"phone\", \"value\": \"91234567\"}, {\"type\": \"name\", \"value\": \"Chan Tai Man\"}]}"));
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profiles", profiles.toString(), "--pack", pack.toString(),
                "--trust", keys.resolve("publisher.pub").toString(), "--json");
        assertThat(check.exitCode()).as("a skipped line is reported with a non-zero exit").isEqualTo(1);
        assertThat(check.err()).contains("Line 3 of " + profiles + " was skipped: it not valid JSON.")
                .contains("typo: identifier 1 (hkid) was not checked: This HKID's check digit doesn't match")
                .doesNotContain("A123456");
        List<JsonNode> lines = new ArrayList<>();
        for (String line : check.out().strip().split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        assertThat(lines).hasSize(3);
        JsonNode me = lines.get(0);
        assertThat(fieldNames(me)).containsExactly("label", "exposed", "matches");
        assertThat(me.get("exposed").asBoolean()).isTrue();
        JsonNode match = me.get("matches").get(0);
        assertThat(fieldNames(match)).containsExactly("pack", "record", "category", "first_seen", "matched_types", "record_types", "confidence");
        assertThat(match.get("pack").asText()).isEqualTo("test-leak");
        assertThat(match.get("record").asText()).matches("[0-9a-f]{16}");
        assertThat(match.get("category").asText()).isEqualTo("journalist");
        assertThat(match.get("first_seen").asText()).as("a pack keeps only the month").isEqualTo("2019-08-01");
        assertThat(match.get("matched_types").toString()).isEqualTo("[\"name\",\"phone\"]");
        assertThat(match.get("record_types").toString()).isEqualTo("[\"name\",\"hkid\",\"phone\",\"address\"]");
        assertThat(match.get("confidence").asText()).isEqualTo("certain");
        assertThat(lines.get(1).toString()).isEqualTo("{\"label\":\"someone else\",\"exposed\":false,\"matches\":[]}");
        assertThat(lines.get(2).get("matches").get(0).get("matched_types").toString())
                .as("the unreadable HKID is skipped, the rest still checked; the romanised name meets 陳大文")
                .isEqualTo("[\"name\",\"phone\"]");
    }

    @Test
    void installedPacksAreUsedWhenNoPackIsGiven() throws IOException {
        Path data = dir.resolve("data-installed");
        Cli.Result unknown = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--data-dir", data.toString());
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("is not trusted yet");

        Cli.Result install = Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", keys.resolve("publisher.pub").toString(),
                "--data-dir", data.toString());
        assertThat(install.exitCode()).as(install.err()).isZero();
        assertThat(install.out()).startsWith("Installed Test leak (test-leak)");

        Path profile = dir.resolve("profile.json");
        Files.writeString(profile, "{\n  \"label\": \"me\",\n  \"identifiers\": [\n    {\"type\": \"email\", \"value\": \"SunFlowerReader+hk@googlemail.com\"},\n"
                + "    {\"type\": \"name\", \"value\": \"Wong Ka Yan\"}\n  ]\n}\n");
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--data-dir", data.toString());
        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("me: 2 of your details appear in 1 dataset (1 record).")
                .contains("Matched: name, email — certain");
        assertThat(Cli.run("pack", "list", "--data-dir", data.toString()).out()).contains("test-leak  Test leak");
    }

    @Test
    void csvWithATypeHeaderAndSeveralValuesPerCell() throws IOException {
        Path csv = dir.resolve("records.csv");
        Files.writeString(csv, "id,category,name,phone,address\n"
                + "c-1,medic,陳大文;CHAN Tai Man,9123 4567;6234 5678,\"Flat A, 12/F, Block 3, Harmony Estate\"\n"
                + "c-2,teacher,\"broken,9123 4567\n"
                + "c-3,teacher,李小明,+852 6234 5678\n"
                + "c-4,teacher,李小明,+852 6234 5679,x,y\n");
        Path out = dir.resolve("csv.ecpack");
        Cli.Result built = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", csv.toString(), "--format", "csv",
                "--title", "CSV leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out", out.toString()},
                Cli.CHEAP_BUILD_FLAGS));
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out()).contains("Records read: 1, kept: 1").contains("line 3: has an unmatched quote; line skipped")
                .contains("line 4: has 4 fields but the header has 5; line skipped")
                .contains("line 5: has 6 fields but the header has 5; line skipped");

        Path profile = dir.resolve("csv-profile.json");
        Files.writeString(profile, "{\"label\": \"p\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Tai Man Chan\"},"
                + " {\"type\": \"phone\", \"value\": \"(852)91234567\"}]}");
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack", out.toString(), "--trust",
                keys.resolve("publisher.pub").toString(), "--json");
        assertThat(check.out()).contains("\"exposed\":true").contains("\"matched_types\":[\"name\",\"phone\"]");

        // The name pairs with one of the two numbers only: with both, cracking one pair would give away the other number.
        Files.writeString(profile, "{\"label\": \"p\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Tai Man Chan\"},"
                + " {\"type\": \"phone\", \"value\": \"(852)62345678\"}]}");
        Cli.Result second = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack", out.toString(), "--trust",
                keys.resolve("publisher.pub").toString(), "--json");
        assertThat(second.out()).contains("\"exposed\":false");
    }

    @Test
    void strictStopsAtTheFirstBadLine() {
        Cli.Result strict = Cli.run(Cli.concat(new String[] {"pack", "build", "--strict", "--input", records.toString(), "--format", "jsonl",
                "--title", "Test leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out", dir.resolve("strict.ecpack").toString()},
                Cli.CHEAP_BUILD_FLAGS));
        assertThat(strict.exitCode()).isEqualTo(1);
        assertThat(strict.err().strip()).isEqualTo("line 3: not valid JSON; line skipped (--strict stops at the first problem).");
        assertThat(dir.resolve("strict.ecpack")).doesNotExist();
    }

    @Test
    void badInputGivesOneSentenceAndNoStackTrace() {
        List<Cli.Result> failures = List.of(
                Cli.run("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, dir.resolve("missing.ecpack").toString(), "--trust", keys.resolve("publisher.pub").toString()),
                Cli.run("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, records.toString(), "--trust", keys.resolve("publisher.pub").toString()),
                Cli.run("pack", "verify", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", records.toString()),
                Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", records.toString(), "--pack", pack.toString(), "--trust", keys.resolve("publisher.pub").toString()),
                Cli.run("pack", "build", "--input", dir.resolve("nothing.jsonl").toString(), "--format", "jsonl", "--title", "x",
                        "--signing-key", keys.resolve("publisher.key").toString(), "--out", dir.resolve("x.ecpack").toString()),
                Cli.run("pack", "build", "--input", records.toString(), "--format", "jsonl", "--title", "x",
                        "--signing-key", keys.resolve("publisher.pub").toString(), "--out", dir.resolve("x.ecpack").toString()));
        assertThat(failures).allSatisfy(result -> {
            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.err().strip()).hasLineCount(1).doesNotContain("Exception").doesNotContain("\tat ").endsWith(".");
        });
        assertThat(failures.get(0).err()).startsWith("The pack file").contains("does not exist");
        assertThat(failures.get(1).err()).startsWith("This file is not an Exposure Check pack.");
        assertThat(failures.get(3).err()).contains("is not one valid JSON object");
        assertThat(failures.get(2).err()).contains("is not an Exposure Check public key file");
    }

    @Test
    void everyCommandAnswersHelp() {
        for (String[] command : List.of(new String[] {"check", "--help"}, new String[] {"pack", "build", "--help"},
                new String[] {"demo", "generate", "--help"}, new String[] {"update", "--help"}, new String[] {"bench", "--help"})) {
            Cli.Result help = Cli.run(command);
            assertThat(help.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(help.out()).startsWith("Usage: exposure-check " + command[0]);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndPointToHelp() {
        Cli.Result missing = Cli.run("pack", "build", "--input", "x.jsonl");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).startsWith("Missing required options").contains("--help");
        Cli.Result format = Cli.run("pack", "build", "--input", "x", "--format", "pdf", "--title", "t", "--signing-key", "k", "--out", "o");
        assertThat(format.err()).contains("expected one of [jsonl, csv, telegram, warc, html]");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
