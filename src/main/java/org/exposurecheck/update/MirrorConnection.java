package org.exposurecheck.update;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.CookieJar;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.exposurecheck.token.CancelSignal;

/**
 * The one HTTP client of an update run, configured for privacy: the person's proxy or none (never a
 * system-wide one), no cookies, no cache, no redirects to another server (nor between http and https), a
 * neutral User-Agent shared by many browsers rather than one naming this app, and host names resolved by
 * the SOCKS proxy, never locally. Every request has an overall deadline. It turns every network failure into
 * a {@link TransferException} with one plain sentence. One request at a time.
 */
final class MirrorConnection implements AutoCloseable {
    /** Tor Browser's User-Agent: common on Tor, and it says nothing about this app or the person's system. */
    static final String USER_AGENT = "Mozilla/5.0 (Windows NT 10.0; rv:128.0) Gecko/20100101 Firefox/128.0";

    private final OkHttpClient client;
    private final boolean viaProxy;
    private static final long CANCEL_POLL_MILLIS = 100;

    private final CancelSignal cancel;
    private final ScheduledExecutorService cancelWatcher;
    private final Timeouts timeouts;
    /** The deadline of the request in flight, for the sentence when it passes. */
    private Duration deadline = Duration.ZERO;

    MirrorConnection(Optional<ProxySetting> proxy, Timeouts timeouts, CancelSignal cancel) {
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .proxy(proxy.map(ProxySetting::toProxy).orElse(Proxy.NO_PROXY))
                .cookieJar(CookieJar.NO_COOKIES)
                .followSslRedirects(false)
                .connectTimeout(timeouts.connect())
                .readTimeout(timeouts.read())
                .writeTimeout(timeouts.read())
                .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("User-Agent", USER_AGENT).build()))
                .addNetworkInterceptor(MirrorConnection::refuseRedirectToAnotherServer);
        if (proxy.isPresent() && proxy.get().kind() == ProxySetting.Kind.SOCKS5) {
            // OkHttp hands SOCKS proxies the host name; this makes sure no path falls back to a local look-up.
            builder.dns(hostname -> {
                throw new UnknownHostException("host names are resolved by the SOCKS proxy");
            });
        }
        this.client = builder.build();
        this.viaProxy = proxy.isPresent();
        this.cancel = cancel;
        this.cancelWatcher = watch(cancel, client);
        this.timeouts = timeouts;
    }

    Timeouts timeouts() {
        return timeouts;
    }

    /** Sends a request that must be answered, body and all, within {@code deadline}; the caller closes the response. */
    Response execute(Request request, Duration deadline) throws TransferException {
        this.deadline = deadline;
        Call call = client.newCall(request);
        call.timeout().timeout(deadline.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return call.execute();
        } catch (IOException failed) {
            throw failure(failed, false);
        }
    }

    /**
     * A mirror is an address the person chose; a redirect to another server would send their request (and the
     * fact that they update) to a server they did not choose. Redirects within the same server are followed.
     */
    private static Response refuseRedirectToAnotherServer(Interceptor.Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        if (response.isRedirect()) {
            HttpUrl from = chain.request().url();
            String location = response.header("Location");
            HttpUrl to = location == null ? null : from.resolve(location);
            if (to != null && !(to.scheme().equals(from.scheme()) && to.host().equals(from.host()) && to.port() == from.port())) {
                response.close();
                throw new RedirectRefusedException(to.host());
            }
        }
        return response;
    }

    /** A redirect to another server, refused before any request is sent there. */
    private static final class RedirectRefusedException extends IOException {
        private final String host;

        RedirectRefusedException(String host) {
            super("redirect to another server refused");
            this.host = host;
        }
    }

    /** Turns an I/O failure into a sentence; {@code midTransfer}: bytes had started to arrive. */
    TransferException failure(IOException failed, boolean midTransfer) {
        if (cancel.isCancelled()) {
            return new TransferException(TransferException.Kind.CANCELLED, UpdateRefusal.CANCELLED.sentence());
        }
        if (failed instanceof RedirectRefusedException redirect) {
            return new TransferException(TransferException.Kind.HTTP_ERROR, UpdateRefusal.CROSS_HOST_REDIRECT.sentence("host", redirect.host));
        }
        if (failed instanceof InterruptedIOException && !(failed instanceof SocketTimeoutException)) {
            // OkHttp's call timeout: the overall deadline passed, however steadily bytes were arriving.
            return new TransferException(TransferException.Kind.TIMEOUT, UpdateRefusal.DEADLINE_PASSED.sentence("seconds",
                    (deadline.toMillis() + 999) / 1000));
        }
        if (failed instanceof SocketTimeoutException) {
            UpdateRefusal timeout = viaProxy ? UpdateRefusal.TIMEOUT_THROUGH_PROXY : UpdateRefusal.TIMEOUT;
            return new TransferException(TransferException.Kind.TIMEOUT, timeout.sentence());
        }
        if (midTransfer) {
            return new TransferException(TransferException.Kind.INTERRUPTED, UpdateRefusal.CONNECTION_BROKE_OFF.sentence());
        }
        return new TransferException(TransferException.Kind.UNREACHABLE, unreachable(failed).sentence());
    }

    private UpdateRefusal unreachable(IOException failed) {
        if (viaProxy) {
            return UpdateRefusal.PROXY_UNREACHABLE;
        }
        if (failed instanceof UnknownHostException) {
            return UpdateRefusal.MIRROR_NAME_UNKNOWN;
        }
        if (failed instanceof ConnectException || failed instanceof NoRouteToHostException) {
            return UpdateRefusal.MIRROR_UNREACHABLE;
        }
        return UpdateRefusal.CONNECTION_FAILED;
    }

    /** Polls the person's cancel signal and stops the request in flight, so a cancel works even while a read waits. */
    private static ScheduledExecutorService watch(CancelSignal cancel, OkHttpClient client) {
        ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "update-cancel-watcher");
            thread.setDaemon(true);
            return thread;
        });
        watcher.scheduleWithFixedDelay(() -> {
            if (cancel.isCancelled()) {
                client.dispatcher().cancelAll();
            }
        }, CANCEL_POLL_MILLIS, CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS);
        return watcher;
    }

    @Override
    public void close() {
        cancelWatcher.shutdownNow();
        client.connectionPool().evictAll();
    }
}
