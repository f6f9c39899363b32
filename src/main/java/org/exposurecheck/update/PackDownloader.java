package org.exposurecheck.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.Request;
import okhttp3.Response;
import org.exposurecheck.base.BaseRefusal;
import org.exposurecheck.base.ExplainedException;
import org.exposurecheck.base.Sha256;
import org.exposurecheck.store.DataDirectory;
import org.exposurecheck.store.UpdateStateStore;
import org.exposurecheck.store.UpdateStateStore.PartialDownload;
import org.exposurecheck.token.CancelSignal;

/**
 * Downloads one pack file into {@code downloads/<file>.part}, resuming what an earlier attempt left there
 * (HTTP Range, with If-Range when the same mirror sent a validator), never accepting more bytes than the
 * catalogue lists, and handing the file on only once its size and SHA-256 match the signed catalogue.
 */
final class PackDownloader {
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");
    private static final int BUFFER_BYTES = 1 << 16;
    private static final String PART = ".part";

    private final MirrorConnection http;
    private final UpdateStateStore state;
    private final Path downloads;
    private final CancelSignal cancel;

    PackDownloader(MirrorConnection http, UpdateStateStore state, Path downloads, CancelSignal cancel) {
        this.http = http;
        this.state = state;
        this.downloads = downloads;
        this.cancel = cancel;
    }

    /** Bytes of this pack already on disk from earlier attempts. */
    long bytesOnDisk(Catalogue.Entry entry) throws ExplainedException {
        Path part = part(entry);
        Optional<PartialDownload> known = state.partialDownload(fileName(entry));
        try {
            boolean usable = Files.exists(part) && known.isPresent() && known.get().sha256().equals(entry.sha256())
                    && known.get().bytes() == entry.bytes() && Files.size(part) <= entry.bytes();
            return usable ? Files.size(part) : 0;
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** Returns the complete, verified file; on failure keeps only a part that can be resumed. */
    Path download(MirrorAddress mirror, Catalogue.Entry entry, UpdateProgress progress) throws TransferException, ExplainedException {
        Path part = part(entry);
        long have = bytesOnDisk(entry);
        if (have == 0) {
            discard(entry);
        }
        if (have < entry.bytes()) {
            fetch(mirror, entry, part, have, progress);
        }
        return verified(entry, part);
    }

    /**
     * Removes the parts of packs the catalogue no longer lists: a newer version replaced them, so they
     * can never be resumed and would only fill the disk.
     */
    void discardAllBut(List<Catalogue.Entry> listed) throws ExplainedException {
        Set<Path> kept = listed.stream().map(this::part).collect(Collectors.toSet());
        if (!Files.isDirectory(downloads)) {
            return;
        }
        try (Stream<Path> files = Files.list(downloads)) {
            for (Path stale : files.filter(file -> file.getFileName().toString().endsWith(PART) && !kept.contains(file)).toList()) {
                Files.deleteIfExists(stale);
                String name = stale.getFileName().toString();
                state.forgetPartialDownload(name.substring(0, name.length() - PART.length()));
            }
        } catch (IOException unlisted) {
            throw BaseRefusal.CANNOT_READ.because(unlisted, "file", downloads);
        }
    }

    /** Removes the part file and what is known about it. */
    void discard(Catalogue.Entry entry) throws ExplainedException {
        try {
            Files.deleteIfExists(part(entry));
        } catch (IOException leftOver) {
            // A stale part is ignored next time: without its record it is never resumed.
        }
        state.forgetPartialDownload(fileName(entry));
    }

    private void fetch(MirrorAddress mirror, Catalogue.Entry entry, Path part, long have, UpdateProgress progress)
            throws TransferException, ExplainedException {
        Request.Builder request = new Request.Builder().url(mirror.resolve(entry.file()))
                // Compression would make byte ranges refer to the compressed form; pack tokens do not compress anyway.
                .header("Accept-Encoding", "identity");
        Optional<PartialDownload> known = state.partialDownload(fileName(entry));
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
            // A validator from this very mirror makes it send the whole file again if the file changed; from another
            // mirror it means nothing, and the catalogue's SHA-256 still catches a mismatch at the end.
            known.filter(partial -> partial.mirror().equals(mirror.toString()) && partial.validator() != null)
                    .ifPresent(partial -> request.header("If-Range", partial.validator()));
        }
        try (Response response = http.execute(request.build(), http.timeouts().downloadDeadline(entry.bytes() - have))) {
            long start = startOffset(response, entry, have);
            if (start == 0 && have > 0) {
                Files.deleteIfExists(part);
            }
            String validator = validator(response).orElse(start > 0 ? known.map(PartialDownload::validator).orElse(null) : null);
            Files.createDirectories(downloads);
            if (!Files.exists(part)) {
                // Which packs a person downloads is theirs alone, like the rest of the data directory.
                Files.createFile(part);
                DataDirectory.ownerOnly(part);
            }
            state.savePartialDownload(new PartialDownload(fileName(entry), mirror.toString(), validator, entry.sha256(), entry.bytes()));
            append(response, entry, part, start, progress);
        } catch (IOException diskFailure) {
            throw BaseRefusal.CANNOT_WRITE.because(diskFailure, "file", downloads);
        }
    }

    /** Where the response body starts in the file: {@code have} for a matching 206, 0 when the mirror sends it all. */
    private long startOffset(Response response, Catalogue.Entry entry, long have) throws TransferException, ExplainedException {
        if (response.code() == 206) {
            Matcher range = CONTENT_RANGE.matcher(String.valueOf(response.header("Content-Range")));
            boolean matches = range.matches() && Long.parseLong(range.group(1)) == have
                    && (range.group(3).equals("*") || Long.parseLong(range.group(3)) == entry.bytes());
            if (!matches) {
                discard(entry);
                throw new TransferException(TransferException.Kind.BAD_CONTENT, UpdateRefusal.WRONG_PART.sentence("file", entry.file()));
            }
            return have;
        }
        if (response.code() == 200) {
            long length = response.body().contentLength();
            if (length >= 0 && length != entry.bytes()) {
                throw new TransferException(TransferException.Kind.BAD_CONTENT, UpdateRefusal.WRONG_SIZE.sentence("file", entry.file(),
                        "served", length, "listed", entry.bytes()));
            }
            return 0;
        }
        if (response.code() == 416) {
            discard(entry);
            throw new TransferException(TransferException.Kind.INTERRUPTED, UpdateRefusal.RESUME_REFUSED.sentence("file", entry.file()));
        }
        if (response.code() == 404) {
            throw new TransferException(TransferException.Kind.HTTP_ERROR, UpdateRefusal.FILE_NOT_ON_MIRROR.sentence("file", entry.file()));
        }
        throw new TransferException(TransferException.Kind.HTTP_ERROR,
                UpdateRefusal.HTTP_STATUS.sentence("status", response.code(), "file", entry.file()));
    }

    private void append(Response response, Catalogue.Entry entry, Path part, long start, UpdateProgress progress)
            throws TransferException, ExplainedException, IOException {
        long onDisk = start;
        byte[] buffer = new byte[BUFFER_BYTES];
        try (InputStream in = response.body().byteStream();
             OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            while (true) {
                int read;
                try {
                    read = in.read(buffer);
                } catch (IOException broken) {
                    throw http.failure(broken, true);
                }
                if (read < 0) {
                    break;
                }
                if (onDisk + read > entry.bytes()) {
                    out.close();
                    discard(entry);
                    throw new TransferException(TransferException.Kind.BAD_CONTENT,
                            UpdateRefusal.TOO_MANY_BYTES.sentence("file", entry.file(), "listed", entry.bytes()));
                }
                out.write(buffer, 0, read);
                onDisk += read;
                progress.transferred(entry.id(), onDisk, entry.bytes());
                if (cancel.isCancelled()) {
                    throw new TransferException(TransferException.Kind.CANCELLED, UpdateRefusal.CANCELLED.sentence());
                }
            }
        }
        if (onDisk < entry.bytes()) {
            throw new TransferException(TransferException.Kind.INTERRUPTED,
                    UpdateRefusal.CUT_SHORT.sentence("received", onDisk, "listed", entry.bytes(), "file", entry.file()));
        }
    }

    private Path verified(Catalogue.Entry entry, Path part) throws TransferException, ExplainedException {
        try {
            if (Files.size(part) == entry.bytes() && Sha256.hex(part).equals(entry.sha256())) {
                return part;
            }
        } catch (IOException unreadable) {
            throw BaseRefusal.CANNOT_READ.because(unreadable, "file", part);
        }
        discard(entry);
        throw new TransferException(TransferException.Kind.BAD_CONTENT, UpdateRefusal.CONTENT_MISMATCH.sentence("file", entry.file()));
    }

    /** A strong ETag or, failing that, Last-Modified: what If-Range accepts. */
    private static Optional<String> validator(Response response) {
        String etag = response.header("ETag");
        if (etag != null && !etag.startsWith("W/")) {
            return Optional.of(etag);
        }
        return Optional.ofNullable(response.header("Last-Modified"));
    }

    private Path part(Catalogue.Entry entry) {
        return downloads.resolve(fileName(entry) + PART);
    }

    private static String fileName(Catalogue.Entry entry) {
        return entry.file().substring(entry.file().lastIndexOf('/') + 1);
    }
}
