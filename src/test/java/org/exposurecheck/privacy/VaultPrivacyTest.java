package org.exposurecheck.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.exposurecheck.privacy.PersonalValueScan.assertNoNeedleIn;
import static org.exposurecheck.privacy.PersonalValueScan.containsAnyNeedle;
import static org.exposurecheck.privacy.PersonalValueScan.listFiles;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.exposurecheck.app.vault.InstalledSequences;
import org.exposurecheck.app.vault.Scheduler;
import org.exposurecheck.app.vault.VaultMonitor;
import org.exposurecheck.app.vault.VaultRecheck;
import org.exposurecheck.app.vault.VaultSession;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.demo.TruthEntry;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.base.Json;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.vault.CheckedPacksNote;
import org.exposurecheck.store.vault.Passphrase;
import org.exposurecheck.store.vault.SavedProfile;
import org.exposurecheck.store.vault.VaultFile;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.EveryLogLine;
import org.exposurecheck.testsupport.LoopbackMirrors;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.KdfParameters;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved profile is written only inside the encrypted vault: while profiles are saved, the vault unlocked,
 * listed and checked through the real CLI or the app's vault services (re-checked after updates, locked by quick
 * exit), no value of theirs, no canonical form and no fast hash of either
 * appears in the data directory (the vault and its half-written saves included, read while they exist), in a
 * new temporary file, in a log line or in what the commands print.
 */
class VaultPrivacyTest {
    private static final String PASSPHRASE = "plinth mango quarry velvet ochre";

    @TempDir
    Path dir;
    @RegisterExtension
    final EveryLogLine logs = new EveryLogLine();

    @Test
    void savedProfilesLeaveNoValueOutsideTheVault() throws Exception {
        SyntheticDataset data = SyntheticDataset.generate(40, 8, 1313);
        Path input = dir.resolve("input");
        data.writeTo(input);
        Path keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
        Path pack = dir.resolve("leak.ecpack");
        Cli.Result build = Cli.run(Cli.concat(new String[] {"pack", "build", "--input", input.resolve("records.jsonl").toString(),
                "--format", "jsonl", "--title", "Leak", "--signing-key", keys.resolve("publisher.key").toString(), "--out",
                pack.toString()}, Cli.CHEAP_BUILD_FLAGS));
        assertThat(build.exitCode()).as(build.err()).isZero();
        Path dataDir = dir.resolve("data");
        assertThat(Cli.run("pack", "install", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, pack.toString(), "--trust", keys.resolve("publisher.pub").toString(),
                "--data-dir", dataDir.toString()).exitCode()).isZero();

        List<Path> profileFiles = new ArrayList<>();
        List<Identifier> saved = new ArrayList<>();
        for (int i = 0; i < data.personas().size(); i++) {
            if (data.truth().get(i).kind() == TruthEntry.Kind.EXPOSED && profileFiles.size() < 3) {
                Profile persona = data.personas().get(i);
                profileFiles.add(profileFile(dir.resolve("profile-" + i + ".json"), "persona " + i, persona));
                saved.addAll(persona.identifiers());
            }
        }
        assertThat(profileFiles).hasSize(3);
        List<byte[]> needles = PersonalValueScan.needles(saved);
        assertThat(containsAnyNeedle(Files.readAllBytes(profileFiles.get(0)), needles))
                .as("positive control: the scan finds the values in the plain profile file").isTrue();
        Path passphrase = dir.resolve("passphrase");
        Files.writeString(passphrase, PASSPHRASE);

        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = listFiles(tmp);
        before.addAll(listFiles(dataDir));
        List<Cli.Result> results = new ArrayList<>();
        String[] vault = {"--data-dir", dataDir.toString(), "--passphrase-file", passphrase.toString()};
        FileSnapshots snapshots = new FileSnapshots(List.of(dataDir, tmp), before);
        try {
            // A cheap KDF cost keeps the many unlocks quick; init (which saves no profile) is tested elsewhere.
            try (Passphrase chosen = Passphrase.wrap(PASSPHRASE.toCharArray())) {
                new VaultFile(dataDir).create(chosen, new KdfParameters(64, 1, 1)).close();
            }
            for (Path profile : profileFiles) {
                results.add(Cli.run(Cli.concat(new String[] {"vault", "add", "--profile", profile.toString()}, vault)));
            }
            results.add(Cli.run(Cli.concat(new String[] {"vault", "list"}, vault)));
            results.add(Cli.run(Cli.concat(new String[] {"vault", "check", "--json", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS}, vault)));
            results.add(Cli.run(Cli.concat(new String[] {"vault", "check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS}, vault)));
        } finally {
            snapshots.close();
        }
        for (Cli.Result result : results) {
            assertThat(result.exitCode()).as(result.err()).isZero();
        }
        assertThat(results.get(results.size() - 2).out()).as("the check found the saved people").contains("\"exposed\":true");

        assertThat(snapshots.seen().keySet()).as("the vault was read while being written").anyMatch(file -> file.endsWith("vault.ecvault"));
        snapshots.seen().forEach((file, versions) -> versions.forEach(bytes -> assertNoNeedleIn(file.toString(), bytes, needles)));
        for (Path file : listFiles(dataDir)) {
            assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
        }
        String logText = logs.text();
        assertThat(logText).as("the vault logs what it does, so this scan is not vacuous").contains("Unlocked the vault").contains("Saved the vault");
        assertNoNeedleIn("the log", logText.getBytes(StandardCharsets.UTF_8), needles);
        for (Cli.Result result : results) {
            assertNoNeedleIn("what a vault command printed", (result.out() + result.err()).getBytes(StandardCharsets.UTF_8), needles);
        }
    }

    private static Path profileFile(Path file, String label, Profile persona) throws Exception {
        var node = Json.MAPPER.createObjectNode().put("label", label);
        var identifiers = node.putArray("identifiers");
        persona.identifiers().forEach(id -> identifiers.addObject().put("type", id.type().id()).put("value", id.value()));
        Files.write(file, Json.MAPPER.writeValueAsBytes(node));
        return file;
    }

    /**
     * The app's way: the vault session and monitoring services, an update over loopback while the vault is open and
     * another while it is locked, re-checks, a ticked step, quick exit. The only file about the vault left outside the
     * encryption is the note of checked datasets, and it names packs only.
     */
    @Test
    void monitoringThroughTheAppServicesLeavesNoValueOutsideTheVault() throws Exception {
        SyntheticDataset data = SyntheticDataset.generate(40, 8, 1313);
        SigningKey publisher = SigningKey.generate(new SecureRandom());
        byte[] first = TestPacks.build(data.asSource(), TestPacks.settings("leak", 1), publisher).pack();
        byte[] rebuilt = TestPacks.build(data.asSource(), TestPacks.settings("leak", 2), publisher).pack();
        List<Profile> exposed = new ArrayList<>();
        for (int i = 0; i < data.personas().size() && exposed.size() < 2; i++) {
            if (data.truth().get(i).kind() == TruthEntry.Kind.EXPOSED) {
                exposed.add(data.personas().get(i));
            }
        }
        List<byte[]> needles = PersonalValueScan.needles(exposed.stream().flatMap(p -> p.identifiers().stream()).toList());
        Path dataDir = dir.resolve("app-data");
        Files.createDirectories(dataDir);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Set<Path> before = listFiles(tmp);
        before.addAll(listFiles(dataDir));
        NeverIdle idle = new NeverIdle();
        List<String> printed = new ArrayList<>();
        FileSnapshots snapshots = new FileSnapshots(List.of(dataDir, tmp), before);
        try (TokenDeriver deriver = new TokenDeriver(2); LoopbackMirrors mirrors = new LoopbackMirrors(dir, publisher)) {
            VaultSession session = new VaultSession(dataDir, TestPacks.CLOCK, idle, Duration.ofMinutes(10), Runnable::run,
                    new KdfParameters(64, 1, 1));
            session.addListener(status -> printed.add(status.toString()));
            VaultMonitor monitor = new VaultMonitor(session, InstalledSequences.of(dataDir), () -> {
                try (PackStore store = PackStore.open(dataDir)) {
                    return store.load(TestPacks.NOW).judged(TestPacks.SCALED_MINIMUM);
                }
            }, new MatchEngine(new Normaliser(TestPacks.CLOCK), deriver)::check, TestPacks.CLOCK);
            session.create(PASSPHRASE.toCharArray(), PASSPHRASE.toCharArray());
            for (int i = 0; i < exposed.size(); i++) {
                session.addProfile(SavedProfile.added("persona " + i, exposed.get(i).identifiers(), List.of()));
            }
            VaultRecheck.Checked found = monitor.afterUpdate(mirrors.update(dataDir, 1, first), Progress.NONE, new CancelSignal()).orElseThrow();
            assertThat(found.profiles()).allMatch(result -> result.report().exposed());
            printed.add(found.toString());
            found.profiles().forEach(result -> printed.add(result.toString()));
            session.tick("persona 0", IdentifierType.PHONE, 1, true);
            session.lock();
            assertThat(monitor.afterUpdate(mirrors.update(dataDir, 2, rebuilt), Progress.NONE, new CancelSignal())).isEmpty();
            printed.add(monitor.pendingNote().orElseThrow().inEnglish());
            session.unlock(PASSPHRASE.toCharArray());
            VaultRecheck.Checked again = monitor.recheck(Progress.NONE, new CancelSignal()).orElseThrow();
            assertThat(again.newFindings()).isZero();
            session.lockNow();
        } finally {
            snapshots.close();
        }

        assertThat(snapshots.seen().keySet()).as("the vault and the note were read while being written")
                .anyMatch(file -> file.endsWith(VaultFile.FILE_NAME)).anyMatch(file -> file.endsWith(CheckedPacksNote.FILE_NAME));
        snapshots.seen().forEach((file, versions) -> versions.forEach(bytes -> assertNoNeedleIn(file.toString(), bytes, needles)));
        for (Path file : listFiles(dataDir)) {
            assertNoNeedleIn(file.toString(), Files.readAllBytes(file), needles);
        }
        assertThat(Json.MAPPER.readTree(dataDir.resolve(CheckedPacksNote.FILE_NAME).toFile()).toString())
                .isEqualTo("{\"format\":1,\"packs\":{\"leak\":2}}");
        String logText = logs.text();
        assertThat(logText).as("the services log what they do, so this scan is not vacuous").contains("Locked the vault").contains("Saved the vault");
        assertNoNeedleIn("the log", logText.getBytes(StandardCharsets.UTF_8), needles);
        assertNoNeedleIn("what the services' results print", String.join("\n", printed).getBytes(StandardCharsets.UTF_8), needles);
    }

    /** An idle lock that never falls due during this test. */
    private static final class NeverIdle implements Scheduler {
        @Override
        public Scheduled schedule(Runnable task, Duration delay) {
            return () -> { };
        }
    }
}

