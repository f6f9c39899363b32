package org.exposurecheck.update;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import okhttp3.Request;
import okhttp3.Response;

/** Fetches a mirror's catalogue, conditionally: with the ETag of the last one, an unchanged catalogue costs one 304. */
final class CatalogueFetcher {
    private CatalogueFetcher() {
    }

    sealed interface Answer permits Unchanged, Changed {
    }

    /** The mirror's catalogue is the one fetched last time (HTTP 304). */
    record Unchanged() implements Answer {
    }

    /** A catalogue, not yet verified, and the response's ETag (null when the mirror sent none). */
    record Changed(byte[] bytes, String etag) implements Answer {
    }

    static Answer fetch(MirrorConnection http, MirrorAddress mirror, Optional<String> knownEtag) throws TransferException {
        Request.Builder request = new Request.Builder().url(mirror.resolve(CatalogueFile.FILE_NAME))
                // Asks caches between here and the mirror to revalidate, so a stale copy does not hide a new catalogue.
                .header("Cache-Control", "no-cache");
        knownEtag.ifPresent(etag -> request.header("If-None-Match", etag));
        try (Response response = http.execute(request.build(), http.timeouts().shortExchangeDeadline())) {
            if (response.code() == 304 && knownEtag.isPresent()) {
                return new Unchanged();
            }
            if (response.code() != 200) {
                throw new TransferException(TransferException.Kind.HTTP_ERROR,
                        UpdateRefusal.HTTP_STATUS.sentence("status", response.code(), "file", CatalogueFile.FILE_NAME));
            }
            if (response.body().contentLength() > CatalogueFile.MAX_BYTES) {
                throw tooLarge();
            }
            byte[] bytes;
            try (InputStream in = response.body().byteStream()) {
                bytes = in.readNBytes(CatalogueFile.MAX_BYTES + 1);
            } catch (IOException failed) {
                throw http.failure(failed, true);
            }
            if (bytes.length > CatalogueFile.MAX_BYTES) {
                throw tooLarge();
            }
            return new Changed(bytes, response.header("ETag"));
        }
    }

    private static TransferException tooLarge() {
        return new TransferException(TransferException.Kind.BAD_CONTENT, UpdateRefusal.CATALOGUE_TOO_LARGE.sentence());
    }
}
