package org.exposurecheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.ExposureReport;
import org.exposurecheck.match.KeyedGap;
import org.exposurecheck.match.RecordMatch;
import org.exposurecheck.base.Json;

/** One line of {@code check --json} output, exactly as DESIGN §4 shows it. */
final class ReportJson {
    private ReportJson() {
    }

    static String line(ExposureReport report) {
        return text(node(report));
    }

    /** The line as a tree, for commands that print it with fields of their own added ({@code vault check}). */
    static ObjectNode node(ExposureReport report) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("label", report.label());
        root.put("exposed", report.exposed());
        ArrayNode matches = root.putArray("matches");
        for (RecordMatch match : report.matches()) {
            ObjectNode node = matches.addObject();
            node.put("pack", match.packId());
            node.put("record", match.record().id());
            node.put("category", match.record().category());
            node.put("first_seen", match.record().firstSeen() == null ? null : match.record().firstSeen().toString());
            types(node.putArray("matched_types"), match.matchedTypes());
            types(node.putArray("record_types"), match.record().types());
            node.put("confidence", match.confidence().id());
        }
        if (!report.keyedGaps().isEmpty()) {
            ArrayNode gaps = root.putArray("not_checked");
            for (KeyedGap gap : report.keyedGaps()) {
                ObjectNode node = gaps.addObject();
                node.put("pack", gap.packId());
                ArrayNode types = node.putArray("keyed_types");
                gap.types().forEach(type -> types.add(type.tag()));
                node.put("reason", gap.notAllowed() ? "keyed lookups not allowed (--allow-keyed)" : gap.failure().orElseThrow().inEnglish());
            }
        }
        return root;
    }

    static String text(ObjectNode root) {
        try {
            return Json.MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Types in their canonical order (name, hkid, phone, …), whatever order the set holds them in. */
    static void types(ArrayNode array, Collection<IdentifierType> types) {
        for (IdentifierType type : IdentifierType.values()) {
            if (types.contains(type)) {
                array.add(type.id());
            }
        }
    }
}
