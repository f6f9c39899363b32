package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.exposurecheck.pack.photo.PhotoHash;
import org.exposurecheck.pack.photo.PhotoHasher;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * A web archive (WARC, plain or gzipped, e.g. from {@code wget --warc-file} or a public archive) of a leak
 * site, read with jwarc — from the file only, never the network. Two passes: the first notes where each
 * image response sits in the file, the second reads the profile pages ({@link ProfilePages}) and
 * fingerprints the images they show by seeking to them, so a page may come before or after its photos.
 * An archive that breaks off is read up to the break, which is reported once.
 */
public final class WarcSource implements RecordSource {
    private static final long MAX_PAGE_BYTES = 10L << 20;

    private final Path file;
    private final ProfilePages pages;

    public WarcSource(Path file, SourceMapping.PageMapping mapping) {
        this.file = file;
        this.pages = new ProfilePages(mapping);
    }

    @Override
    public void read(Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws SourceException {
        Map<String, Long> imageOffsets = new HashMap<>();
        long readableUpTo = indexImages(imageOffsets, issues);
        try (WarcReader reader = new WarcReader(file); WarcReader images = new WarcReader(file)) {
            reader.onWarning(warning -> { });
            for (WarcRecord record = next(reader); record != null && record.position() < readableUpTo; record = next(reader)) {
                try {
                    // A response without a target URI is no page of the site: the mapping cannot place it.
                    if (record instanceof WarcResponse response && response.target() != null && isHtml(response)
                            && pages.isProfilePage(response.target())) {
                        page(response, images, imageOffsets, records, issues);
                    }
                } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException garbled) {
                    // jwarc parses a record's headers when they are asked for, and throws these on garbled ones
                    // (a header given twice, a media type it cannot parse).
                    issues.accept(new SourceIssue("archive byte " + record.position(), "a record's headers cannot be read; record skipped"));
                }
            }
        } catch (IOException failed) {
            throw new SourceException("Could not read the web archive " + file + ": " + failed.getMessage() + ".", failed);
        }
    }

    /** Notes the file offset of every successful image response; returns where the archive stops being readable. */
    private long indexImages(Map<String, Long> offsets, Consumer<SourceIssue> issues) throws SourceException {
        try (WarcReader reader = new WarcReader(file)) {
            reader.onWarning(warning -> { });
            long position = 0;
            try {
                for (Optional<WarcRecord> next = reader.next(); next.isPresent(); next = reader.next()) {
                    WarcRecord record = next.get();
                    position = record.position();
                    if (record instanceof WarcResponse response && response.http().status() == 200
                            && response.http().contentType().type().equals("image")) {
                        offsets.putIfAbsent(response.target(), record.position());
                    }
                }
                return Long.MAX_VALUE;
            } catch (IOException | RuntimeException broken) {
                // jwarc reports a record cut short or garbled as an I/O or parsing exception.
                issues.accept(new SourceIssue("archive byte " + position, "the web archive ends early or is damaged after this point;"
                        + " later pages and images were not read"));
                return position;
            }
        } catch (NoSuchFileException missing) {
            throw new SourceException("The web archive " + file + " does not exist.");
        } catch (IOException failed) {
            throw new SourceException("The file " + file + " cannot be read as a web archive (WARC): " + failed.getMessage() + ".", failed);
        }
    }

    private void page(WarcResponse response, WarcReader images, Map<String, Long> imageOffsets,
                      Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws IOException {
        String url = response.target();
        Document document;
        try (InputStream body = response.http().bodyDecoded().stream()) {
            String charset = response.http().contentType().parameters().get("charset");
            document = Jsoup.parse(new BoundedInputStream(body, MAX_PAGE_BYTES), charset, url);
        }
        for (ProfilePages.PageRecord page : pages.read(document, url, issues)) {
            List<PhotoHash> hashes = new ArrayList<>();
            for (String photoUrl : page.photoUrls()) {
                photo(photoUrl, url, images, imageOffsets, issues).ifPresent(hashes::add);
            }
            SourceRecord record = page.record();
            records.accept(new SourceRecord(record.location(), record.sourceId(), record.source(), record.category(),
                    record.firstSeen(), record.lastSeen(), record.identifiers(), hashes));
        }
    }

    private Optional<PhotoHash> photo(String photoUrl, String pageUrl, WarcReader images, Map<String, Long> imageOffsets,
                                      Consumer<SourceIssue> issues) throws IOException {
        Long offset = imageOffsets.get(photoUrl);
        if (offset == null) {
            issues.accept(new SourceIssue(pageUrl, "its photo " + photoUrl + " is not in the archive as an image; photo skipped"));
            return Optional.empty();
        }
        images.position(offset);
        Optional<WarcRecord> record = images.next();
        if (record.isEmpty() || !(record.get() instanceof WarcResponse response)) {
            issues.accept(new SourceIssue(pageUrl, "its photo " + photoUrl + " cannot be read from the archive; photo skipped"));
            return Optional.empty();
        }
        try (InputStream body = response.http().bodyDecoded().stream()) {
            byte[] bytes = new BoundedInputStream(body, PhotoHasher.MAX_FILE_BYTES + 1L).readAllBytes();
            return Optional.of(PhotoHasher.hash(bytes));
        } catch (PhotoHasher.NotAPhotoException notAPhoto) {
            issues.accept(new SourceIssue(pageUrl, "its photo " + photoUrl + " " + notAPhoto.getMessage() + "; photo skipped"));
            return Optional.empty();
        }
    }

    private static WarcRecord next(WarcReader reader) {
        try {
            return reader.next().orElse(null);
        } catch (IOException | RuntimeException broken) {
            // Already reported by the first pass, which stops at the same place.
            return null;
        }
    }

    private static boolean isHtml(WarcResponse response) throws IOException {
        if (response.http().status() != 200) {
            return false;
        }
        MediaType type = response.http().contentType().base();
        return type.equals(MediaType.HTML) || type.equals(MediaType.XHTML);
    }
}
