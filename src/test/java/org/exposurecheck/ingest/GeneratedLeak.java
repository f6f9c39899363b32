package org.exposurecheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.exposurecheck.bench.DetectionScore;
import org.exposurecheck.demo.DatasetFormat;
import org.exposurecheck.demo.SyntheticDataset;
import org.exposurecheck.demo.TruthEntry;
import org.exposurecheck.identity.Normaliser;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.MatchEngine;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.Pack;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.SigningKey;
import org.exposurecheck.pack.ingest.RecordSource;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.exposurecheck.testsupport.Cli;
import org.exposurecheck.testsupport.TestPacks;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.token.Progress;
import org.exposurecheck.token.TokenDeriver;

/**
 * One generated leak written in every format, and the two ways to score a pack built from one of them:
 * through the real CLI (build, then {@code check --profiles --json}, scored per persona) and through the
 * engine (scored per record with {@link DetectionScore}, which needs the builder's source-id map).
 */
final class GeneratedLeak {
    final SyntheticDataset data;
    final Path dir;
    final Path keys;

    GeneratedLeak(Path dir, int records, int personas) throws Exception {
        this.dir = dir;
        this.data = SyntheticDataset.generate(records, personas, 42);
        data.writeTo(dir, EnumSet.allOf(DatasetFormat.class));
        keys = dir.resolve("keys");
        assertThat(Cli.run("keygen", "--out", keys.toString()).exitCode()).isZero();
    }

    Cli.Result build(Path pack, String... sourceArgs) {
        String[] args = Cli.concat(Cli.concat(new String[] {"pack", "build", "--title", "Generated leak", "--signing-key",
                keys.resolve("publisher.key").toString(), "--out", pack.toString()}, sourceArgs), Cli.CHEAP_BUILD_FLAGS);
        return Cli.run(args);
    }

    /** Persona-level outcome of {@code check --profiles personas.jsonl --json} against one pack. */
    record Detection(int exposed, int detected, int othersMatched, int photoMatches) {
    }

    Detection checkViaCli(Path pack) throws Exception {
        Cli.Result check = Cli.run("check", "--min-gpu-years", Cli.SCALED_MINIMUM_YEARS, "--profiles", dir.resolve("personas.jsonl").toString(), "--pack", pack.toString(),
                "--trust", keys.resolve("publisher.pub").toString(), "--json");
        assertThat(check.exitCode()).as(check.err()).isZero();
        String[] lines = check.out().strip().split("\n");
        assertThat(lines).hasSize(data.personas().size());
        int exposed = 0;
        int detected = 0;
        int others = 0;
        int photos = 0;
        for (int i = 0; i < lines.length; i++) {
            JsonNode result = org.exposurecheck.base.Json.MAPPER.readTree(lines[i]);
            boolean isExposed = data.truth().get(i).kind() == TruthEntry.Kind.EXPOSED;
            exposed += isExposed ? 1 : 0;
            detected += isExposed && result.get("exposed").asBoolean() ? 1 : 0;
            others += !isExposed && result.get("exposed").asBoolean() ? 1 : 0;
            for (JsonNode match : result.get("matches")) {
                if (match.get("matched_types").toString().contains("\"photo\"")) {
                    photos++;
                    assertThat(match.get("confidence").asText()).isIn("possible", "certain");
                }
            }
        }
        return new Detection(exposed, detected, others, photos);
    }

    /** Record-level recall of the engine on a pack built from {@code source}, with the personas' own photos. */
    DetectionScore score(RecordSource source, DatasetFormat format) throws Exception {
        SigningKey key = SigningKey.generate(new SecureRandom());
        TestPacks.Built built = TestPacks.build(source, TestPacks.settings("generated", 1), key);
        Pack pack = PackFile.read(built.pack(), key.publicKey(), TestPacks.NOW);
        Map<String, String> recordIds = new HashMap<>();
        data.sourceIdsIn(format).forEach((truthId, sourceId) -> {
            String recordId = built.recordIdsBySourceId().get(sourceId);
            if (recordId != null) {
                recordIds.put(truthId, recordId);
            }
        });
        List<ExposureReport> reports = new ArrayList<>();
        try (TokenDeriver deriver = new TokenDeriver(2)) {
            MatchEngine engine = new MatchEngine(new Normaliser(TestPacks.CLOCK), deriver);
            for (Profile persona : data.personas()) {
                Profile withPhoto = data.personaPhoto(persona.label()).isEmpty() ? persona : new Profile(persona.label(),
                        persona.identifiers(), PhotoHasher.probes(dir.resolve("faces/" + persona.label() + ".jpg")));
                reports.add(engine.check(withPhoto, List.of(pack), Progress.NONE, new CancelSignal()));
            }
        }
        return DetectionScore.score(data, recordIds, reports);
    }
}
