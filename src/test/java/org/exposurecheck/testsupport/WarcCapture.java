package org.exposurecheck.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.netpreserve.jwarc.FetchOptions;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Captures a site into a WARC file as a curator would with a crawler: jwarc fetches each page and image
 * and records request and response; links and images found in pages are followed on the same host.
 */
public final class WarcCapture {
    private static final int MAX_URLS = 5_000;

    private WarcCapture() {
    }

    /** Crawls from {@code start}; returns the number of URLs captured. */
    public static int capture(URI start, Path warc) throws IOException {
        Deque<URI> queue = new ArrayDeque<>();
        Set<URI> seen = new HashSet<>();
        queue.add(start);
        seen.add(start);
        int captured = 0;
        try (WarcWriter writer = new WarcWriter(warc)) {
            while (!queue.isEmpty() && captured < MAX_URLS) {
                URI url = queue.poll();
                ByteArrayOutputStream copy = new ByteArrayOutputStream();
                writer.fetch(url, new FetchOptions().copyTo(copy));
                captured++;
                if (url.getPath().endsWith(".html")) {
                    Document page = Jsoup.parse(copy.toString(StandardCharsets.UTF_8), url.toString());
                    for (Element link : page.select("a[href], img[src]")) {
                        String target = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("src");
                        URI next = target.isEmpty() ? null : URI.create(target);
                        if (next != null && start.getHost().equals(next.getHost()) && start.getPort() == next.getPort() && seen.add(next)) {
                            queue.add(next);
                        }
                    }
                }
            }
        }
        return captured;
    }
}
