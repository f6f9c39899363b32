package org.exposurecheck.update;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.UpdateStateStore;

/**
 * Decides whether a validly signed catalogue may be used, in this order: it is not signed by the bundled
 * demo key (anyone can sign with it, so it vouches for demo packs only, never for a catalogue); its
 * publisher is the one pinned for updates (or, before any pin, the one the person just confirmed — and no
 * other); it has not expired (a frozen mirror); its sequence is not below the highest seen from that
 * publisher (a rollback).
 */
final class CatalogueTrust {
    private final UpdateStateStore state;
    private final Optional<PublisherConfirmation> confirmed;
    private final Instant now;

    CatalogueTrust(UpdateStateStore state, Optional<PublisherConfirmation> confirmed, Instant now) {
        this.state = state;
        this.confirmed = confirmed;
        this.now = now;
    }

    /** Returns true when the catalogue passed on first use: its key, just confirmed by the person, is to be pinned now. */
    boolean check(CatalogueFile.Signed signed) throws UpdateException, ExplainedException {
        PublisherKey publisher = signed.publisher();
        if (publisher.equals(BundledDemo.publisherKey())) {
            // Its private half is published (docs/decisions/0014-hostile-packs.md): it never says what is current.
            throw UpdateRefusal.DEMO_KEY_CATALOGUE.exception();
        }
        Optional<PublisherKey> pinned = state.updatePublisher();
        boolean firstUse;
        if (pinned.isPresent()) {
            if (!pinned.get().equals(publisher)) {
                throw UpdateRefusal.PUBLISHER_CHANGED.exception("fingerprint", publisher.fingerprint(),
                        "pinned", pinned.get().fingerprint());
            }
            firstUse = false;
        } else if (confirmed.isPresent()) {
            if (!confirmed.get().matches(publisher)) {
                throw UpdateRefusal.PUBLISHER_NOT_AS_CONFIRMED.exception("fingerprint", publisher.fingerprint(),
                        "confirmed", confirmed.get());
            }
            firstUse = true;
        } else {
            throw new UnconfirmedPublisherException(publisher);
        }
        if (!now.isBefore(signed.catalogue().expires())) {
            throw UpdateRefusal.CATALOGUE_EXPIRED.exception("date", date(signed.catalogue().expires()));
        }
        OptionalLong highest = state.highestCatalogueSequence(publisher.idHex());
        if (highest.isPresent() && signed.catalogue().sequence() < highest.getAsLong()) {
            throw UpdateRefusal.CATALOGUE_ROLLBACK.exception("sequence", signed.catalogue().sequence(), "highest", highest.getAsLong());
        }
        return firstUse;
    }

    static String date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
