package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.exposurecheck.pack.Json;
import org.exposurecheck.pack.KeyedKeyFiles;
import org.exposurecheck.testsupport.Cli;
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
        Path pack = dir.resolve("keyed.ecpack");
        Path report = dir.resolve("report.json");

        Cli.Result built = build(pack, "--keyed-key", keys.resolve(KeyedKeyFiles.PRIVATE_FILE).toString(),
                "--keyed-url", "https://keyed.example.org/", "--keyed-kdf-memory", "64", "--report", report.toString());

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
