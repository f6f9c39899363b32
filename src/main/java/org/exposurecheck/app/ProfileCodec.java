package org.exposurecheck.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.exposurecheck.identity.Identifier;
import org.exposurecheck.identity.IdentifierType;
import org.exposurecheck.match.Profile;
import org.exposurecheck.pack.ingest.JsonlSource;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;

/**
 * The one reader of the profile JSON (DESIGN §4): {@code {"label": …, "name": …, "phone": [...], "photo": "face.png"}}, for
 * the command line's profile files and the app's demo personas alike. A {@code photo} is a path relative to the file
 * the profile came from; it becomes fingerprints ({@link PhotoHasher#probes}) and never reaches the engine as a picture.
 */
public final class ProfileCodec {
    private ProfileCodec() {
    }

    /** A profile as written: its label, the identifiers typed, and its photos' paths as written. */
    public record Written(String label, List<Identifier> identifiers, List<String> photoPaths) {
        public Written {
            identifiers = List.copyOf(identifiers);
            photoPaths = List.copyOf(photoPaths);
        }

        @Override
        public String toString() {
            return "ProfileCodec.Written[" + identifiers.size() + " identifiers, " + photoPaths.size() + " photos, <redacted>]";
        }
    }

    /** Reads one profile object; what is not a profile is an {@link IllegalArgumentException} whose message ends a sentence. */
    public static Written read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("is not a JSON object");
        }
        JsonNode label = node.get("label");
        List<Identifier> identifiers = new ArrayList<>();
        List<String> photos = new ArrayList<>();
        for (Identifier identifier : JsonlSource.identifiers(node)) {
            if (identifier.type() == IdentifierType.PHOTO) {
                photos.add(identifier.value().trim());
            } else {
                identifiers.add(identifier);
            }
        }
        return new Written(label != null && label.isValueNode() ? label.asText() : "", identifiers, photos);
    }

    /** Reads one profile object whose photos lie in {@code folder}, fingerprinting them. */
    public static Profile read(JsonNode node, Path folder) {
        Written written = read(node);
        List<PhotoHash> probes = new ArrayList<>();
        for (int photo = 0; photo < written.photoPaths().size(); photo++) {
            try {
                probes.addAll(PhotoHasher.probes(folder.resolve(written.photoPaths().get(photo))));
            } catch (PhotoHasher.NotAPhotoException | InvalidPathException unreadable) {
                throw new IllegalArgumentException("has a photo (number " + (photo + 1) + ") that "
                        + (unreadable instanceof PhotoHasher.NotAPhotoException ? unreadable.getMessage() : "is not a file name"));
            }
        }
        return new Profile(written.label(), written.identifiers(), probes);
    }
}
