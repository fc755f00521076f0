package io.mopstudio.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mopstudio.model.Mop;
import io.mopstudio.yaml.MopLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The semantic diff on MOP-284 and edited copies of it: meaning changes reported, layout changes not. */
class MopDiffTest {

    private static final Path SAMPLE = Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml");

    private static Mop mop(String text) {
        return new MopLoader().parse(text, "test").value().orElseThrow();
    }

    private static List<String> diff(String before, String after) {
        return MopDiff.between(mop(before), mop(after)).stream().map(MopChange::describe).toList();
    }

    @Test
    void reformattingReorderingAndCommentsAreNoChange() throws IOException {
        String original = Files.readString(SAMPLE);
        String reformatted = original.replace("  # warn only", "")
                .replace("    depends_on: [drain_connections]\n    on_failure: rollback",
                        "    on_failure: rollback\n    depends_on:\n      - drain_connections")
                .replace("\"Database Connection Pool Recovery\"", "Database Connection Pool Recovery");

        assertEquals(List.of(), diff(original, reformatted));
    }

    @Test
    void parametersThresholdsSettingsStepsAndEdgesAreEachNamedByPath() throws IOException {
        String original = Files.readString(SAMPLE);
        String edited = original
                .replace("version: \"2.3.1\"", "version: \"2.4.0\"")
                .replace("graceful_timeout: 15s", "graceful_timeout: 30s")
                .replace("threshold_ms: 50", "threshold_ms: 75")
                .replace("    abort_on_fail: false  # warn only", "    abort_on_fail: true")
                .replace("    depends_on: [restart_conn_manager]\n    on_failure: rollback",
                        "    depends_on: [drain_connections]\n    on_failure: abort")
                .replace("rollback_graph:", """
                        rollback_graph:
                          - id: notify_owner
                            action: notify.webhook
                            params:
                              url: "https://hooks.example/ops"
                              message: "MOP-284 rolled back"
                        """.stripTrailing());

        assertEquals(List.of(
                "~ version: 2.3.1 -> 2.4.0",
                "~ pre_checks.no_active_writes.abort_on_fail: false -> true",
                "~ execution_graph.drain_connections.graceful_timeout: 15s -> 30s",
                "~ execution_graph.reset_pool.on_failure: rollback -> abort",
                "- execution_graph edge: restart_conn_manager -> reset_pool",
                "+ execution_graph edge: drain_connections -> reset_pool",
                "~ validation.connection_wait_time.threshold_ms: 50 -> 75",
                "+ rollback_graph.notify_owner: action=notify.webhook, url=https://hooks.example/ops, "
                        + "message=MOP-284 rolled back, on_failure=rollback"), diff(original, edited));
    }

    @Test
    void aRemovedStepAndItsEdgesAreReported() throws IOException {
        String original = Files.readString(SAMPLE);
        String edited = original.replace("""
                  - id: reset_pool
                    action: db.connection_pool.reset
                    params:
                      initial_size: "{{ env.pool_size_default }}"
                    depends_on: [restart_conn_manager]
                    on_failure: rollback
                """, "");

        assertEquals(List.of(
                "- execution_graph.reset_pool: action=db.connection_pool.reset, "
                        + "initial_size={{ env.pool_size_default }}, on_failure=rollback",
                "- execution_graph edge: restart_conn_manager -> reset_pool"), diff(original, edited));
    }
}
