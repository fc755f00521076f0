package io.mopstudio.bench;

/** A large, realistic MOP for timing: {@code steps} steps in chains of ten, each with params and templates. */
final class GeneratedMop {

    private GeneratedMop() {
    }

    static String withSteps(int steps) {
        StringBuilder out = new StringBuilder();
        out.append("# Generated for the load benchmark.\n")
                .append("mop_id: MOP-BENCH\nname: \"Benchmark MOP\"\nversion: \"1.0.0\"\n")
                .append("pre_checks:\n  - check: service_state\n    target: \"{{ incident.affected_resource }}\"\n")
                .append("    expected_state: degraded\n")
                .append("execution_graph:\n");
        for (int i = 0; i < steps; i++) {
            out.append("  - id: step_").append(i).append('\n');
            if (i % 3 == 0) {
                out.append("    action: db.connection_pool.reset\n    params:\n      initial_size: ").append(10 + i % 40)
                        .append('\n');
            } else if (i % 3 == 1) {
                out.append("    action: service.restart\n    params:\n")
                        .append("      service: \"{{ incident.affected_resource }}.conn_manager\"  # the manager\n")
                        .append("      wait_healthy: true\n");
            } else {
                // A chain's first step has no parent whose output it could read.
                String after = i % 10 == 0 ? "" : "?after={{ steps.step_" + (i - 1) + ".output.status }}";
                out.append("    action: http.request\n    params:\n      url: \"http://localhost:9100/step/")
                        .append(i).append(after).append("\"\n");
            }
            if (i % 10 != 0) {
                out.append("    depends_on: [step_").append(i - 1).append("]\n");
            }
            out.append("    timeout: 2m\n    retries: {max: 2, delay: 5s}\n");
        }
        out.append("validation:\n  - check: connection_wait_time\n    threshold_ms: 50\n");
        return out.toString();
    }
}
