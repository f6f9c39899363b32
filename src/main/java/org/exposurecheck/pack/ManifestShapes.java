package org.exposurecheck.pack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.exposurecheck.identity.FormKind;
import org.exposurecheck.token.PackAudit;
import org.exposurecheck.token.RecordShape;

/** Record shapes between the audit's form ({@link RecordShape}) and the manifest's ({@link Manifest.Shape}). */
final class ManifestShapes {
    private ManifestShapes() {
    }

    /** The manifest's list: most common shape first, then by description, so equal packs write equal manifests. */
    static List<Manifest.Shape> toManifest(Map<RecordShape, Integer> shapes) {
        List<Manifest.Shape> list = new ArrayList<>();
        shapes.forEach((shape, records) -> list.add(new Manifest.Shape(records,
                shape.values().stream().map(value -> new Manifest.ShapeValue(value.kind().tag(),
                        value.isDerived() ? value.derivedGuesses() : null)).toList(),
                shape.tokens().stream().map(link -> link.isPair() ? List.of(link.first(), link.second()) : List.of(link.first())).toList())));
        list.sort(Comparator.comparingInt((Manifest.Shape shape) -> -shape.records()).thenComparing(Manifest.Shape::toString));
        return List.copyOf(list);
    }

    /** The shapes a manifest declares, or empty when any of them cannot be read. */
    static Optional<List<PackAudit.ShapeCount>> fromManifest(List<Manifest.Shape> shapes) {
        List<PackAudit.ShapeCount> counted = new ArrayList<>();
        for (Manifest.Shape shape : shapes) {
            if (shape == null || shape.records() < 1 || shape.values() == null || shape.tokens() == null) {
                return Optional.empty();
            }
            List<RecordShape.Value> values = new ArrayList<>();
            for (Manifest.ShapeValue value : shape.values()) {
                Optional<FormKind> kind = value == null ? Optional.empty() : FormKind.fromTag(value.kind());
                if (kind.isEmpty()) {
                    return Optional.empty();
                }
                try {
                    values.add(value.derivedGuesses() == null ? RecordShape.Value.of(kind.get())
                            : new RecordShape.Value(kind.get(), value.derivedGuesses()));
                } catch (IllegalArgumentException invalid) {
                    return Optional.empty();
                }
            }
            List<RecordShape.Link> links = new ArrayList<>();
            for (List<Integer> token : shape.tokens()) {
                if (token == null || token.isEmpty() || token.size() > 2 || token.stream().anyMatch(Objects::isNull)) {
                    return Optional.empty();
                }
                links.add(token.size() == 1 ? RecordShape.Link.of(token.get(0)) : new RecordShape.Link(token.get(0), token.get(1)));
            }
            try {
                RecordShape recordShape = new RecordShape(values, links);
                // Reading a type checks the pair is one a builder could make (different identifier types).
                recordShape.tokens().forEach(recordShape::type);
                counted.add(new PackAudit.ShapeCount(recordShape, shape.records()));
            } catch (IllegalArgumentException invalid) {
                return Optional.empty();
            }
        }
        return Optional.of(counted);
    }
}
