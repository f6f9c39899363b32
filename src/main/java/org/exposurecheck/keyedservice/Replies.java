package org.exposurecheck.keyedservice;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;

/** Sends one JSON reply and closes the exchange. Replies are never cached: each answer is for one request. */
final class Replies {
    private Replies() {
    }

    static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.sendResponseHeaders(status, json.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(json);
        }
    }
}
