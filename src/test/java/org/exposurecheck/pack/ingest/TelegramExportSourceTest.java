package org.exposurecheck.pack.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.exposurecheck.demo.PhotoVariant;
import org.exposurecheck.demo.SyntheticFace;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written exports of the shapes Telegram Desktop writes; every person is fictional. */
class TelegramExportSourceTest {
    @TempDir
    Path dir;
    private final List<SourceRecord> records = new ArrayList<>();
    private final List<SourceIssue> issues = new ArrayList<>();

    private static final String EXPORT = """
            {"name": "fictional channel", "type": "public_channel", "id": 1, "messages": [
             {"id": 1, "type": "service", "date": "2019-08-01T09:00:00", "action": "create_channel"},
             {"id": 2, "type": "message", "date": "2019-08-20T10:00:00", "edited": "2020-01-02T10:00:00",
              "photo": "photos/photo_2.jpg", "text": "姓名：陳大文\\n電話：9123 4567"},
             {"id": 3, "type": "message", "date": "2019-08-21T10:00:00",
              "text": [{"type": "bold", "text": "Name: "}, "Mary WONG Ka Yan\\n", {"type": "bold", "text": "Email: "},
                       {"type": "email", "text": "ka.yan.wong@gmail.com"}, "\\n", {"type": "text_link", "text": "IG", "href": "https://t.me/kayan_w"}]},
             {"id": 4, "type": "message", "date": "2019-08-22T10:00:00", "text": 42},
             {"id": 5, "type": "message", "date": "2019-08-23T10:00:00", "photo": "photos/not-a-photo.jpg", "text": "電話：6234 5678"}
            """;

    @Test
    void postsBecomeRecordsWithTextEntitiesDatesAndPhotos() throws Exception {
        writeExport(EXPORT + "]}");
        read();
        assertThat(records).hasSize(3);
        SourceRecord first = records.get(0);
        assertThat(first.location()).isEqualTo("post 2");
        assertThat(first.sourceId()).isEqualTo("post-2");
        assertThat(first.firstSeen()).hasToString("2019-08-20");
        assertThat(first.lastSeen()).as("an edit is when the post was last seen").hasToString("2020-01-02");
        assertThat(first.identifiers()).containsExactlyInAnyOrder(new Identifier(IdentifierType.NAME, "陳大文"),
                new Identifier(IdentifierType.PHONE, "9123 4567"));
        assertThat(first.photos()).hasSize(1);
        assertThat(first.source()).as("a doxxing channel's own name is never the label").isNull();
        assertThat(records.get(1).identifiers()).contains(new Identifier(IdentifierType.NAME, "Mary WONG Ka Yan"),
                new Identifier(IdentifierType.EMAIL, "ka.yan.wong@gmail.com"), new Identifier(IdentifierType.HANDLE, "https://t.me/kayan_w"));
        assertThat(issues).extracting(SourceIssue::toString).containsExactly(
                "post 4: its text is neither a string nor a list of text entities; post skipped",
                "post 5: a photo file is not an image in a format this version reads (JPEG, PNG, GIF, BMP); photo skipped");
        assertThat(records.get(2).photos()).isEmpty();
    }

    @Test
    void anExportThatBreaksOffKeepsThePostsBeforeTheBreak() throws Exception {
        writeExport(EXPORT.substring(0, EXPORT.indexOf("{\"id\": 3")) + "{\"id\": 3, \"type\": \"mess");
        read();
        assertThat(records).extracting(SourceRecord::location).containsExactly("post 2");
        assertThat(issues).singleElement().satisfies(issue -> {
            assertThat(issue.location()).startsWith("result.json line ");
            assertThat(issue.message()).isEqualTo("not valid JSON from here on (after post 2); the rest of the export was not read");
        });
    }

    private void writeExport(String json) throws Exception {
        Files.createDirectories(dir.resolve("photos"));
        Files.write(dir.resolve("photos/photo_2.jpg"), PhotoVariant.jpeg(SyntheticFace.draw(5), 0.8f));
        Files.writeString(dir.resolve("photos/not-a-photo.jpg"), "a text file with the wrong name", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("result.json"), json, StandardCharsets.UTF_8);
    }

    private void read() throws SourceException {
        new TelegramExportSource(dir, Map.of()).read(records::add, issues::add);
    }
}
