package io.mopstudio.providers.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.Primitive;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code prometheus.query}: a PromQL instant query through Prometheus' HTTP API
 * ({@code /api/v1/query}). The output records the {@code value}, the {@code query} and the
 * evaluation {@code time}, so a validation sample says exactly what was measured when. No data
 * (an empty result or NaN) is a failure, never a pass; several series need {@code reduce}
 * (max, min or sum) to become one value.
 */
public final class PrometheusQueryPrimitive implements Primitive {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    public String name() {
        return "prometheus.query";
    }

    @Override
    public PrimitiveResult invoke(Map<String, Object> params) throws PrimitiveException, InterruptedException {
        ParamReader reader = new ParamReader(name(), params);
        String base = reader.requiredText("url").replaceAll("/+$", "");
        String query = reader.requiredText("query");
        String reduce = reader.text("reduce", "none").toLowerCase(Locale.ROOT);
        if (!List.of("none", "max", "min", "sum").contains(reduce)) {
            throw new PrimitiveException(name() + ": reduce must be none, max, min or sum, not '" + reduce + "'");
        }
        Duration timeout = reader.duration("timeout", Duration.ofSeconds(30));
        String at = reader.text("time", "");
        URI uri = uri(base + "/api/v1/query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (at.isBlank() ? "" : "&time=" + URLEncoder.encode(at, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout).GET();
        String token = reader.text("bearer_token", "");
        if (!token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return failed(query, "Prometheus at " + base + " did not answer: " + describe(e), "unreachable");
        }
        return result(query, reduce, response);
    }

    private PrimitiveResult result(String query, String reduce, HttpResponse<String> response) {
        JsonNode body;
        try {
            body = JSON.readTree(response.body());
        } catch (IOException e) {
            return failed(query, "HTTP " + response.statusCode() + ", not Prometheus' JSON", "error");
        }
        if (!"success".equals(body.path("status").asText())) {
            return failed(query, "Prometheus refused the query (HTTP " + response.statusCode() + "): "
                    + body.path("error").asText("no reason given"), "error");
        }
        List<PromSample> samples = samples(body.path("data"));
        List<PromSample> valued = samples.stream().filter(s -> s.value().isPresent()).toList();
        if (valued.isEmpty()) {
            return failed(query, "no data: the query matched no series with a value", "no data");
        }
        if (valued.size() > 1 && reduce.equals("none")) {
            return failed(query, valued.size() + " series matched; aggregate in PromQL or set reduce: max, min or sum",
                    valued.size() + " series");
        }
        double value = switch (reduce) {
            case "max" -> valued.stream().mapToDouble(s -> s.value().get()).max().orElseThrow();
            case "min" -> valued.stream().mapToDouble(s -> s.value().get()).min().orElseThrow();
            case "sum" -> valued.stream().mapToDouble(s -> s.value().get()).sum();
            default -> valued.get(0).value().get();
        };
        PromSample chosen = valued.stream().max(Comparator.comparingDouble(s -> s.value().get())).orElseThrow();
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("value", value);
        output.put("query", query);
        output.put("time", Instant.ofEpochMilli((long) (chosen.time() * 1000)).toString());
        output.put("series", (long) valued.size());
        output.put("labels", valued.size() == 1 ? chosen.labels() : Map.of());
        return new PrimitiveResult(true, output, query + " = " + value + " at " + output.get("time"),
                String.valueOf(value));
    }

    private static List<PromSample> samples(JsonNode data) {
        List<PromSample> out = new ArrayList<>();
        String type = data.path("resultType").asText();
        JsonNode result = data.path("result");
        if (type.equals("scalar")) {
            out.add(PromSample.of(null, result));
        } else if (type.equals("vector")) {
            result.forEach(series -> out.add(PromSample.of(series.path("metric"), series.path("value"))));
        }
        return out;
    }

    private static URI uri(String text) throws PrimitiveException {
        try {
            URI uri = URI.create(text);
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("not http");
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new PrimitiveException("prometheus.query: url must be Prometheus' base URL, e.g."
                    + " http://prometheus.internal:9090");
        }
    }

    private static PrimitiveResult failed(String query, String why, String primary) {
        Map<String, Object> output = new LinkedHashMap<>();
        output.put("query", query);
        output.put("error", why);
        return new PrimitiveResult(false, output, query + ": " + why, primary);
    }

    private static String describe(IOException e) {
        return Optional.ofNullable(e.getMessage()).filter(m -> !m.isBlank()).orElse(e.getClass().getSimpleName());
    }
}
