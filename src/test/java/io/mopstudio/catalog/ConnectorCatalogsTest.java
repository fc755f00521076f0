package io.mopstudio.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.LoadResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bundled catalogs for real systems load cleanly; their entries name primitives MOP Studio has. */
class ConnectorCatalogsTest {

    private static final Set<String> PRIMITIVES = Set.of("shell.run", "http.request", "ssh.exec", "sql.query",
            "pgbouncer.pool_status", "pgbouncer.console", "pgbouncer.config", "prometheus.query", "k8s.rollout_restart",
            "k8s.scale", "k8s.delete_pod", "k8s.cordon", "k8s.uncordon", "k8s.rollout_status", "k8s.deployment_status",
            "k8s.node_status", "k8s.pod_status", "wait", "approval.request", "notify.webhook");

    @ParameterizedTest
    @ValueSource(strings = {"pgbouncer-postgresql", "systemd-ssh", "prometheus-thresholds", "kubernetes", "primitives"})
    void loadsWithoutProblemsAndUsesKnownPrimitives(String name) {
        LoadResult<Catalog> result = new CatalogLoader().load(name, Optional.empty());
        assertEquals(List.of(), result.problems());
        Catalog catalog = result.valid().orElseThrow();
        List.of(catalog.actions(), catalog.checks(), catalog.snapshots()).forEach(entries -> entries.values()
                .forEach(entry -> assertTrue(PRIMITIVES.contains(entry.call().primitive()),
                        name + ": " + entry.name() + " uses " + entry.call().primitive())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pgbouncer-postgresql", "systemd-ssh", "kubernetes"})
    void everyActionEstimatesItsBlastRadius(String name) {
        Catalog catalog = new CatalogLoader().load(name, Optional.empty()).valid().orElseThrow();
        catalog.actions().values().stream()
                .filter(a -> a.call().params().isPresent())
                .forEach(a -> assertTrue(a.blastRadius().isPresent(), name + ": " + a.name()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pgbouncer-postgresql"})
    void coversEverythingTheSeedMopUses(String name) {
        Catalog catalog = new CatalogLoader().load(name, Optional.empty()).valid().orElseThrow();
        assertTrue(catalog.actionNames().containsAll(Set.of("db.connection_pool.drain", "service.restart",
                "db.connection_pool.reset", "db.connection_pool.restore_config")));
        assertTrue(catalog.checkNames().containsAll(Set.of("service_state", "replica_healthy", "no_active_writes",
                "connection_wait_time", "service_health_probe")));
        assertTrue(catalog.snapshot("pool_config").isPresent());
    }
}
