package org.exposurecheck.update;

import okhttp3.HttpUrl;

/**
 * The base address of a publisher's keyed service, as a pack manifest will name it: http:// or https:// (a
 * .onion address through Tor works too), without credentials, query or fragment. The service answers under
 * {@code v1/} below it.
 */
public final class KeyedServiceAddress {
    private final HttpUrl base;

    private KeyedServiceAddress(HttpUrl base) {
        this.base = base;
    }

    public static KeyedServiceAddress parse(String text) throws UpdateException {
        HttpUrl url = HttpUrl.parse(text.strip());
        if (url == null) {
            throw new UpdateException(KeyedRefusal.SERVICE_ADDRESS_INVALID.sentence("address", text));
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new UpdateException(KeyedRefusal.SERVICE_ADDRESS_CREDENTIALS.sentence("address", text));
        }
        HttpUrl.Builder builder = url.newBuilder().query(null).fragment(null);
        if (!url.encodedPath().endsWith("/")) {
            builder.addPathSegment("");
        }
        return new KeyedServiceAddress(builder.build());
    }

    HttpUrl evaluateUrl() {
        return base.resolve("v1/evaluate");
    }

    /** Host and port only, for sentences: the person recognises the service by its name. */
    String host() {
        return base.port() == HttpUrl.defaultPort(base.scheme()) ? base.host() : base.host() + ":" + base.port();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyedServiceAddress address && address.base.equals(base);
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
