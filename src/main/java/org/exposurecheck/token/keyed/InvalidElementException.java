package org.exposurecheck.token.keyed;

/** Bytes that are not a valid element (a P-256 point other than the identity) or scalar of the suite. */
public final class InvalidElementException extends Exception {
    public InvalidElementException() {
        super("not a valid P-256 element or scalar", null, false, false);
    }
}
