package org.exposurecheck.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import org.exposurecheck.base.BaseRefusal;
import org.exposurecheck.base.ExplainedException;

/**
 * Reads a pack file into memory, checking what it is before reading it: a regular file, the pack's magic
 * bytes, and a size this process can hold — so a 2 GiB file, a large file that is not a pack, or a
 * device that never ends is one sentence instead of an OutOfMemoryError. A pack is read whole because its
 * signature and hash must be checked over every byte before anything in it is used.
 */
public final class PackBytes {
    /** The largest array Java can allocate, whatever the heap. */
    static final long MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;
    /** A pack's bytes are held twice while it is decoded, beside its records and what else runs: a quarter of the heap. */
    private static final int HEAP_SHARE = 4;

    private PackBytes() {
    }

    public static byte[] read(Path file) throws ExplainedException {
        return read(file, limit());
    }

    /** The largest pack this process opens, in bytes. */
    public static long limit() {
        return Math.min(MAX_ARRAY_BYTES, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
    }

    static byte[] read(Path file, long limit) throws ExplainedException {
        if (!Files.exists(file)) {
            throw BaseRefusal.CANNOT_READ.because(new NoSuchFileException(file.toString()), "file", file);
        }
        if (!Files.isRegularFile(file)) {
            throw PackRefusal.NOT_A_PACK.exception();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(PackFile.MAGIC.length);
            if (!Arrays.equals(magic, PackFile.MAGIC)) {
                throw PackRefusal.NOT_A_PACK.exception();
            }
            long size = Files.size(file);
            if (size > limit) {
                throw tooLarge(file, size, limit);
            }
            byte[] pack = Arrays.copyOf(magic, (int) size);
            int read = magic.length + in.readNBytes(pack, magic.length, pack.length - magic.length);
            if (read < size || in.read() >= 0) {
                // The file changed while it was read: whatever it is now, it is not the pack that was measured.
                throw PackRefusal.TRUNCATED.exception();
            }
            return pack;
        } catch (IOException unreadable) {
            throw BaseRefusal.CANNOT_READ.because(unreadable, "file", file);
        }
    }

    private static PackException tooLarge(Path file, long size, long limit) {
        return PackRefusal.PACK_TOO_LARGE.exception("file", file.getFileName(), "size", megabytes(size), "limit", megabytes(limit));
    }

    private static long megabytes(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
