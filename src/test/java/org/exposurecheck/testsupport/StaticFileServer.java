package org.exposurecheck.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on loopback (the JDK's) serving a directory as a plain static web host does: GET
 * with strong ETags, If-None-Match → 304, and single byte ranges → 206. It records each request's status.
 */
public final class StaticFileServer implements AutoCloseable {
    private final HttpServer server;
    private final Path root;
    private final List<String> log = new ArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private volatile String stalledPath;
    private volatile int stallAfterBytes;

    public StaticFileServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * The next full (200) answer for {@code path} sends its headers and only the first {@code bytes} of the body, then
     * holds the connection open until {@link #release()}: a download stopped at a known byte, for as long as a test needs.
     * Requests wait meanwhile (one handler thread), as they would behind a stuck mirror.
     */
    public void stallAfter(String path, int bytes) {
        stallAfterBytes = bytes;
        stalledPath = path;
    }

    /** Lets a stalled answer end, cut short: the rest of its body is never sent. */
    public void release() {
        released.countDown();
    }

    /** "STATUS PATH" for every request answered so far. */
    public synchronized List<String> log() {
        return List.copyOf(log);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Path file = root.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (!exchange.getRequestMethod().equals("GET") || !file.startsWith(root) || !Files.isRegularFile(file)) {
                respond(exchange, 404, new byte[0]);
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            String etag = "\"" + sha256(bytes).substring(0, 16) + "\"";
            exchange.getResponseHeaders().set("ETag", etag);
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, null);
                return;
            }
            String range = exchange.getRequestHeaders().getFirst("Range");
            String ifRange = exchange.getRequestHeaders().getFirst("If-Range");
            if (range != null && range.matches("bytes=\\d+-") && (ifRange == null || ifRange.equals(etag))) {
                int start = Integer.parseInt(range.substring(6, range.length() - 1));
                exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (bytes.length - 1) + "/" + bytes.length);
                respond(exchange, 206, Arrays.copyOfRange(bytes, start, bytes.length));
                return;
            }
            if (exchange.getRequestURI().getPath().equals(stalledPath)) {
                stalledPath = null;
                stall(exchange, bytes);
                return;
            }
            respond(exchange, 200, bytes);
        }
    }

    private void stall(HttpExchange exchange, byte[] body) throws IOException {
        synchronized (this) {
            log.add("200 " + exchange.getRequestURI().getPath() + " (stalled after " + stallAfterBytes + " bytes)");
        }
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, stallAfterBytes);
        out.flush();
        try {
            released.await(5, TimeUnit.MINUTES);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void respond(HttpExchange exchange, int status, byte[] body) throws IOException {
        log.add(status + " " + exchange.getRequestURI().getPath());
        exchange.sendResponseHeaders(status, body == null ? -1 : body.length == 0 ? -1 : body.length);
        if (body != null && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
