package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposurecheck.privacy.PersonalValueScan.assertNoNeedleIn;
import static org.exposurecheck.privacy.PersonalValueScan.listFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.exposurecheck.demo.DatasetFormat;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.PackBuilder;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.TelegramExportSource;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.exposurecheck.pack.KeyFiles;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackRecord;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.EveryLogLine;
import org.exposurecheck.testsupport.ForgedPacks;
import org.exposurecheck.testsupport.TempFolderWatch;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Privacy is a test: after building a pack, installing it and checking personas through the real CLI,
 * no raw identifier, no canonical form, and no fast hash (MD5, SHA-1, SHA-256) of either — as bytes or
 * as hex — appears in the pack, its labels as a reader shows them, the data directory, a log line, a temp
 * file (watched while the commands run, not only listed afterwards), a build report (printed or JSON), or
 * the builder's scratch files while they exist. A folder that cannot be read fails the scan.
 */
class NoRawIdentifierTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final EveryLogLine logs = new EveryLogLine();

    @Test
    void noIdentifierOrFastHashOfOneLeavesTheMachineState() throws Exception {
        SyntheticDataset data = SyntheticDataset.generate(150, 30, 5);
        Path input = dir.resolve("input");
        data.writeTo(input);
        Path out = dir.resolve("out");
        Files.createDirectories(out);
        TempFolderWatch temp = TempFolderWatch.startOnTemporaryFolder();

        assertThat(Cli.run("keygen", "--out", out.resolve("keys").toString()).exitCode()).isZero();
        Path pack = out.resolve("leak.ecpack");
        Cli.Result build = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", input.resolve("records.jsonl").toString(),
                "--format", "jsonl", "--title", "Leak", "--signing-key", out.resolve("keys/publisher.key").toString(), "--out",
                pack.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(build.exitCode()).as(build.err()).isZero();
        Path dataDir = out.resolve("data");
        assertThat(Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", out.resolve("keys/publisher.pub").toString(),
                "--data-dir", dataDir.toString()).exitCode()).isZero();
        Path canary = Files.createTempFile("exposure-check-canary-", ".tmp");
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profiles", input.resolve("personas.jsonl").toString(), "--data-dir", dataDir.toString(), "--json");
        assertThat(check.exitCode()).isZero();
        assertThat(check.out()).contains("\"exposed\":true");
        Files.delete(canary);
        temp.close();
        assertThat(temp.failures()).as("every folder of the temporary folder could be read").isEmpty();
        assertThat(temp.seen()).as("the watch saw a file that existed only during the run, so it was watching").containsKey(canary.toString());

        List<byte[]> needles = needles(data);
        assertThat(needles).hasSizeGreaterThan(1000);
        assertNoNeedleIn("the pack", Files.readAllBytes(pack), needles);
        for (Path file : listFiles(dataDir)) {
            assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
        }
        assertThat(logs.isEmpty()).as("the build, install and check log something, so this scan is not vacuous").isFalse();
        assertNoNeedleIn("the log", logs.text().getBytes(StandardCharsets.UTF_8), needles);
        temp.seen().forEach((file, bytes) -> assertNoNeedleIn(file, bytes, needles));
        assertNoNeedleIn("the build report", build.out().getBytes(StandardCharsets.UTF_8), needles);
        assertNoNeedleIn("the pack's labels", labels(pack, out.resolve("keys/publisher.pub")), needles);
    }

    /**
     * The new source formats: a Telegram export built through the CLI with a JSON report, and a build whose
     * token runs spill to scratch files (a tiny sort buffer), whose scratch folder is scanned while the KDF
     * is still running — and must be gone afterwards.
     */
    @Test
    void telegramBuildsReportsAndScratchFilesHoldNoIdentifier() throws Exception {
        SyntheticDataset data = SyntheticDataset.generate(60, 12, 9);
        Path input = dir.resolve("input");
        data.writeTo(input, EnumSet.of(DatasetFormat.TELEGRAM));
        List<byte[]> needles = needles(data);
        Path out = dir.resolve("out");
        assertThat(Cli.run("keygen", "--out", out.resolve("keys").toString()).exitCode()).isZero();
        Path report = out.resolve("report.json");
        Cli.Result build = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", input.resolve("telegram").toString(),
                "--format", "telegram", "--title", "Leak", "--signing-key", out.resolve("keys/publisher.key").toString(),
                "--out", out.resolve("telegram.ecpack").toString(), "--report", report.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(build.exitCode()).as(build.err()).isZero();
        assertNoNeedleIn("the Telegram pack", Files.readAllBytes(out.resolve("telegram.ecpack")), needles);
        assertNoNeedleIn("the printed report", build.out().getBytes(StandardCharsets.UTF_8), needles);
        assertNoNeedleIn("the JSON report", Files.readAllBytes(report), needles);

        Path spillDir = out.resolve("spill");
        Map<String, byte[]> scratchSeen = new HashMap<>();
        Progress snapshot = (done, total) -> {
            synchronized (scratchSeen) {
                try {
                    for (Path file : listFiles(spillDir)) {
                        scratchSeen.put(file.toString(), Files.readAllBytes(file));
                    }
                } catch (IOException deletedMeanwhile) {
                    // A file removed between listing and reading: the next snapshot sees what replaced it.
                }
            }
        };
        SigningKey key = SigningKey.generate(new SecureRandom());
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            new PackBuilder(new Normaliser(TestPacks.CLOCK), deriver, new SecureRandom()).withTokensInMemory(16)
                    .build(new TelegramExportSource(input.resolve("telegram"), Map.of()), TestPacks.settings("spill", 1), key,
                            snapshot, new CancelSignal(), spillDir.resolve("spill.ecpack"));
        }
        assertThat(scratchSeen.keySet()).as("records, photos and spilled token runs were seen mid-build")
                .anyMatch(name -> name.contains("tokens-run-")).anyMatch(name -> name.endsWith("records.bin"))
                .anyMatch(name -> name.endsWith("photos.bin"));
        scratchSeen.forEach((name, bytes) -> assertNoNeedleIn(name, bytes, needles));
        assertThat(listFiles(spillDir)).as("only the pack is left").extracting(path -> path.getFileName().toString())
                .containsExactly("spill.ecpack");
    }

    /**
     * The scan of labels can fail: a pack whose category label is a persona's phone number (as the source of
     * issue 10 put a raw name, HKID and phone into a category) is caught — decoded, as a reader shows it.
     */
    @Test
    void aLabelHoldingAnIdentifierIsCaught() throws Exception {
        SyntheticDataset data = SyntheticDataset.generate(20, 4, 3);
        Identifier phone = data.personas().get(0).identifiers().stream()
                .filter(identifier -> identifier.type() == IdentifierType.PHONE).findFirst().orElseThrow();
        String placeholder = "L".repeat(60);
        SigningKey key = SigningKey.generate(new SecureRandom());
        byte[] built = TestPacks.build(TestPacks.source(List.of(TestPacks.record("src-1", placeholder, IdentifierType.NAME, "陳大文",
                IdentifierType.PHONE, "9123 4567"))), TestPacks.settings("labels", 1), key).pack();
        Path pack = Files.write(dir.resolve("labelled.ecpack"), ForgedPacks.withLabel(built, key, placeholder, phone.value()));
        Path publicKey = Files.writeString(dir.resolve("labelled.pub"), KeyFiles.publicKeyText(key.publicKey()));

        assertThat(PersonalValueScan.containsAnyNeedle(labels(pack, publicKey), needles(data))).isTrue();
    }

    /** The titles and record labels of a pack, decoded as a reader shows them, one per line. */
    private static byte[] labels(Path pack, Path publicKey) throws Exception {
        Pack read = PackFile.read(Files.readAllBytes(pack), KeyFiles.readPublisherKey(publicKey), TestPacks.NOW);
        StringBuilder labels = new StringBuilder(read.manifest().title()).append('\n').append(read.manifest().source()).append('\n');
        for (PackRecord record : read.records()) {
            labels.append(record.category()).append('\n').append(record.source()).append('\n');
        }
        return labels.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every raw value, every canonical form, and MD5/SHA-1/SHA-256 of each, as bytes and as hex. */
    private static List<byte[]> needles(SyntheticDataset data) throws Exception {
        List<Identifier> identifiers = new ArrayList<>();
        for (SourceRecord record : data.records()) {
            identifiers.addAll(record.identifiers());
        }
        for (Profile persona : data.personas()) {
            identifiers.addAll(persona.identifiers());
        }
        return PersonalValueScan.needles(identifiers);
    }
}
