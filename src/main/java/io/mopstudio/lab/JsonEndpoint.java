package io.mopstudio.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Adapts a {@link Route} to the JDK server: turns {@link BadRequest} into 400, any other failure
 * into 500, and writes every reply as JSON. Routes therefore never touch response plumbing.
 */
final class JsonEndpoint implements HttpHandler {

    /** Decides the reply for one exchange; may read the request body but must not respond. */
    @FunctionalInterface
    interface Route {
        LabReply reply(HttpExchange exchange) throws IOException;
    }

    private final ObjectMapper mapper;
    private final Route route;

    JsonEndpoint(ObjectMapper mapper, Route route) {
        this.mapper = mapper;
        this.route = route;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            LabReply reply;
            try {
                reply = route.reply(exchange);
            } catch (BadRequest e) {
                reply = LabReply.error(400, e.getMessage());
            } catch (RuntimeException e) {
                reply = LabReply.error(500, "lab error: " + e);
            }
            byte[] bytes = mapper.writeValueAsBytes(reply.body());
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
