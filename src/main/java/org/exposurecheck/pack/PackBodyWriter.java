package org.exposurecheck.pack;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Writes a pack body (docs/pack-format.md) to a file without holding it in memory: header and string
 * table, then each record at its shuffled position, then the photo and token sections in order.
 */
final class PackBodyWriter implements Closeable {
    private static final int BUFFER_BYTES = 128 * 1024;

    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES);
    private final ByteBuffer recordBuffer = ByteBuffer.allocate(PackBody.RECORD_BYTES);
    private final long recordsStart;
    private final long recordCount;

    PackBodyWriter(Path file, List<String> strings, int recordCount) throws IOException {
        this.channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, StandardOpenOption.READ);
        this.recordCount = recordCount;
        buffer.put(PackBody.MAGIC);
        buffer.putInt(strings.size());
        for (String string : strings) {
            byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
            ensure(2 + utf8.length);
            buffer.putShort((short) utf8.length);
            buffer.put(utf8);
        }
        ensure(4);
        buffer.putInt(recordCount);
        flush();
        recordsStart = channel.position();
    }

    /** One record, at its place in the shuffled order; {@code fields} are the record's 20 bytes after its id. */
    void record(int position, long id, byte[] fields) throws IOException {
        recordBuffer.clear();
        recordBuffer.putLong(id).put(fields).flip();
        long at = recordsStart + (long) position * PackBody.RECORD_BYTES;
        while (recordBuffer.hasRemaining()) {
            at += channel.write(recordBuffer, at);
        }
    }

    /** Starts a section after the records (photos, then tokens) with its entry count. */
    void section(long count) throws IOException {
        if (channel.position() < recordsStart + recordCount * PackBody.RECORD_BYTES) {
            channel.position(recordsStart + recordCount * PackBody.RECORD_BYTES);
        }
        ensure(4);
        buffer.putInt(Math.toIntExact(count));
    }

    void entry(byte[] bytes, int offset, int length) throws IOException {
        ensure(length);
        buffer.put(bytes, offset, length);
    }

    void entryInt(int value) throws IOException {
        ensure(4);
        buffer.putInt(value);
    }

    /** Bytes written so far, once everything is flushed. */
    long finish() throws IOException {
        flush();
        channel.force(false);
        return channel.size();
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void ensure(int bytes) throws IOException {
        if (buffer.remaining() < bytes) {
            flush();
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }
}
