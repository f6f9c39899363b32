package org.exposurecheck.update;

/**
 * An update step that cannot go on: the message is one plain sentence for the person, never containing
 * personal data or a stack trace.
 */
public class UpdateException extends Exception {
    public UpdateException(String message) {
        super(message);
    }

    public UpdateException(String message, Throwable cause) {
        super(message, cause);
    }
}
