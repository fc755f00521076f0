package io.mopstudio.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The variables templates of one run may name: {@code incident.*}, {@code env.*},
 * {@code pre_execution.*} (filled before the first step) and {@code steps.<id>.output.*} (filled as
 * steps succeed). Safe to read while parallel steps add their outputs.
 */
final class RunScope {

    private final Map<String, Object> incident;
    private final Map<String, Object> env;
    private final Map<String, Object> preExecution = new ConcurrentHashMap<>();
    private final Map<String, Object> steps = new ConcurrentHashMap<>();

    RunScope(Map<String, String> incident, Map<String, Object> env) {
        this.incident = Map.copyOf(incident);
        this.env = env;
    }

    void putSnapshot(String name, Object value) {
        preExecution.put(name, value);
    }

    void putStepOutput(String stepId, Map<String, Object> output) {
        steps.put(stepId, Map.of("output", output));
    }

    /** A consistent copy for rendering; {@code extra} adds or overrides entries such as {@code params}. */
    Map<String, Object> snapshot(Map<String, Object> extra) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("incident", incident);
        out.put("env", env);
        out.put("pre_execution", Map.copyOf(preExecution));
        out.put("steps", Map.copyOf(steps));
        out.putAll(extra);
        return out;
    }
}
