package io.mopstudio.providers.prometheus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.engine.RunResult;
import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.FinalState;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.RunFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** prometheus.query against a real Prometheus (Debian's package) on loopback. */
class PrometheusQueryPrimitiveTest {

    @TempDir
    static Path dir;

    private static PrometheusServer prometheus;
    private final PrometheusQueryPrimitive primitive = new PrometheusQueryPrimitive();

    @BeforeAll
    static void start() throws Exception {
        prometheus = PrometheusServer.start(dir);
    }

    @AfterAll
    static void stop() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
    }

    private PrimitiveResult query(String promql, Object... more) throws Exception {
        Map<String, Object> params = new java.util.HashMap<>(Map.of("url", prometheus.url, "query", promql));
        for (int i = 0; i < more.length; i += 2) {
            params.put((String) more[i], more[i + 1]);
        }
        return primitive.invoke(params);
    }

    @Test
    void recordsTheValueTheQueryAndTheEvaluationTime() throws Exception {
        PrimitiveResult result = query("up{job=\"self\"}");
        assertTrue(result.succeeded(), result.summary());
        assertEquals(1.0, result.output().get("value"));
        assertEquals("up{job=\"self\"}", result.output().get("query"));
        Instant at = Instant.parse((String) result.output().get("time"));
        assertTrue(Math.abs(at.getEpochSecond() - Instant.now().getEpochSecond()) < 60, at.toString());
        assertEquals("self", ((Map<?, ?>) result.output().get("labels")).get("job"));
    }

    @Test
    void noDataIsAFailureNeverAPass() throws Exception {
        PrimitiveResult unknown = query("no_such_metric_anywhere");
        assertFalse(unknown.succeeded());
        assertEquals("no data", unknown.primary());
        assertFalse(query("up{job=\"self\"} > 5").succeeded(), "a filtered-out series is no data");
        assertFalse(query("0/0").succeeded(), "NaN is no data");
    }

    @Test
    void severalSeriesNeedAReduction() throws Exception {
        String two = "up or label_replace(up, \"job\", \"copy\", \"job\", \".*\") * 3";
        PrimitiveResult plain = query(two);
        assertFalse(plain.succeeded());
        assertTrue(plain.summary().contains("2 series"), plain.summary());
        assertEquals(3.0, query(two, "reduce", "max").output().get("value"));
        assertEquals(4.0, query(two, "reduce", "sum").output().get("value"));
    }

    @Test
    void aBadQueryIsRefusedInPrometheusWords() throws Exception {
        PrimitiveResult result = query("sum(");
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("refused"), result.summary());
        assertThrows(PrimitiveException.class, () -> query("up", "reduce", "avg"));
    }

    @Test
    void thresholdsHoldAsValidationChecksOfARun() throws Exception {
        Path env = Files.writeString(dir.resolve("env.yaml"), String.join("\n",
                "environment: prometheus-test",
                "catalog: prometheus-thresholds",
                "inventory:",
                "  metrics: {url: \"" + prometheus.url + "\"}",
                "validation: {window: 0s, interval: 200ms, timeout: 5s}", ""));
        RunFixture fixture = new RunFixture(Map.of());
        RunResult result = fixture.run(Path.of("src/test/resources/providers/prometheus-validation.yaml"), env, Map.of());
        assertEquals(FinalState.RESOLVED, result.finalState(), result.summary());
        CheckEvaluated sample = fixture.events().stream().filter(CheckEvaluated.class::isInstance)
                .map(CheckEvaluated.class::cast).filter(c -> c.check().equals("metric_at_least")).findFirst().orElseThrow();
        assertEquals("1", sample.observed());
        assertEquals(">= 1", sample.expected());
    }
}
