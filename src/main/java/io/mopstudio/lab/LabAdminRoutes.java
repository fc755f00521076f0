package io.mopstudio.lab;

import com.sun.net.httpserver.HttpExchange;
import java.util.Map;

/** Routes {@code /lab/...}: what the lab is, resetting it, and the per-resource call history. */
final class LabAdminRoutes implements JsonEndpoint.Route {

    private static final String HISTORY_PREFIX = "/lab/resources/";
    private static final String HISTORY_SUFFIX = "/history";

    private final LabResources resources;

    LabAdminRoutes(LabResources resources) {
        this.resources = resources;
    }

    @Override
    public LabReply reply(HttpExchange exchange) {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (method.equals("GET") && path.equals("/lab/info")) {
            return LabReply.ok(new LabInfo(LabInfo.SERVICE, LabInfo.VERSION, resources.names()));
        }
        if (method.equals("POST") && path.equals("/lab/reset")) {
            resources.resetAll();
            return LabReply.ok(Map.of("reset", true));
        }
        if (method.equals("GET") && path.startsWith(HISTORY_PREFIX) && path.endsWith(HISTORY_SUFFIX)
                && path.length() > HISTORY_PREFIX.length() + HISTORY_SUFFIX.length()) {
            String name = path.substring(HISTORY_PREFIX.length(), path.length() - HISTORY_SUFFIX.length());
            return resources.find(name)
                    .map(r -> LabReply.ok(r.history()))
                    .orElseGet(() -> LabReply.error(404, "unknown resource: " + name));
        }
        return LabReply.error(404, "no endpoint " + method + " " + path);
    }
}
