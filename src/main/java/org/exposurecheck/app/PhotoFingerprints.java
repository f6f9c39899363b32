package org.exposurecheck.app;

import java.nio.file.Path;
import java.util.List;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;

/**
 * A photo as a check compares it: the fingerprints of the picture and of its usual re-crops ({@link PhotoHasher#probes}).
 * Only the fingerprints leave here; the path and the pixels are kept nowhere.
 */
public final class PhotoFingerprints {
    private PhotoFingerprints() {
    }

    /** A photo file the person chose; refused with the reason when it is not a photo this app reads, or too large. */
    public static List<PhotoHash> of(Path photo) throws PhotoHasher.NotAPhotoException {
        return PhotoHasher.probes(photo);
    }

    /** A photo already in memory, such as a demo persona's from inside the application. */
    public static List<PhotoHash> of(byte[] photo) throws PhotoHasher.NotAPhotoException {
        return PhotoHasher.probes(photo);
    }
}
