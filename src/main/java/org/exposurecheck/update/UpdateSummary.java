package org.exposurecheck.update;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.base.Sentence;

/**
 * The honest end of an update: the catalogue used (if any mirror gave one that could be trusted), what
 * happened to each pack it lists, every problem with a mirror, and whether the person cancelled.
 * {@link #complete()} is true only when every listed pack is now installed at its current version.
 */
public record UpdateSummary(Optional<CatalogueUsed> catalogue, List<PackOutcome> packs, List<MirrorProblem> mirrorProblems,
                            Optional<PublisherKey> unconfirmedPublisher, boolean cancelled) {

    public UpdateSummary {
        packs = List.copyOf(packs);
        mirrorProblems = List.copyOf(mirrorProblems);
    }

    /** The catalogue an update went by. {@code unchanged}: the mirror answered 304, nothing new was published. */
    public record CatalogueUsed(String mirror, long sequence, Instant expires, String publisherFingerprint, boolean unchanged) {
    }

    public enum Status {
        /** A newer version replaced the installed one. */
        UPDATED,
        /** A pack that was not installed before. */
        INSTALLED,
        /** The installed version is the one the catalogue lists; nothing was downloaded. */
        CURRENT,
        /** Not installed; {@link PackOutcome#reason()} says why. The previously installed version, if any, is untouched. */
        FAILED,
        /** The person cancelled before this pack was done; a partial download is kept to resume next time. */
        CANCELLED
    }

    /** {@code reason}: why a pack failed or was cancelled; empty when it is installed and current. */
    public record PackOutcome(String packId, String title, long sequence, Status status, Optional<Sentence> reason) {
    }

    /** Something that went wrong with one mirror: with its catalogue, or ({@code packId} present) with the file of that pack. */
    public record MirrorProblem(String mirror, Optional<String> packId, Sentence reason) {
    }

    public boolean complete() {
        return catalogue.isPresent() && !cancelled
                && packs.stream().allMatch(pack -> pack.status() != Status.FAILED && pack.status() != Status.CANCELLED);
    }

    public List<PackOutcome> withStatus(Status status) {
        return packs.stream().filter(pack -> pack.status() == status).toList();
    }
}
