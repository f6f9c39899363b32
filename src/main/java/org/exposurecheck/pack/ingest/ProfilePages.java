package org.exposurecheck.pack.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads profile pages that share one template, by a mapping of CSS selectors ({@link SourceMapping.PageMapping}):
 * each element the {@code record} selector matches is one record; each field selector, applied inside it,
 * gives that field's values; the {@code photo} selector gives the addresses of its photos. A page whose
 * shape does not fit the mapping is reported, so a template change on the site does not go unnoticed.
 */
final class ProfilePages {
    private final SourceMapping.PageMapping mapping;

    ProfilePages(SourceMapping.PageMapping mapping) {
        this.mapping = mapping;
    }

    /** A record read from a page, with its photos still as addresses (absolute URLs) to fetch from the source. */
    record PageRecord(SourceRecord record, List<String> photoUrls) {
    }

    /** Whether the mapping's {@code pages} pattern selects this page (all pages when there is none). */
    boolean isProfilePage(String address) {
        return mapping.pages() == null || mapping.pages().matcher(address).find();
    }

    List<PageRecord> read(Document page, String location, Consumer<SourceIssue> issues) {
        Elements elements = page.select(mapping.record());
        if (elements.isEmpty()) {
            issues.accept(new SourceIssue(location, "no element matches the mapping's \"record\" selector; page skipped"));
            return List.of();
        }
        List<PageRecord> records = new ArrayList<>();
        int number = 0;
        for (Element element : elements) {
            number++;
            String where = elements.size() == 1 ? location : location + " (record " + number + ")";
            List<Identifier> identifiers = new ArrayList<>();
            String id = null;
            String source = null;
            String category = null;
            String firstSeen = null;
            String lastSeen = null;
            for (Map.Entry<String, SourceMapping.FieldSelector> field : mapping.fields().entrySet()) {
                List<String> values = values(element, field.getValue());
                Optional<IdentifierType> type = IdentifierType.fromId(field.getKey());
                if (type.isPresent()) {
                    values.forEach(value -> identifiers.add(new Identifier(type.get(), value)));
                } else if (!values.isEmpty()) {
                    String value = values.get(0);
                    switch (field.getKey()) {
                        case RecordFields.ID -> id = value;
                        case RecordFields.SOURCE -> source = value;
                        case RecordFields.CATEGORY -> category = value;
                        case RecordFields.FIRST_SEEN -> firstSeen = value;
                        default -> lastSeen = value;
                    }
                }
            }
            List<String> photoUrls = new ArrayList<>();
            if (mapping.photo() != null) {
                for (Element image : element.select(mapping.photo())) {
                    String url = image.absUrl("src");
                    if (!url.isEmpty()) {
                        photoUrls.add(url);
                    }
                }
            }
            if (identifiers.isEmpty() && photoUrls.isEmpty()) {
                issues.accept(new SourceIssue(where, "none of the mapping's identifier or photo selectors matched; record skipped"));
                continue;
            }
            try {
                records.add(new PageRecord(new SourceRecord(where, id != null ? id : where, source, category,
                        RecordFields.date(RecordFields.FIRST_SEEN, firstSeen).orElse(null),
                        RecordFields.date(RecordFields.LAST_SEEN, lastSeen).orElse(null), identifiers), photoUrls));
            } catch (IllegalArgumentException invalid) {
                issues.accept(new SourceIssue(where, invalid.getMessage() + "; record skipped"));
            }
        }
        return records;
    }

    private static List<String> values(Element scope, SourceMapping.FieldSelector field) {
        List<String> values = new ArrayList<>();
        for (Element element : scope.select(field.selector())) {
            String value = field.attribute() == null ? element.text() : element.attr(field.attribute());
            if (!value.isBlank()) {
                values.add(value.trim());
            }
        }
        return values;
    }
}
