package org.exposurecheck.base;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads files that are small by nature (keys, mappings, profiles) with a cap, so pointing a command at a
 * huge file, a pipe or a device is one sentence instead of a read that never ends or fills the memory.
 */
public final class SmallFiles {
    private SmallFiles() {
    }

    /** The file's text; a file larger than {@code maxBytes} is an {@link IOException} whose message ends a sentence. */
    public static String readString(Path file, Charset charset, int maxBytes) throws IOException {
        return new String(readBytes(file, maxBytes), charset);
    }

    /** The file's bytes; a file larger than {@code maxBytes} is an {@link IOException} whose message ends a sentence. */
    public static byte[] readBytes(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("it is larger than " + (maxBytes >> 10) + " KB, more than such a file ever holds");
            }
            return bytes;
        }
    }
}
