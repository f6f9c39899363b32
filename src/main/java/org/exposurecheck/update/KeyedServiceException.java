package org.exposurecheck.update;

import java.time.Duration;
import java.util.Optional;
import org.exposurecheck.base.Sentence;

/** A keyed lookup that gave no answer: one sentence, and for a rate limit, how long the service asked to wait. */
public final class KeyedServiceException extends UpdateException {
    private final transient Duration retryAfter;

    KeyedServiceException(Sentence sentence) {
        this(sentence, null);
    }

    KeyedServiceException(Sentence sentence, Duration retryAfter) {
        super(sentence);
        this.retryAfter = retryAfter;
    }

    /** Present when the service turned the lookup away for now (HTTP 429). */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
