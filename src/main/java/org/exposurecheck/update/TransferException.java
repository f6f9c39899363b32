package org.exposurecheck.update;

import org.exposurecheck.base.Sentence;

/** One request to one mirror went wrong; {@link #kind()} decides whether to retry, resume or move on. */
final class TransferException extends Exception {
    enum Kind {
        /** No connection could be made (refused, no route, unknown host, proxy down). */
        UNREACHABLE,
        /** The mirror or the proxy stopped answering; bytes already on disk are kept. */
        TIMEOUT,
        /** The connection broke off mid-transfer; bytes already on disk are kept. */
        INTERRUPTED,
        /** The mirror answered with an HTTP error. */
        HTTP_ERROR,
        /** What arrived is not what the signed catalogue describes; it was discarded. */
        BAD_CONTENT,
        /** The person cancelled. */
        CANCELLED
    }

    private final Kind kind;
    private final transient Sentence sentence;

    TransferException(Kind kind, Sentence sentence) {
        super(sentence.inEnglish(), null, false, false);
        this.kind = kind;
        this.sentence = sentence;
    }

    Kind kind() {
        return kind;
    }

    Sentence sentence() {
        return sentence;
    }

    /** A transfer that may go on from where it stopped. */
    boolean resumable() {
        return kind == Kind.TIMEOUT || kind == Kind.INTERRUPTED;
    }
}
