package org.exposurecheck.pack.ingest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;

/**
 * Photos a source names by a path relative to its own file or folder. A photo that is missing, outside
 * that folder, or not an image becomes a report line, and the record goes on without it.
 */
final class PhotoFiles {
    private final Path base;

    PhotoFiles(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    /** The record with each {@code photo} identifier (a path) replaced by the photo's hash, when it can be read. */
    SourceRecord withPhotoHashes(SourceRecord record, Consumer<SourceIssue> issues) {
        if (record.identifiers().stream().noneMatch(identifier -> identifier.type() == IdentifierType.PHOTO)) {
            return record;
        }
        List<Identifier> identifiers = new ArrayList<>();
        List<PhotoHash> photos = new ArrayList<>(record.photos());
        for (Identifier identifier : record.identifiers()) {
            if (identifier.type() == IdentifierType.PHOTO) {
                hash(identifier.value(), record.location(), issues).ifPresent(photos::add);
            } else {
                identifiers.add(identifier);
            }
        }
        return new SourceRecord(record.location(), record.sourceId(), record.source(), record.category(), record.firstSeen(),
                record.lastSeen(), identifiers, photos);
    }

    Optional<PhotoHash> hash(String relativePath, String location, Consumer<SourceIssue> issues) {
        Path file;
        try {
            file = base.resolve(relativePath.trim()).normalize();
        } catch (InvalidPathException invalid) {
            issues.accept(new SourceIssue(location, "a photo path cannot be read as a file name; photo skipped"));
            return Optional.empty();
        }
        if (!file.startsWith(base)) {
            issues.accept(new SourceIssue(location, "a photo path points outside the input's folder; photo skipped"));
            return Optional.empty();
        }
        try {
            return Optional.of(PhotoHasher.hash(file));
        } catch (PhotoHasher.NotAPhotoException notAPhoto) {
            issues.accept(new SourceIssue(location, "a photo file " + notAPhoto.getMessage() + "; photo skipped"));
            return Optional.empty();
        }
    }
}
