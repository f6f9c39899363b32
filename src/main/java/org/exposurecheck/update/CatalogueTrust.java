package org.exposurecheck.update;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalLong;
import org.exposurecheck.pack.BundledDemo;
import org.exposurecheck.pack.PackException;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.UpdateStateStore;

/**
 * Decides whether a validly signed catalogue may be used, in this order: its publisher is the one pinned
 * for updates (or, before any pin, the one the person just confirmed, or the bundled demo key, which
 * vouches only for demo packs); it has not expired (a frozen mirror); its sequence is not below the
 * highest seen from that publisher (a rollback).
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

    /** How a catalogue that passed is trusted: pin its key now (first use), or use it as demo data only. */
    record Verdict(boolean pinNow, boolean demoOnly) {
    }

    Verdict check(CatalogueFile.Signed signed) throws UpdateException, PackException {
        PublisherKey publisher = signed.publisher();
        Optional<PublisherKey> pinned = state.updatePublisher();
        Verdict verdict;
        if (pinned.isPresent()) {
            if (!pinned.get().equals(publisher)) {
                throw UpdateRefusal.PUBLISHER_CHANGED.exception("fingerprint", publisher.fingerprint(),
                        "pinned", pinned.get().fingerprint());
            }
            verdict = new Verdict(false, false);
        } else if (publisher.equals(BundledDemo.publisherKey())) {
            // Anyone can sign with the demo key (docs/decisions/0004-demo-key.md): never pinned, demo packs only.
            verdict = new Verdict(false, true);
        } else if (confirmed.isPresent()) {
            if (!confirmed.get().matches(publisher)) {
                throw UpdateRefusal.PUBLISHER_NOT_AS_CONFIRMED.exception("fingerprint", publisher.fingerprint(),
                        "confirmed", confirmed.get());
            }
            verdict = new Verdict(true, false);
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
        return verdict;
    }

    static String date(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
