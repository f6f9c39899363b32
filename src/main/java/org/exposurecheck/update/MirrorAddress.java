package org.exposurecheck.update;

import java.util.Optional;
import okhttp3.HttpUrl;
import org.exposurecheck.base.Sentence;

/**
 * The base address of a mirror: an http:// or https:// URL (a .onion address through Tor works too)
 * that serves the layout {@code publish} writes. Normalised to end with a slash, without query or fragment.
 */
public final class MirrorAddress {
    private final HttpUrl base;

    private MirrorAddress(HttpUrl base) {
        this.base = base;
    }

    public static MirrorAddress parse(String text) throws UpdateException {
        HttpUrl url = HttpUrl.parse(text.strip());
        if (url == null) {
            throw UpdateRefusal.MIRROR_ADDRESS_INVALID.exception("address", text);
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw UpdateRefusal.MIRROR_ADDRESS_CREDENTIALS.exception("address", text);
        }
        HttpUrl.Builder builder = url.newBuilder().query(null).fragment(null);
        if (!url.encodedPath().endsWith("/")) {
            builder.addPathSegment("");
        }
        return new MirrorAddress(builder.build());
    }

    /**
     * The warning for a mirror reached without encryption: plain http, unless it is an onion service (Tor
     * encrypts those end to end). Such a mirror works — every catalogue and pack is signed — but others on the
     * network can see what is fetched.
     */
    public Optional<Sentence> warning() {
        boolean encrypted = base.isHttps() || base.host().endsWith(".onion");
        return encrypted ? Optional.empty() : Optional.of(UpdateRefusal.MIRROR_NOT_ENCRYPTED.sentence("mirror", toString()));
    }

    HttpUrl resolve(String relativePath) {
        return base.resolve(relativePath);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MirrorAddress mirror && mirror.base.equals(base);
    }

    @Override
    public int hashCode() {
        return base.hashCode();
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
