package org.exposurecheck.token;

/** A long task stopped because the person asked it to. Nothing it produced is kept. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled.");
    }
}
