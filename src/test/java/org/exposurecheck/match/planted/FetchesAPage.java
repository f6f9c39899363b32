package org.exposurecheck.match.planted;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A planted violation for ArchitectureTest: the pure core reaching the network through a library. */
public final class FetchesAPage {
    private FetchesAPage() {
    }

    static Document fetch(String url) throws java.io.IOException {
        return Jsoup.connect(url).get();
    }
}
