package org.exposurecheck.app;

import java.util.List;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.store.IndexRebuild;

/**
 * A rebuild of a damaged list of installed packs, read and waiting for the person to confirm, by fingerprint,
 * each publisher the damaged list no longer vouches for. The screen sees what to ask; the rebuild itself, which
 * writes the new list, runs only through {@link PackLibrary#rebuild}.
 */
public final class IndexRepair {
    private final IndexRebuild rebuild;

    IndexRepair(IndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    /** The publishers to confirm again, as on first install: a pack file on disk is not proof of trust. */
    public List<PublisherKey> publishersToConfirm() {
        return rebuild.publishersToConfirm();
    }

    /** The titles of the packs {@code publisher} signed, each once, to show beside its fingerprint. */
    public List<String> titlesSignedBy(PublisherKey publisher) {
        return rebuild.packs().stream().filter(pack -> pack.publisher().equals(publisher))
                .map(pack -> pack.manifest().title()).distinct().toList();
    }

    IndexRebuild rebuild() {
        return rebuild;
    }
}
