package org.exposurecheck.update;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.exposurecheck.base.Sentence;

/**
 * A proxy for update requests. Through a SOCKS5 proxy host names are resolved by the proxy, so with Tor
 * neither the mirror's address nor a DNS query for it leaves this machine in the clear.
 */
public record ProxySetting(Kind kind, String host, int port) {
    /** The one-click preset: the Tor daemon's SOCKS port on this machine (Tor Browser listens on 9150 instead). */
    public static final ProxySetting TOR = new ProxySetting(Kind.SOCKS5, "127.0.0.1", 9050);

    public enum Kind {
        SOCKS5("socks5"), HTTP("http");

        private final String scheme;

        Kind(String scheme) {
            this.scheme = scheme;
        }
    }

    public ProxySetting {
        if (host == null || host.isBlank() || port < 1 || port > 65535) {
            throw new IllegalArgumentException("a proxy needs a host and a port between 1 and 65535");
        }
    }

    /** Reads {@code socks5://HOST:PORT} (also {@code socks5h://}) or {@code http://HOST:PORT}. */
    public static ProxySetting parse(String text) throws UpdateException {
        Sentence usage = UpdateRefusal.PROXY_INVALID.sentence("proxy", text);
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException malformed) {
            throw new UpdateException(usage);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        Kind kind = switch (scheme) {
            case "socks5", "socks5h" -> Kind.SOCKS5;
            case "http" -> Kind.HTTP;
            default -> throw new UpdateException(usage);
        };
        boolean bare = (uri.getPath() == null || uri.getPath().isEmpty() || uri.getPath().equals("/")) && uri.getQuery() == null
                && uri.getUserInfo() == null;
        if (uri.getHost() == null || uri.getPort() < 1 || !bare) {
            throw new UpdateException(usage);
        }
        return new ProxySetting(kind, uri.getHost(), uri.getPort());
    }

    /** Unresolved, so naming the proxy causes no DNS look-up until a connection is really made. */
    Proxy toProxy() {
        return new Proxy(kind == Kind.SOCKS5 ? Proxy.Type.SOCKS : Proxy.Type.HTTP, InetSocketAddress.createUnresolved(host, port));
    }

    @Override
    public String toString() {
        return kind.scheme + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
