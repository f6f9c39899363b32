package org.exposurecheck.pack.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a photo (JPEG, PNG, GIF or BMP, whatever the JDK's ImageIO reads) and fingerprints it. Used by
 * the pack builder's sources ({@link #hash}) and by the app and CLI for the person's own photos
 * ({@link #probes}); only hashes leave here. Images are untrusted input: sizes are checked before a pixel
 * is decoded.
 *
 * <p>A pack stores the hash of a photo's central 90 %. The person's photo is hashed over many windows of
 * nearby sizes and positions, so that one of them lines up with the stored window even when either copy
 * was cropped by up to 5 % (docs/decisions/0008-photo-hashes.md).
 */
public final class PhotoHasher {
    /** Larger files are not headshots; refusing them bounds memory. */
    public static final int MAX_FILE_BYTES = 20 << 20;
    private static final long MAX_PIXELS = 40_000_000L;
    /** Hashing works on a copy at most this many pixels on its longer side: more detail than 32×32 needs. */
    private static final int WORKING_SIZE = 128;
    private static final double STORED_SHARE = 0.9;
    /**
     * Window sizes the person's side tries, per axis: the stored 90 % seen from a copy cropped by 0–5 %
     * (up to 0.9 ÷ 0.95) or from an original whose leaked copy was cropped (down to 0.9 × 0.95).
     */
    private static final double[] PROBE_SHARES = {0.86, 0.90, 0.94};
    private static final double PROBE_STEP = 0.02;

    private PhotoHasher() {
    }

    /** Why a file could not be fingerprinted, as a sentence that never includes the file's content. */
    public static final class NotAPhotoException extends Exception {
        private final Reason reason;

        NotAPhotoException(Reason reason) {
            super(reason.predicate, null, false, false);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }

    /** Why a file is not read as a photo; the message is the end of a sentence that starts with the file's name. */
    public enum Reason {
        TOO_LARGE("is larger than " + (MAX_FILE_BYTES >> 20) + " MB, so it is not read as a photo"),
        MISSING("does not exist"),
        UNREADABLE("cannot be read"),
        UNKNOWN_FORMAT("is not an image in a format this version reads (JPEG, PNG, GIF, BMP)"),
        IMPLAUSIBLE_SIZE("has an implausible size for a photo"),
        DAMAGED("is damaged or not an image");

        private final String predicate;

        Reason(String predicate) {
            this.predicate = predicate;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** The hash a pack stores for a photo. */
    public static PhotoHash hash(Path file) throws NotAPhotoException {
        return hash(decode(read(file)));
    }

    public static PhotoHash hash(byte[] bytes) throws NotAPhotoException {
        return hash(decode(bytes));
    }

    public static PhotoHash hash(BufferedImage image) {
        double margin = (1 - STORED_SHARE) / 2;
        return hash(Luminance.of(image).shrunk(WORKING_SIZE), new PerceptualHash.Window(margin, margin, STORED_SHARE, STORED_SHARE));
    }

    /** The hashes to look up for a person's own photo: one per window tried (a few hundred). */
    public static List<PhotoHash> probes(Path file) throws NotAPhotoException {
        return probes(decode(read(file)));
    }

    public static List<PhotoHash> probes(byte[] bytes) throws NotAPhotoException {
        return probes(decode(bytes));
    }

    public static List<PhotoHash> probes(BufferedImage image) {
        Luminance luminance = Luminance.of(image).shrunk(WORKING_SIZE);
        List<PhotoHash> probes = new ArrayList<>();
        for (double width : PROBE_SHARES) {
            for (double height : PROBE_SHARES) {
                for (double left = 0; left <= 1 - width + 1e-9; left += PROBE_STEP) {
                    for (double top = 0; top <= 1 - height + 1e-9; top += PROBE_STEP) {
                        probes.add(hash(luminance, new PerceptualHash.Window(left, top, width, height)));
                    }
                }
            }
        }
        return probes;
    }

    private static PhotoHash hash(Luminance luminance, PerceptualHash.Window window) {
        return new PhotoHash(PerceptualHash.phash(luminance, window), PerceptualHash.dhash(luminance, window));
    }

    private static byte[] read(Path file) throws NotAPhotoException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // A folder, a pipe or a device such as /dev/zero: its size says nothing, and reading it may never end.
            throw new NotAPhotoException(Reason.UNREADABLE);
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new NotAPhotoException(Reason.TOO_LARGE);
            }
            byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
            if (bytes.length > MAX_FILE_BYTES) {
                throw new NotAPhotoException(Reason.TOO_LARGE);
            }
            return bytes;
        } catch (NoSuchFileException missing) {
            throw new NotAPhotoException(Reason.MISSING);
        } catch (IOException unreadable) {
            throw new NotAPhotoException(Reason.UNREADABLE);
        }
    }

    private static BufferedImage decode(byte[] bytes) throws NotAPhotoException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new NotAPhotoException(Reason.TOO_LARGE);
        }
        // ImageIO.createImageInputStream would buffer the photo in a temporary file; a person's photo stays in memory.
        try (InputStream in = new ByteArrayInputStream(bytes); ImageInputStream stream = new MemoryCacheImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(stream);
            if (!readers.hasNext()) {
                throw new NotAPhotoException(Reason.UNKNOWN_FORMAT);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(stream, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    throw new NotAPhotoException(Reason.IMPLAUSIBLE_SIZE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException damaged) {
            // ImageIO's decoders throw unchecked exceptions on some damaged files as well.
            throw new NotAPhotoException(Reason.DAMAGED);
        }
    }
}
