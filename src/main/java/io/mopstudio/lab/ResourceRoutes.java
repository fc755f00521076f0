package io.mopstudio.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Optional;

/**
 * Routes {@code /resources/NAME/...} to the named {@link LabResource}. Every POST or PUT to a known
 * resource is recorded in its history with the status it got, refused or malformed calls included,
 * because "what did the MOP try" matters as much as "what worked".
 */
final class ResourceRoutes implements JsonEndpoint.Route {

    static final String PREFIX = "/resources/";

    private final LabResources resources;
    private final ObjectMapper mapper;

    ResourceRoutes(LabResources resources, ObjectMapper mapper) {
        this.resources = resources;
        this.mapper = mapper;
    }

    @Override
    public LabReply reply(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String[] nameAndRest = path.substring(PREFIX.length()).split("/", 2);
        String name = nameAndRest[0];
        String endpoint = "/" + (nameAndRest.length > 1 ? stripTrailingSlash(nameAndRest[1]) : "");
        Optional<LabResource> found = resources.find(name);
        if (found.isEmpty()) {
            return LabReply.error(404, "unknown resource: " + name);
        }
        LabResource resource = found.get();
        String method = exchange.getRequestMethod();
        if (!method.equals("POST") && !method.equals("PUT")) {
            return read(resource, method, endpoint);
        }
        LabReply reply;
        try {
            RequestBody body = RequestBody.parse(exchange.getRequestBody().readAllBytes(), mapper);
            reply = mutate(resource, method, endpoint, body, exchange.getRequestURI().getRawQuery());
        } catch (BadRequest e) {
            reply = LabReply.error(400, e.getMessage());
        }
        resource.record(method, path, reply.status());
        return reply;
    }

    private static LabReply read(LabResource resource, String method, String endpoint) {
        if (!method.equals("GET")) {
            return noEndpoint(method, endpoint);
        }
        return switch (endpoint) {
            case "/state" -> resource.state();
            case "/health" -> resource.health();
            case "/replica/health" -> resource.replicaHealth();
            case "/writes" -> resource.activeWrites();
            case "/pool/config" -> resource.poolConfig();
            case "/metrics/connection_wait_time" -> resource.connectionWaitTime();
            default -> noEndpoint(method, endpoint);
        };
    }

    private static LabReply mutate(LabResource resource, String method, String endpoint,
                                   RequestBody body, String query) {
        if (endpoint.equals("/pool/config")) {
            // PUT is the natural verb; POST is accepted because generic HTTP actions often only POST.
            return resource.replacePoolConfig(body.poolConfig());
        }
        if (!method.equals("POST")) {
            return noEndpoint(method, endpoint);
        }
        if (endpoint.equals("/pool/drain")) {
            body.duration("graceful_timeout");
            return resource.drain();
        }
        if (endpoint.equals("/pool/reset")) {
            return resource.resetPool(body.positiveInt("initial_size"));
        }
        return restartedComponent(endpoint)
                .map(component -> restart(resource, component, query))
                .orElseGet(() -> noEndpoint(method, endpoint));
    }

    /**
     * Restarts are instant here, so {@code wait_healthy} needs no waiting; it is still validated so
     * a client sending nonsense learns about it.
     */
    private static LabReply restart(LabResource resource, String component, String query) {
        String waitHealthy = QueryString.value(query, "wait_healthy").orElse("false");
        if (!waitHealthy.equals("true") && !waitHealthy.equals("false")) {
            throw new BadRequest("wait_healthy must be true or false, got " + waitHealthy);
        }
        // MOPs name services "orders-db.conn_manager"; the component is the part after the resource.
        String prefix = resource.name() + ".";
        String bare = component.startsWith(prefix) ? component.substring(prefix.length()) : component;
        return resource.restart(bare);
    }

    /** The COMPONENT in {@code /services/COMPONENT/restart}, if that is what the endpoint is. */
    private static Optional<String> restartedComponent(String endpoint) {
        String[] parts = endpoint.split("/");
        boolean matches = parts.length == 4 && parts[1].equals("services")
                && !parts[2].isEmpty() && parts[3].equals("restart");
        return matches ? Optional.of(parts[2]) : Optional.empty();
    }

    private static LabReply noEndpoint(String method, String endpoint) {
        return LabReply.error(404, "no endpoint " + method + " " + endpoint);
    }

    private static String stripTrailingSlash(String path) {
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
