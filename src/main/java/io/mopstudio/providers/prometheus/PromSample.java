package io.mopstudio.providers.prometheus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** One series of an instant query: its labels, the evaluation time and the value (absent when NaN or not a number). */
record PromSample(Map<String, String> labels, double time, Optional<Double> value) {

    /** From Prometheus' {@code [time, "value"]} pair, with the series' {@code metric} labels. */
    static PromSample of(JsonNode metric, JsonNode pair) {
        Map<String, String> labels = new LinkedHashMap<>();
        if (metric != null) {
            metric.fields().forEachRemaining(field -> labels.put(field.getKey(), field.getValue().asText()));
        }
        double time = pair.path(0).asDouble();
        Optional<Double> value;
        try {
            double parsed = Double.parseDouble(pair.path(1).asText());
            value = Double.isNaN(parsed) ? Optional.empty() : Optional.of(parsed);
        } catch (NumberFormatException e) {
            value = Optional.empty();
        }
        return new PromSample(labels, time, value);
    }
}
