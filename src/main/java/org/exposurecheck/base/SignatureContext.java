package org.exposurecheck.base;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a signature covers: a fixed context naming the kind of document, then the document's bytes. The context
 * keeps a signature on one kind (a pack's manifest) from being valid for another (a catalogue), even where the
 * same key signs both.
 */
public final class SignatureContext {
    private final byte[] prefix;

    /** {@code name} such as {@code exposure-check/catalogue/v1}; it is ended with a NUL byte so no name is a prefix of another. */
    public SignatureContext(String name) {
        this.prefix = (name + "\0").getBytes(StandardCharsets.US_ASCII);
    }

    /** The bytes that are signed and verified for {@code document}. */
    public byte[] message(byte[] document) {
        byte[] message = Arrays.copyOf(prefix, prefix.length + document.length);
        System.arraycopy(document, 0, message, prefix.length, document.length);
        return message;
    }
}
