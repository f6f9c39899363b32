package org.exposurecheck.keyedservice;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.List;
import org.exposurecheck.token.keyed.Evaluation;
import org.exposurecheck.token.keyed.InvalidElementException;
import org.exposurecheck.token.keyed.VoprfEvaluator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers {@code POST /v1/evaluate} and {@code GET /v1/health}. Nothing of a request is logged or stored: not
 * its body, not its address (which lives only in the rate limiter's memory). Every refusal is one sentence
 * in JSON with its HTTP status, never a stack trace.
 */
final class ServiceHandler implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ServiceHandler.class);

    private final VoprfEvaluator evaluator;
    private final RateLimiter limiter;
    private final InFlight inFlight;
    private final ServiceSettings settings;

    ServiceHandler(VoprfEvaluator evaluator, RateLimiter limiter, InFlight inFlight, ServiceSettings settings) {
        this.evaluator = evaluator;
        this.limiter = limiter;
        this.inFlight = inFlight;
        this.settings = settings;
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            if (!inFlight.enter()) {
                refuseWhileStopping(exchange);
                return;
            }
            try {
                route(exchange);
            } finally {
                inFlight.exit();
            }
        } catch (IOException clientGone) {
            // The client hung up or sent a broken request; there is no one left to answer.
        } catch (RuntimeException bug) {
            LOG.warn("A request failed inside the service ({}); it was answered with status 500.", bug.getClass().getSimpleName());
            trySend(exchange, 500, ServiceApi.error("The service failed to answer; this is a bug in Exposure Check."));
        } finally {
            exchange.close();
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        if (ServiceApi.HEALTH_PATH.equals(path)) {
            if (method.equals("GET")) {
                Replies.send(exchange, 200, ServiceApi.health(true, evaluator.publicKey()));
            } else {
                refuseMethod(exchange, "GET");
            }
        } else if (ServiceApi.EVALUATE_PATH.equals(path)) {
            if (method.equals("POST")) {
                evaluate(exchange);
            } else {
                refuseMethod(exchange, "POST");
            }
        } else {
            Replies.send(exchange, 404, ServiceApi.error("There is nothing at this address; the service answers POST "
                    + ServiceApi.EVALUATE_PATH + " and GET " + ServiceApi.HEALTH_PATH + "."));
        }
    }

    private void evaluate(HttpExchange exchange) throws IOException {
        try {
            List<byte[]> blinded = ServiceApi.blindedElements(body(exchange), settings.maxBatch());
            String client = ClientAddress.key(exchange.getRemoteAddress().getAddress(), forwardedFor(exchange),
                    settings.trustForwardedFor());
            RateLimiter.Decision decision = limiter.acquire(client, blinded.size());
            if (!decision.granted()) {
                exchange.getResponseHeaders().set("Retry-After", Long.toString(decision.retryAfterSeconds()));
                Replies.send(exchange, 429, ServiceApi.rateLimited(decision.retryAfterSeconds()));
                return;
            }
            Evaluation evaluation = evaluator.blindEvaluate(blinded);
            Replies.send(exchange, 200, ServiceApi.evaluation(evaluation));
        } catch (ServiceApi.Refused refused) {
            Replies.send(exchange, refused.status(), ServiceApi.error(refused.getMessage()));
        } catch (InvalidElementException notAPoint) {
            Replies.send(exchange, 400, ServiceApi.error("A blinded element is not a point of P-256."));
        }
    }

    /** The body, refused unread when it says or turns out to be larger than a full batch needs. */
    private byte[] body(HttpExchange exchange) throws IOException, ServiceApi.Refused {
        int limit = settings.maxBodyBytes();
        if (declaredLength(exchange) > limit) {
            throw tooLarge(limit);
        }
        byte[] body = exchange.getRequestBody().readNBytes(limit + 1);
        if (body.length > limit) {
            throw tooLarge(limit);
        }
        return body;
    }

    /** The Content-Length the client declared; -1 if none (a chunked body) or unreadable (the server refuses it itself). */
    private static long declaredLength(HttpExchange exchange) {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return declared == null ? -1 : Long.parseLong(declared.strip());
        } catch (NumberFormatException unreadable) {
            return -1;
        }
    }

    private static ServiceApi.Refused tooLarge(int limit) {
        return new ServiceApi.Refused(413, "The request is larger than " + limit + " bytes, more than a full batch needs.");
    }

    private static String forwardedFor(HttpExchange exchange) {
        List<String> values = exchange.getRequestHeaders().get("X-Forwarded-For");
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    private static void refuseMethod(HttpExchange exchange, String allowed) throws IOException {
        exchange.getResponseHeaders().set("Allow", allowed);
        Replies.send(exchange, 405, ServiceApi.error("This address only answers " + allowed + "."));
    }

    private void refuseWhileStopping(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Connection", "close");
        if (ServiceApi.HEALTH_PATH.equals(exchange.getRequestURI().getRawPath())) {
            Replies.send(exchange, 503, ServiceApi.health(false, evaluator.publicKey()));
        } else {
            exchange.getResponseHeaders().set("Retry-After", "1");
            Replies.send(exchange, 503, ServiceApi.error("This instance is stopping; try again."));
        }
    }

    private static void trySend(HttpExchange exchange, int status, byte[] json) {
        try {
            Replies.send(exchange, status, json);
        } catch (IOException | RuntimeException alreadyAnswered) {
            // Headers may have gone out already; closing the exchange is all that is left.
        }
    }
}
