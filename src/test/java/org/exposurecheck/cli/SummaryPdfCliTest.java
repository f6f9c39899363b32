package org.exposurecheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.exposurecheck.app.Messages;
import org.exposurecheck.base.Json;
import org.exposurecheck.testsupport.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A clinic checks a list of people and hands each their printed summary, composed as the app composes it. */
class SummaryPdfCliTest {
    @TempDir
    Path dir;

    @Test
    void oneSummaryPerProfileInTheLanguageAskedNamedByLineNeverByLabel() throws Exception {
        List<String> names = new ArrayList<>();
        Path profiles = profilesLabelledWithTheirOwnNames(2, names);
        Path out = dir.resolve("summaries");

        Cli.Result check = Cli.run("check", "--data-dir", dir.resolve("data").toString(), "--profiles", profiles.toString(),
                "--summary-pdf", out.toString(), "--lang", "zh-HK");

        assertThat(check.exitCode()).as(check.err()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .containsExactly("summary-line-1.pdf", "summary-line-2.pdf")
                    .allSatisfy(name -> names.forEach(label -> assertThat(name).doesNotContain(label)));
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("summary-line-1.pdf").toFile())) {
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo(Messages.in(Locale.forLanguageTag("zh-HK")).text("summary.title"));
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-HK");
        }
        assertThat(check.err()).contains("Wrote the printed summary of line 2 to " + out.resolve("summary-line-2.pdf") + ".");
    }

    @Test
    void aLanguageTheAppDoesNotSpeakIsOneSentenceAndWritesNothing() throws Exception {
        Path profiles = profilesLabelledWithTheirOwnNames(1, new ArrayList<>());
        Path out = dir.resolve("summaries");

        Cli.Result check = Cli.run("check", "--data-dir", dir.resolve("data").toString(), "--profiles", profiles.toString(),
                "--summary-pdf", out.toString(), "--lang", "fr");

        assertThat(check.exitCode()).isNotZero();
        assertThat(check.err()).contains("--lang must be en, zh-HK or zh-CN.").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    /** The generator's demo personas, each labelled with the name it types: the worst label a person could choose. */
    private Path profilesLabelledWithTheirOwnNames(int count, List<String> names) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = SummaryPdfCliTest.class.getResourceAsStream("/org/exposurecheck/demo/demo-personas.jsonl")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(count).toList()) {
                ObjectNode persona = (ObjectNode) Json.MAPPER.readTree(line);
                // Its photo lies beside the demo's own file, not this one.
                ((ArrayNode) persona.get("identifiers")).removeIf(identifier -> identifier.get("type").asText().equals("photo"));
                String name = persona.get("identifiers").get(0).get("value").asText();
                names.add(name);
                lines.add(persona.put("label", name).toString());
            }
        }
        Path profiles = dir.resolve("profiles.jsonl");
        Files.write(profiles, lines, StandardCharsets.UTF_8);
        return profiles;
    }
}
