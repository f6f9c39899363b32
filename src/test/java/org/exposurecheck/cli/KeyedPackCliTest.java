package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exposurecheck.keyedservice.KeyedService;
import org.exposurecheck.keyedservice.RateLimits;
import org.exposurecheck.keyedservice.ServiceSettings;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.exposurecheck.token.keyed.VoprfPrivateKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pack build --keyed-key --keyed-url}: the pairs the offline audit leaves out ship as keyed tokens, the build
 * report and {@code pack audit} list them as "online only" with the service's limit instead of GPU-years, and a
 * half-given or wrong keyed setting is one sentence.
 */
class KeyedPackCliTest {
    static final String LEAK = String.join("\n",
            "{\"id\": \"src-1\", \"category\": \"teacher\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Mary WONG Ka Yan\"},"
                    + " {\"type\": \"email\", \"value\": \"ka.yan.wong@gmail.com\"}, {\"type\": \"dob\", \"value\": \"1988-03-14\"}]}",
            "{\"id\": \"src-2\", \"category\": \"student\", \"identifiers\": [{\"type\": \"name\", \"value\": \"陳大文 CHAN Tai Man\"},"
                    + " {\"type\": \"phone\", \"value\": \"9123 4567\"}, {\"type\": \"plate\", \"value\": \"AB 1234\"}]}") + "\n";

    static final String TEACHER = "{\"label\": \"teacher\", \"identifiers\": [{\"type\": \"name\", \"value\": \"WONG Ka Yan\"},"
            + " {\"type\": \"email\", \"value\": \"ka.yan.wong@gmail.com\"}, {\"type\": \"dob\", \"value\": \"14/3/1988\"}]}";
    static final String STUDENT = "{\"label\": \"student\", \"identifiers\": [{\"type\": \"name\", \"value\": \"Chan Tai-man\"},"
            + " {\"type\": \"phone\", \"value\": \"+852 9123 4567\"}, {\"type\": \"plate\", \"value\": \"AB1234\"}]}";

    @TempDir
    Path dir;
    Path records;
    Path keys;

    @BeforeEach
    void keysAndRecords() throws Exception {
        records = Files.writeString(dir.resolve("leak.jsonl"), LEAK);
        keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
        assertThat(Cli.run("keyed", "keygen", "--out", keys.toString()).exitCode()).isZero();
    }

    @Test
    void keyedTypesAreListedAsOnlineOnlyInTheBuildReportItsJsonAndTheAudit() throws Exception {
        // With --keyed-weak-pairs, so name+dob (two weak details) ships keyed too.
        Path pack = dir.resolve("keyed.ecpack");
        Path report = dir.resolve("report.json");

        Cli.Result built = build(pack, "--keyed-key", keys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(),
                "--keyed-url", "https://keyed.example.org/", "--keyed-kdf-memory", "64", "--keyed-weak-pairs", "--report", report.toString());

        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(built.out()).contains("online only, at most 200,000 guesses a day at the service's limits")
                .containsPattern("dob\\+name +[0-9]+ +1\\.8e\\+09 +9,150 .* GPU-yrs +online only")
                .containsPattern("email\\+name +[0-9]+ ")
                .containsPattern("name\\+plate +[0-9]+ ");
        JsonNode keyed = Json.MAPPER.readTree(report.toFile()).get("audit").get("keyed");
        assertThat(keyed.get("guesses_per_day").asLong()).isEqualTo(200_000);
        assertThat(keyed.get("token_types").findValuesAsText("type")).contains("dob+name", "email+name", "name+plate");

        Cli.Result audit = Cli.run("pack", "audit", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString());
        assertThat(audit.exitCode()).as(audit.out() + audit.err()).isZero();
        assertThat(audit.out()).contains("Keyed service: https://keyed.example.org/, key ")
                .contains("Argon2id m=64 KiB t=1 p=1 after the service's PRF): online only, at most 200,000 guesses a day")
                .containsPattern("email\\+name +[0-9]+ +1\\.0e\\+05 +1 .*online only");
    }

    @Test
    void keyedSettingsGivenHalfOrWrongAreOneSentence() throws Exception {
        String keyFile = keys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString();
        assertOneSentence(build(dir.resolve("a.ecpack"), "--keyed-key", keyFile),
                "--keyed-key and --keyed-url go together: the pack must name the service that holds the key.");
        assertOneSentence(build(dir.resolve("b.ecpack"), "--keyed-url", "https://keyed.example.org/"),
                "--keyed-key and --keyed-url go together: the pack must name the service that holds the key.");
        assertOneSentence(build(dir.resolve("c.ecpack"), "--keyed-key", keyFile, "--keyed-url", "keyed.example.org"),
                "The keyed service address keyed.example.org is not an http:// or https:// address without user name, query or fragment.");
        assertOneSentence(build(dir.resolve("d.ecpack"), "--keyed-key", keys.resolve("publisher.key").toString(), "--keyed-url",
                "https://keyed.example.org/"), keys.resolve("publisher.key") + " is not an Exposure Check keyed-service private key file.");
        assertThat(dir.resolve("a.ecpack")).doesNotExist();
    }

    @Test
    void argon2SettingsTooWeakToUseAreOneSentenceForEitherTier() {
        assertOneSentence(build(dir.resolve("e.ecpack"), "--keyed-key", keys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(),
                "--keyed-url", "https://keyed.example.org/", "--keyed-kdf-iterations", "0"),
                "The keyed tokens' Argon2id settings are invalid: it needs at least 8 KiB and one pass.");
        assertOneSentence(Cli.run("pack", "build", "--input", records.toString(), "--format", "jsonl", "--title", "Weak", "--signing-key",
                keys.resolve("publisher.key").toString(), "--out", dir.resolve("f.ecpack").toString(), "--kdf-memory", "4"),
                "The tokens' Argon2id settings are invalid: it needs at least 8 KiB and one pass.");
        assertThat(dir.resolve("e.ecpack")).doesNotExist();
        assertThat(dir.resolve("f.ecpack")).doesNotExist();
    }

    @Test
    void checkLooksKeyedTypesUpOnlyWhenAllowedAndSaysWhatItCouldNotCheck() throws Exception {
        KeyedService service = serve(keys.resolve(KeyedKeyFiles.PRIVATE_FILE), RateLimits.DEFAULT);
        String url = "http://127.0.0.1:" + service.address().getPort() + "/";
        Path pack = dir.resolve("keyed.ecpack");
        assertThat(build(pack, "--keyed-key", keys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(), "--keyed-url", url).exitCode()).isZero();
        Path profiles = Files.writeString(dir.resolve("people.jsonl"), TEACHER + "\n" + STUDENT + "\n");
        try {
            Cli.Result offline = check(pack, profiles, "--json");
            assertThat(offline.exitCode()).as(offline.err()).isZero();
            List<JsonNode> lines = jsonLines(offline.out());
            assertThat(lines.get(0).get("exposed").asBoolean()).as("the teacher's pairs are all keyed").isFalse();
            assertThat(lines.get(0).get("not_checked").get(0).get("keyed_types").toString())
                    .as("pairs of two weak details (dob+name) ship keyed only with --keyed-weak-pairs").isEqualTo("[\"dob+email\",\"email+name\"]");
            assertThat(lines.get(1).get("not_checked").get(0).get("keyed_types").toString())
                    .as("only the keyed types the person gave details for").isEqualTo("[\"name+plate\"]");
            assertThat(lines.get(0).get("not_checked").get(0).get("reason").asText()).isEqualTo("keyed lookups not allowed (--allow-keyed)");
            assertThat(lines.get(1).get("exposed").asBoolean()).as("the student's name and phone ship offline").isTrue();
            assertThat(check(pack, profiles).out()).contains("Not checked in Keyed leak: ")
                    .contains("run again with --allow-keyed to look them up (your details are blinded");
            Path summaries = dir.resolve("summaries");
            assertThat(check(pack, profiles, "--summary-pdf", summaries.toString()).exitCode()).isZero();
            try (PDDocument printed = Loader.loadPDF(summaries.resolve("summary-line-1.pdf").toFile())) {
                assertThat(new PDFTextStripper().getText(printed).replaceAll("\\s+", " ")).as("the printed summary says it too")
                        .contains("Not checked in Keyed leak: ").contains("name + email address")
                        .contains("you have not allowed online lookups for it.");
            }

            Cli.Result keyed = check(pack, profiles, "--json", "--allow-keyed");
            assertThat(keyed.exitCode()).as(keyed.err()).isZero();
            lines = jsonLines(keyed.out());
            assertThat(lines.get(0).get("exposed").asBoolean()).isTrue();
            assertThat(lines.get(0).get("matches").get(0).get("matched_types").toString()).isEqualTo("[\"name\",\"email\",\"dob\"]");
            assertThat(lines.get(1).get("matches").get(0).get("matched_types").toString()).contains("plate");
            assertThat(lines).noneMatch(line -> line.has("not_checked"));
        } finally {
            service.stop();
        }

        Cli.Result unreachable = check(pack, profiles, "--allow-keyed");
        assertThat(unreachable.exitCode()).as("a keyed lookup that was allowed but failed is not a clean result").isEqualTo(1);
        assertThat(unreachable.out()).contains("Could not check in Keyed leak: ")
                .contains("Could not reach the keyed service 127.0.0.1:" + service.address().getPort() + ". Everything else was checked.")
                .as("offline tokens are still checked").contains("appear in 1 dataset");
        JsonNode student = jsonLines(check(pack, profiles, "--allow-keyed", "--json").out()).get(1);
        assertThat(student.get("exposed").asBoolean()).isTrue();
        assertThat(student.get("not_checked").get(0).get("reason").asText()).startsWith("Could not reach the keyed service");
    }

    @Test
    void aServiceThatCannotProveThePacksKeyOrIsOverItsLimitIsRefusedInOneSentence() throws Exception {
        Path otherKeys = dir.resolve("other-keys");
        assertThat(Cli.run("keyed", "keygen", "--out", otherKeys.toString()).exitCode()).isZero();
        KeyedService service = serve(keys.resolve(KeyedKeyFiles.PRIVATE_FILE), new RateLimits(128, 128, 1_000, 100_000));
        String url = "http://127.0.0.1:" + service.address().getPort() + "/";
        Path wrongKey = dir.resolve("wrong-key.ecpack");
        Path rightKey = dir.resolve("right-key.ecpack");
        assertThat(build(wrongKey, "--keyed-key", otherKeys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(), "--keyed-url", url).exitCode()).isZero();
        assertThat(build(rightKey, "--keyed-key", keys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(), "--keyed-url", url).exitCode()).isZero();
        Path profile = Files.writeString(dir.resolve("teacher.json"), TEACHER);
        // A client may spend 128 evaluations: two padded batches of 64 (the refused one counts too), then no more.
        try {
            Cli.Result refused = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack",
                    wrongKey.toString(), "--trust", keys.resolve("publisher.pub").toString(), "--allow-keyed", "--data-dir", dir.resolve("data").toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            assertThat(refused.out()).contains("did not prove that it used the key named in the pack, so its answer was not used.")
                    .doesNotContain("appear in");

            Cli.Result first = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack",
                    rightKey.toString(), "--trust", keys.resolve("publisher.pub").toString(), "--allow-keyed", "--data-dir", dir.resolve("data").toString());
            assertThat(first.out()).as("positive control: the pack naming the service's key is answered").contains("appear in 1 dataset");
            Cli.Result limited = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profile", profile.toString(), "--pack",
                    rightKey.toString(), "--trust", keys.resolve("publisher.pub").toString(), "--allow-keyed", "--data-dir", dir.resolve("data").toString());
            assertThat(limited.exitCode()).isEqualTo(1);
            assertThat(limited.out()).containsPattern("has had too many lookups from this address or in total; try again in [0-9]+ seconds\\.");
        } finally {
            service.stop();
        }
    }

    @Test
    void aProxyWithoutAllowKeyedIsOneSentence() throws Exception {
        Path profile = Files.writeString(dir.resolve("teacher.json"), TEACHER);
        assertOneSentence(Cli.run("check", "--profile", profile.toString(), "--proxy", "socks5://127.0.0.1:9050", "--data-dir",
                dir.resolve("data").toString()), "--proxy is for keyed lookups; give --allow-keyed too, or leave --proxy out.");
    }

    private Cli.Result check(Path pack, Path profiles, String... more) {
        return Cli.run(Cli.concat(new String[] {"check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profiles", profiles.toString(),
                "--pack", pack.toString(), "--trust", keys.resolve("publisher.pub").toString(), "--data-dir", dir.resolve("data").toString()}, more));
    }

    private static List<JsonNode> jsonLines(String out) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.strip().split("\n")) {
            lines.add(Json.MAPPER.readTree(line));
        }
        return lines;
    }

    private static KeyedService serve(Path keyFile, RateLimits limits) throws Exception {
        VoprfPrivateKey key = KeyedKeyFiles.readPrivateKey(keyFile);
        return KeyedService.start(new ServiceSettings("127.0.0.1", 0, 2, (int) Math.min(ServiceSettings.DEFAULT_MAX_BATCH, limits.clientBurst()),
                limits, false, Duration.ofSeconds(1)), new VoprfEvaluator(key, new SecureRandom()));
    }

    private Cli.Result build(Path pack, String... keyed) {
        return Cli.run(Cli.concat(Cli.concat(new String[] {"pack", "build", "--input", records.toString(), "--format", "jsonl",
                "--title", "Keyed leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out", pack.toString()},
                Cli.CHEAP_BUILD_FLAGS), keyed));
    }

    private static void assertOneSentence(Cli.Result result, String sentence) {
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo(sentence);
    }
}
