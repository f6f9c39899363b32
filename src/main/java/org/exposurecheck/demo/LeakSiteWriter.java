package org.exposurecheck.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.ingest.SourceRecord;
import org.jsoup.nodes.Entities;

/**
 * Writes the dataset as a small static leak site under {@code site/}: index pages listing people
 * ({@code index.html}, {@code page-2.html} …), one profile page per record from a fixed template under
 * {@code people/}, headshots under {@code photos/}, and {@code site-mapping.json} beside the folder with
 * the CSS selectors that read that template (docs/ingest.md).
 */
final class LeakSiteWriter {
    private static final int PER_INDEX_PAGE = 25;
    private static final Map<IdentifierType, String> FIELD_LABELS = Map.of(IdentifierType.PHONE, "電話",
            IdentifierType.HKID, "身份證", IdentifierType.ADDRESS, "地址", IdentifierType.DOB, "出生日期",
            IdentifierType.EMAIL, "電郵", IdentifierType.HANDLE, "社交媒體", IdentifierType.EMPLOYER, "工作",
            IdentifierType.PLATE, "車牌");
    static final String MAPPING = """
            {
              "page": {
                "pages": "/people/",
                "record": "article.profile",
                "fields": {
                  "id": ".case-no",
                  "category": ".category",
                  "first_seen": {"selector": "time.first-seen", "attribute": "datetime"},
                  "name": "h1.name",
                  "phone": "dd.phone",
                  "hkid": "dd.hkid",
                  "address": "dd.address",
                  "dob": "dd.dob",
                  "email": "dd.email",
                  "handle": {"selector": "dd.handle a", "attribute": "href"},
                  "employer": "dd.employer",
                  "plate": "dd.plate"
                },
                "photo": "img.headshot"
              }
            }
            """;

    private LeakSiteWriter() {
    }

    static void write(Path dir, SyntheticDataset dataset) throws IOException {
        Path site = dir.resolve("site");
        Files.createDirectories(site.resolve("people"));
        Files.createDirectories(site.resolve("photos"));
        Files.writeString(dir.resolve("site-mapping.json"), MAPPING, StandardCharsets.UTF_8);
        List<SourceRecord> records = dataset.records();
        int pages = Math.max(1, (records.size() + PER_INDEX_PAGE - 1) / PER_INDEX_PAGE);
        for (int page = 1; page <= pages; page++) {
            List<SourceRecord> listed = records.subList((page - 1) * PER_INDEX_PAGE, Math.min(records.size(), page * PER_INDEX_PAGE));
            writeIndex(site.resolve(indexName(page)), listed, page, pages);
        }
        for (SourceRecord record : records) {
            Optional<Long> face = dataset.recordFace(record.sourceId());
            if (face.isPresent()) {
                Files.write(site.resolve("photos/" + record.sourceId() + ".jpg"), DatasetFiles.leakPhoto(face.get()));
            }
            writeProfile(site.resolve("people/" + record.sourceId() + ".html"), record, face.isPresent());
        }
    }

    private static String indexName(int page) {
        return page == 1 ? "index.html" : "page-" + page + ".html";
    }

    private static void writeIndex(Path file, List<SourceRecord> listed, int page, int pages) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head("Fictional leak site (demo data) — page " + page));
            out.write("<h1>Fictional leak site (demo data)</h1>\n<ul class=\"people\">\n");
            for (SourceRecord record : listed) {
                out.write("  <li><a href=\"people/" + record.sourceId() + ".html\">" + escape(name(record)) + "</a></li>\n");
            }
            out.write("</ul>\n<nav>");
            if (page < pages) {
                out.write("<a href=\"" + indexName(page + 1) + "\">next</a>");
            }
            out.write("</nav>\n</body></html>\n");
        }
    }

    private static void writeProfile(Path file, SourceRecord record, boolean photo) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(head("檔案 " + record.sourceId()));
            out.write("<nav><a href=\"../index.html\">首頁</a></nav>\n<article class=\"profile\">\n");
            out.write("  <h1 class=\"name\">" + escape(name(record)) + "</h1>\n");
            if (photo) {
                out.write("  <img class=\"headshot\" src=\"../photos/" + record.sourceId() + ".jpg\" alt=\"\">\n");
            }
            out.write("  <p class=\"case\">檔案編號 <span class=\"case-no\">" + record.sourceId() + "</span> · <span class=\"category\">"
                    + escape(record.category()) + "</span></p>\n  <dl class=\"details\">\n");
            for (Identifier identifier : record.identifiers()) {
                if (identifier.type() == IdentifierType.NAME) {
                    continue;
                }
                String value = escape(identifier.value());
                out.write("    <dt>" + FIELD_LABELS.get(identifier.type()) + "</dt><dd class=\"" + identifier.type().id() + "\">"
                        + (identifier.type() == IdentifierType.HANDLE ? "<a href=\"" + value + "\">" + value + "</a>" : value) + "</dd>\n");
            }
            out.write("  </dl>\n  <p class=\"seen\">首次刊登 <time class=\"first-seen\" datetime=\"" + record.firstSeen() + "\">"
                    + record.firstSeen() + "</time></p>\n</article>\n</body></html>\n");
        }
    }

    private static String name(SourceRecord record) {
        return record.identifiers().stream().filter(identifier -> identifier.type() == IdentifierType.NAME)
                .map(Identifier::value).findFirst().orElse("(no name)");
    }

    private static String head(String title) {
        return "<!DOCTYPE html>\n<html lang=\"zh-HK\"><head><meta charset=\"utf-8\"><title>" + escape(title)
                + "</title></head>\n<body>\n";
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
