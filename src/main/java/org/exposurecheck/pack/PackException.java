package org.exposurecheck.pack;

/**
 * A pack, key or source file that cannot be used. The message is one plain sentence for the person
 * at the keyboard; it never contains personal data.
 */
public class PackException extends Exception {
    public PackException(String message) {
        super(message);
    }

    public PackException(String message, Throwable cause) {
        super(message, cause);
    }
}
