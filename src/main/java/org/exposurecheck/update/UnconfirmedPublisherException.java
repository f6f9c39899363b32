package org.exposurecheck.update;

import org.exposurecheck.pack.PublisherKey;

/** A catalogue signed by a publisher the person has not confirmed yet: they must compare its fingerprint first. */
final class UnconfirmedPublisherException extends UpdateException {
    private final transient PublisherKey publisher;

    UnconfirmedPublisherException(PublisherKey publisher) {
        super(UpdateRefusal.PUBLISHER_UNCONFIRMED.sentence("fingerprint", publisher.fingerprint()));
        this.publisher = publisher;
    }

    PublisherKey publisher() {
        return publisher;
    }
}
