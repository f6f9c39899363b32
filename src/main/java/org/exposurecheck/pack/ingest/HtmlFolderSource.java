package org.exposurecheck.pack.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exposurecheck.pack.photo.PhotoHash;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A folder of saved pages of a leak site (as a browser's "save page" or {@code wget -r} leaves them): every
 * {@code .html}/{@code .htm} file below it, in path order, read as a profile page by the mapping
 * ({@link ProfilePages}); photos are the image files the pages point to, inside the folder.
 */
public final class HtmlFolderSource implements RecordSource {
    private static final long MAX_PAGE_BYTES = 10L << 20;

    private final Path folder;
    private final ProfilePages pages;

    public HtmlFolderSource(Path folder, SourceMapping.PageMapping mapping) {
        this.folder = folder;
        this.pages = new ProfilePages(mapping);
    }

    @Override
    public void read(Consumer<SourceRecord> records, Consumer<SourceIssue> issues) throws SourceException {
        if (!Files.isDirectory(folder)) {
            throw new SourceException("--format html reads a folder of saved pages, and " + folder + " is not a folder.");
        }
        Path root = folder.toAbsolutePath().normalize();
        PhotoFiles photos = new PhotoFiles(root);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).filter(HtmlFolderSource::isHtml).sorted().toList();
        } catch (IOException failed) {
            throw new SourceException("Could not list the folder " + folder + ": " + failed.getMessage() + ".", failed);
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            // Matched like a URL's path, so one mapping serves a site's saved pages and its web archive.
            if (!pages.isProfilePage("/" + relative)) {
                continue;
            }
            Document document;
            try (InputStream in = new BoundedInputStream(Files.newInputStream(file), MAX_PAGE_BYTES)) {
                document = Jsoup.parse(in, null, file.toUri().toString());
            } catch (IOException unreadable) {
                issues.accept(new SourceIssue(relative, "cannot be read; page skipped"));
                continue;
            }
            for (ProfilePages.PageRecord page : pages.read(document, relative, issues)) {
                List<PhotoHash> hashes = new ArrayList<>();
                for (String url : page.photoUrls()) {
                    photo(root, url, page.record().location(), photos, issues).ifPresent(hashes::add);
                }
                SourceRecord record = page.record();
                records.accept(new SourceRecord(record.location(), record.sourceId(), record.source(), record.category(),
                        record.firstSeen(), record.lastSeen(), record.identifiers(), hashes));
            }
        }
    }

    /** An image the page points to by a file address; one on a web server is not in a folder of saved pages. */
    private static Optional<PhotoHash> photo(Path root, String url, String location, PhotoFiles photos,
                                                       Consumer<SourceIssue> issues) {
        if (!url.startsWith("file:")) {
            issues.accept(new SourceIssue(location, "a photo is not saved with the page (it points to a web address); photo skipped"));
            return Optional.empty();
        }
        try {
            Path file = Path.of(URI.create(url));
            return photos.hash(root.relativize(file.toAbsolutePath().normalize()).toString(), location, issues);
        } catch (IllegalArgumentException unusable) {
            issues.accept(new SourceIssue(location, "a photo address cannot be read as a file name; photo skipped"));
            return Optional.empty();
        }
    }

    private static boolean isHtml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }
}
