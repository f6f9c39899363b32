package org.exposurecheck.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;

/**
 * A MockWebServer dispatcher that serves a mirror directory the way a plain static web server does
 * (strong ETags, If-None-Match → 304, Range and If-Range → 206), with scripted faults per path.
 */
public final class MirrorDispatcher extends Dispatcher {
    /** What goes wrong with the next request for a path. */
    public sealed interface Fault permits CutAfter, Status, Stall, Tamper, Append, Redirect, Drip {
    }

    /** Sends the headers of the whole answer but only this many body bytes, then drops the connection. */
    public record CutAfter(int bytes) implements Fault {
    }

    public record Status(int code) implements Fault {
    }

    /** Holds the answer back far longer than any test timeout. */
    public record Stall() implements Fault {
    }

    /** Flips one byte in the middle of the body; the length stays right. */
    public record Tamper() implements Fault {
    }

    /** Sends extra bytes after the real file; {@code chunked}: without a Content-Length that would give it away. */
    public record Append(int bytes, boolean chunked) implements Fault {
    }

    /** Answers 302 Found with this Location, as a mirror that hands the request on would. */
    public record Redirect(String location) implements Fault {
    }

    /** Sends the body one byte every {@code millis}: always just inside a read timeout, never finishing in time. */
    public record Drip(long millis) implements Fault {
    }

    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private final List<RecordedRequest> requests = new ArrayList<>();
    private long bodyBytesSent;

    /** Serves every file under {@code dir}, replacing what was served before. */
    public MirrorDispatcher serve(Path dir) throws IOException {
        files.clear();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put("/" + dir.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return this;
    }

    public MirrorDispatcher fault(String path, Fault fault) {
        faults.computeIfAbsent(path, p -> new ArrayDeque<>()).add(fault);
        return this;
    }

    public synchronized List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    public synchronized List<String> requestedPaths() {
        return requests.stream().map(request -> request.getUrl().encodedPath()).toList();
    }

    /** Body bytes this server has sent so far, over all requests. */
    public synchronized long bodyBytesSent() {
        return bodyBytesSent;
    }

    public synchronized void forgetRequests() {
        requests.clear();
        bodyBytesSent = 0;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        synchronized (this) {
            requests.add(request);
        }
        Deque<Fault> queued = faults.get(path);
        Fault fault = queued == null ? null : queued.poll();
        byte[] file = files.get(path);
        if (fault instanceof Status status) {
            return new MockResponse.Builder().code(status.code()).build();
        }
        if (fault instanceof Redirect redirect) {
            return new MockResponse.Builder().code(302).setHeader("Location", redirect.location()).build();
        }
        if (fault instanceof Stall) {
            return new MockResponse.Builder().headersDelay(10, TimeUnit.SECONDS).body("late").build();
        }
        if (file == null) {
            return new MockResponse.Builder().code(404).build();
        }
        String etag = "\"" + sha256(file).substring(0, 16) + "\"";
        if (etag.equals(request.getHeaders().get("If-None-Match"))) {
            return new MockResponse.Builder().code(304).setHeader("ETag", etag).build();
        }
        String range = request.getHeaders().get("Range");
        String ifRange = request.getHeaders().get("If-Range");
        int start = 0;
        MockResponse.Builder response = new MockResponse.Builder().setHeader("ETag", etag);
        if (range != null && range.matches("bytes=\\d+-") && (ifRange == null || ifRange.equals(etag))) {
            start = Integer.parseInt(range.substring(6, range.length() - 1));
            response.code(206).setHeader("Content-Range", "bytes " + start + "-" + (file.length - 1) + "/" + file.length);
        }
        byte[] body = Arrays.copyOfRange(file, start, file.length);
        if (fault instanceof Tamper) {
            body[body.length / 2] ^= 0x01;
        }
        if (fault instanceof Append append) {
            body = Arrays.copyOf(body, body.length + append.bytes());
            if (append.chunked()) {
                count(body.length);
                return response.chunkedBody(new Buffer().write(body), 4096).build();
            }
        }
        if (fault instanceof CutAfter cut) {
            count(cut.bytes());
            return response.body(new Buffer().write(body, 0, cut.bytes())).setHeader("Content-Length", body.length)
                    .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE).build();
        }
        if (fault instanceof Drip drip) {
            response.throttleBody(1, drip.millis(), TimeUnit.MILLISECONDS);
        }
        count(body.length);
        return response.body(new Buffer().write(body)).build();
    }

    private synchronized void count(long bytes) {
        bodyBytesSent += bytes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
