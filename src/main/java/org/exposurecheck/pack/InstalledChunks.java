package org.exposurecheck.pack;

import org.exposurecheck.base.Sha256;
import java.io.IOException;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An installed pack file, read a chunk at a time and only where a check looks (decision 0031). The file was
 * verified whole when it was installed (signature, content hash, structure, the client's audit), and the
 * SHA-256 of each of its chunks was kept in the index then; each chunk read now is checked against that hash
 * before any byte of it is used, so a check relies only on bytes that were verified, without reading or
 * hashing the whole file again. A chunk that no longer matches, or a file of another size, is an
 * {@link InstalledPackChangedException}. At most {@value #CACHED_CHUNKS} verified chunks are kept in memory,
 * whatever the size of the pack.
 */
public final class InstalledChunks implements ByteSource {
    public static final int CHUNK_BYTES = 8192;
    static final int HASH_BYTES = 32;
    static final int CACHED_CHUNKS = 256;

    /** Closes a pack's file once the pack is no longer used: a check's packs are dropped when it ends, never closed explicitly. */
    private static final Cleaner CLOSER = Cleaner.create();

    private final Path file;
    private final String packId;
    private FileChannel channel;
    private final byte[] hashes;
    private final long length;
    private final Map<Integer, byte[]> verified = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, byte[]> eldest) {
            return size() > CACHED_CHUNKS;
        }
    };

    private InstalledChunks(Path file, String packId, byte[] hashes, long length) {
        this.file = file;
        this.packId = packId;
        this.hashes = hashes;
        this.length = length;
    }

    /** The hash of every chunk of a pack file that has just been verified whole, to be kept with its install. */
    public static byte[] hashes(byte[] file) {
        int chunks = chunkCount(file.length);
        byte[] hashes = new byte[chunks * HASH_BYTES];
        MessageDigest digest = Sha256.newDigest();
        for (int i = 0; i < chunks; i++) {
            int start = i * CHUNK_BYTES;
            digest.update(file, start, Math.min(CHUNK_BYTES, file.length - start));
            System.arraycopy(digest.digest(), 0, hashes, i * HASH_BYTES, HASH_BYTES);
        }
        return hashes;
    }

    /** Opens an installed file whose chunk hashes were kept at install; its size must be the one they were made for. */
    static InstalledChunks open(Path file, String packId, byte[] hashes) throws PackException {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException unreadable) {
            throw PackRefusal.INSTALLED_FILE_MISSING.because(unreadable, "file", file);
        }
        if (hashes == null || hashes.length == 0 || hashes.length % HASH_BYTES != 0 || size > Integer.MAX_VALUE
                || chunkCount(size) != hashes.length / HASH_BYTES) {
            throw changed(packId, null).refusal();
        }
        return new InstalledChunks(file, packId, hashes, size);
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public synchronized void read(long position, byte[] into, int offset, int count) {
        if (position < 0 || count < 0 || position > length - count) {
            throw new OutsideSource();
        }
        while (count > 0) {
            int index = (int) (position / CHUNK_BYTES);
            int within = (int) (position % CHUNK_BYTES);
            byte[] chunk = chunk(index);
            int n = Math.min(count, chunk.length - within);
            System.arraycopy(chunk, within, into, offset, n);
            position += n;
            offset += n;
            count -= n;
        }
    }

    private byte[] chunk(int index) {
        byte[] chunk = verified.get(index);
        if (chunk != null) {
            return chunk;
        }
        long start = (long) index * CHUNK_BYTES;
        chunk = new byte[(int) Math.min(CHUNK_BYTES, length - start)];
        try {
            FileChannel channel = channel();
            ByteBuffer buffer = ByteBuffer.wrap(chunk);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, start + buffer.position()) < 0) {
                    throw changed(packId, null);
                }
            }
        } catch (IOException unreadable) {
            throw new InstalledPackChangedException(PackRefusal.INSTALLED_FILE_MISSING.sentence("file", file, "detail",
                    unreadable.getMessage()), unreadable);
        }
        byte[] expected = new byte[HASH_BYTES];
        System.arraycopy(hashes, index * HASH_BYTES, expected, 0, HASH_BYTES);
        if (!MessageDigest.isEqual(Sha256.newDigest().digest(chunk), expected)) {
            throw changed(packId, null);
        }
        verified.put(index, chunk);
        return chunk;
    }

    /** The file, opened at the first read and kept open while this pack is in use, so a lookup costs no open and close per chunk. */
    private FileChannel channel() throws IOException {
        if (channel == null) {
            FileChannel opened = FileChannel.open(file, StandardOpenOption.READ);
            CLOSER.register(this, () -> closeQuietly(opened));
            channel = opened;
        }
        return channel;
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // Only read from: nothing is lost.
        }
    }

    private static InstalledPackChangedException changed(String packId, Throwable cause) {
        return new InstalledPackChangedException(PackRefusal.INSTALLED_PACK_CHANGED.sentence("pack", packId), cause);
    }

    private static int chunkCount(long bytes) {
        return (int) ((bytes + CHUNK_BYTES - 1) / CHUNK_BYTES);
    }
}
