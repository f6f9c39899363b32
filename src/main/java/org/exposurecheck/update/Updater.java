package org.exposurecheck.update;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.pack.PackBytes;
import org.exposurecheck.pack.PackFile;
import org.exposurecheck.pack.PackJudge;
import org.exposurecheck.pack.PublisherKey;
import org.exposurecheck.base.Sentence;
import org.exposurecheck.store.InstalledPack;
import org.exposurecheck.store.PackStore;
import org.exposurecheck.store.UpdateStateStore;
import org.exposurecheck.token.AuditPolicy;
import org.exposurecheck.token.CancelSignal;
import org.exposurecheck.update.UpdateSummary.MirrorProblem;
import org.exposurecheck.update.UpdateSummary.PackOutcome;
import org.exposurecheck.update.UpdateSummary.Status;

/**
 * Updates the packs of one data directory from a publisher's mirrors, when the person asks (or on a
 * schedule they opted in to): the first mirror whose catalogue can be trusted says what is current; only
 * packs whose installed version differs are fetched, from that mirror first and the others after; each is
 * verified against the catalogue and installed through {@link PackStore}, which checks it once more and
 * swaps it in atomically. Safe to call from a background thread; one run at a time per data directory.
 */
public final class Updater {
    private static final String LAST_COMPLETE = "update.last_complete";
    private static final String DOWNLOADS_DIR = "downloads";
    /** Retries of one mirror, as long as each attempt brings new bytes (a flaky link that keeps breaking off). */
    private static final int ATTEMPTS_PER_MIRROR = 3;

    private final Path dataDir;
    private final Clock clock;
    private final AuditPolicy minimum;

    /** An updater that accepts packs passing the default minimum, as the app always does. */
    public Updater(Path dataDir, Clock clock) {
        this(dataDir, clock, AuditPolicy.DEFAULT);
    }

    /** An updater that installs only packs whose own audit, repeated here, reaches {@code minimum} (decision 0013). */
    public Updater(Path dataDir, Clock clock, AuditPolicy minimum) {
        this.dataDir = dataDir;
        this.clock = clock;
        this.minimum = minimum;
    }

    /** True when the person opted in to scheduled updates and one is due; never true with the default settings. */
    public boolean scheduledUpdateDue(UpdateSettings settings) throws UpdateException {
        try (UpdateStateStore state = UpdateStateStore.open(dataDir)) {
            return settings.schedule().isDue(state.setting(LAST_COMPLETE).map(Instant::parse), clock.instant());
        } catch (ExplainedException unreadable) {
            throw new UpdateException(unreadable.sentence(), unreadable);
        }
    }

    public UpdateSummary run(UpdateRequest request, UpdateProgress progress, CancelSignal cancel) throws UpdateException {
        if (request.mirrors().isEmpty()) {
            throw UpdateRefusal.NO_MIRROR.exception();
        }
        Instant now = clock.instant();
        try (PackStore packs = PackStore.open(dataDir);
             UpdateStateStore state = UpdateStateStore.open(dataDir);
             MirrorConnection http = new MirrorConnection(request.proxy(), request.timeouts(), cancel)) {
            Run run = new Run(request, progress, cancel, packs, state, http, now);
            UpdateSummary summary = run.execute();
            if (summary.complete()) {
                state.saveSetting(LAST_COMPLETE, Optional.of(now.toString()));
            }
            return summary;
        } catch (UpdateException refused) {
            throw refused;
        } catch (ExplainedException storeFailure) {
            throw new UpdateException(storeFailure.sentence(), storeFailure);
        }
    }

    /** One update, start to summary. */
    private final class Run {
        private final UpdateRequest request;
        private final UpdateProgress progress;
        private final CancelSignal cancel;
        private final PackStore packs;
        private final UpdateStateStore state;
        private final MirrorConnection http;
        private final Instant now;
        private final List<MirrorProblem> problems = new ArrayList<>();
        private final List<PackOutcome> outcomes = new ArrayList<>();
        private Optional<PublisherKey> unconfirmed = Optional.empty();

        Run(UpdateRequest request, UpdateProgress progress, CancelSignal cancel, PackStore packs, UpdateStateStore state,
            MirrorConnection http, Instant now) {
            this.request = request;
            this.progress = progress;
            this.cancel = cancel;
            this.packs = packs;
            this.state = state;
            this.http = http;
            this.now = now;
        }

        private record Accepted(MirrorAddress mirror, CatalogueFile.Signed signed, boolean unchanged) {
        }

        UpdateSummary execute() throws ExplainedException {
            Optional<Accepted> accepted = catalogue();
            if (accepted.isEmpty()) {
                return summary(Optional.empty());
            }
            Catalogue catalogue = accepted.get().signed().catalogue();
            Map<String, InstalledPack> installed = packs.installed().stream()
                    .collect(Collectors.toMap(InstalledPack::id, Function.identity()));
            PackDownloader downloader = new PackDownloader(http, state, dataDir.resolve(DOWNLOADS_DIR), cancel);
            downloader.discardAllBut(catalogue.packs());
            for (Catalogue.Entry entry : catalogue.packs()) {
                if (cancel.isCancelled()) {
                    outcomes.add(outcome(entry, Status.CANCELLED, UpdateRefusal.PACK_NOT_FETCHED.sentence()));
                } else {
                    outcomes.add(update(entry, Optional.ofNullable(installed.get(entry.id())), accepted.get(), downloader));
                }
            }
            return summary(accepted);
        }

        /** The catalogue of the first mirror that gives one which can be trusted; every refusal is noted. */
        private Optional<Accepted> catalogue() throws ExplainedException {
            CatalogueTrust trust = new CatalogueTrust(state, request.confirmedPublisher(), now);
            for (MirrorAddress mirror : request.mirrors()) {
                if (cancel.isCancelled()) {
                    return Optional.empty();
                }
                progress.step("Fetching the catalogue from " + mirror);
                Optional<UpdateStateStore.MirrorCatalogue> known = state.mirrorCatalogue(mirror.toString())
                        .filter(stored -> stored.etag() != null);
                try {
                    CatalogueFetcher.Answer answer = CatalogueFetcher.fetch(http, mirror, known.map(UpdateStateStore.MirrorCatalogue::etag));
                    boolean unchanged = answer instanceof CatalogueFetcher.Unchanged;
                    byte[] bytes = unchanged ? known.orElseThrow().catalogue() : ((CatalogueFetcher.Changed) answer).bytes();
                    CatalogueFile.Signed signed = CatalogueFile.open(bytes);
                    if (trust.check(signed)) {
                        state.pinUpdatePublisher(signed.publisher(), now);
                    }
                    state.recordCatalogueSequence(signed.publisher().idHex(), signed.catalogue().sequence());
                    if (answer instanceof CatalogueFetcher.Changed changed) {
                        state.saveMirrorCatalogue(mirror.toString(), changed.etag(), changed.bytes(), now);
                    }
                    return Optional.of(new Accepted(mirror, signed, unchanged));
                } catch (UnconfirmedPublisherException unknownKey) {
                    unconfirmed = Optional.of(unknownKey.publisher());
                    problems.add(new MirrorProblem(mirror.toString(), Optional.empty(), unknownKey.sentence()));
                } catch (UpdateException refused) {
                    problems.add(new MirrorProblem(mirror.toString(), Optional.empty(), refused.sentence()));
                } catch (TransferException failed) {
                    if (failed.kind() != TransferException.Kind.CANCELLED) {
                        problems.add(new MirrorProblem(mirror.toString(), Optional.empty(), failed.sentence()));
                    }
                }
            }
            return Optional.empty();
        }

        private PackOutcome update(Catalogue.Entry entry, Optional<InstalledPack> current, Accepted catalogue, PackDownloader downloader)
                throws ExplainedException {
            if (current.isPresent() && current.get().sequence() == entry.sequence()) {
                // A run killed between installing and tidying up left the finished download behind.
                downloader.discard(entry);
                return outcome(entry, Status.CURRENT);
            }
            if (current.isPresent() && current.get().sequence() > entry.sequence()) {
                return outcome(entry, Status.FAILED, UpdateRefusal.PACK_ROLLBACK.sentence("listed", entry.sequence(),
                        "installed", current.get().sequence()));
            }
            if (!now.isBefore(entry.expires())) {
                return outcome(entry, Status.FAILED, UpdateRefusal.PACK_EXPIRED.sentence("date", CatalogueTrust.date(entry.expires())));
            }
            Optional<Path> file;
            try {
                file = downloadFromAnyMirror(entry, catalogue.mirror(), downloader);
            } catch (TransferException cancelled) {
                return outcome(entry, Status.CANCELLED, UpdateRefusal.PACK_DOWNLOAD_CANCELLED.sentence());
            }
            if (file.isEmpty()) {
                return outcome(entry, Status.FAILED, UpdateRefusal.PACK_NOT_DELIVERED.sentence());
            }
            try {
                progress.step("Installing " + entry.title());
                return install(entry, PackBytes.read(file.get()), current.isPresent(), catalogue);
            } catch (ExplainedException unreadable) {
                return outcome(entry, Status.FAILED, unreadable.sentence());
            } finally {
                downloader.discard(entry);
            }
        }

        private PackOutcome install(Catalogue.Entry entry, byte[] bytes, boolean replacing, Accepted catalogue) {
            try {
                PublisherKey publisher = catalogue.signed().publisher();
                PackFile.Signed pack = PackFile.open(bytes);
                if (!pack.publisher().equals(publisher)) {
                    return outcome(entry, Status.FAILED, UpdateRefusal.PACK_PUBLISHER_DIFFERS.sentence());
                }
                // The catalogue's signature covers its entries, not the files: a mirror could serve another of the
                // publisher's packs under this entry's name, e.g. one with a far higher sequence that blocks updates.
                if (!pack.manifest().id().equals(entry.id()) || pack.manifest().sequence() != entry.sequence()) {
                    return outcome(entry, Status.FAILED, UpdateRefusal.PACK_NOT_AS_LISTED.sentence("pack", pack.manifest().id(),
                            "sequence", pack.manifest().sequence(), "listed", entry.id(), "listed_sequence", entry.sequence()));
                }
                PackJudge.judge(pack.manifest(), minimum);
                packs.install(bytes, Optional.of(publisher), now);
                return outcome(entry, replacing ? Status.UPDATED : Status.INSTALLED);
            } catch (ExplainedException refused) {
                return outcome(entry, Status.FAILED, refused.sentence());
            }
        }

        /**
         * Tries the catalogue's own mirror first, then the others. A mirror is tried again while each attempt
         * brings new bytes; bad content, errors and stalls move on to the next. Throws only when cancelled.
         */
        private Optional<Path> downloadFromAnyMirror(Catalogue.Entry entry, MirrorAddress first, PackDownloader downloader)
                throws TransferException, ExplainedException {
            LinkedHashSet<MirrorAddress> order = new LinkedHashSet<>();
            order.add(first);
            order.addAll(request.mirrors());
            for (MirrorAddress mirror : order) {
                for (int attempt = 1; attempt <= ATTEMPTS_PER_MIRROR; attempt++) {
                    progress.step("Downloading " + entry.title() + " from " + mirror);
                    long before = downloader.bytesOnDisk(entry);
                    try {
                        return Optional.of(downloader.download(mirror, entry, progress));
                    } catch (TransferException failed) {
                        if (failed.kind() == TransferException.Kind.CANCELLED) {
                            throw failed;
                        }
                        problems.add(new MirrorProblem(mirror.toString(), Optional.of(entry.id()), failed.sentence()));
                        if (!failed.resumable() || downloader.bytesOnDisk(entry) <= before) {
                            break;
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private PackOutcome outcome(Catalogue.Entry entry, Status status) {
            return new PackOutcome(entry.id(), entry.title(), entry.sequence(), status, Optional.empty());
        }

        private PackOutcome outcome(Catalogue.Entry entry, Status status, Sentence reason) {
            return new PackOutcome(entry.id(), entry.title(), entry.sequence(), status, Optional.of(reason));
        }

        private UpdateSummary summary(Optional<Accepted> accepted) {
            Optional<UpdateSummary.CatalogueUsed> used = accepted.map(a -> new UpdateSummary.CatalogueUsed(a.mirror().toString(),
                    a.signed().catalogue().sequence(), a.signed().catalogue().expires(), a.signed().publisher().fingerprint(),
                    a.unchanged()));
            return new UpdateSummary(used, outcomes, problems, accepted.isPresent() ? Optional.empty() : unconfirmed,
                    cancel.isCancelled());
        }
    }
}
