package io.mopstudio.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.providers.Primitives;
import io.mopstudio.template.Template;
import io.mopstudio.yaml.LoadResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The catalogs MOP Studio ships, read from the class path as {@code catalogs/NAME.yaml}. */
class BundledCatalogTest {

    private static Catalog pool;

    @BeforeAll
    static void load() {
        LoadResult<Catalog> result = new CatalogLoader().load("connection-pool-http", Optional.empty());
        assertEquals(List.of(), result.problems());
        pool = result.valid().orElseThrow();
    }

    @Test
    void theShippedListNamesEveryCatalogFileAndEachLoads() throws Exception {
        List<String> files;
        try (Stream<java.nio.file.Path> listed = java.nio.file.Files.list(java.nio.file.Path.of("resources", "catalogs"))) {
            files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - ".yaml".length()))
                    .filter(n -> !n.equals(CatalogLoader.PRIMITIVES)).sorted().toList();
        }
        CatalogLoader loader = new CatalogLoader();
        assertEquals(files, loader.bundledCatalogs().stream().sorted().toList());
        for (String name : loader.bundledCatalogs()) {
            assertEquals(List.of(), loader.load(name, Optional.empty()).problems(), name);
        }
    }

    @Test
    void namesEverythingTheSeedMopUses() {
        assertEquals("connection-pool-http", pool.name());
        assertTrue(pool.actionNames().containsAll(Set.of("db.connection_pool.drain", "service.restart",
                "db.connection_pool.reset", "db.connection_pool.restore_config")), pool.actionNames().toString());
        assertTrue(pool.checkNames().containsAll(Set.of("service_state", "replica_healthy", "no_active_writes",
                "connection_wait_time", "service_health_probe")), pool.checkNames().toString());
        assertTrue(pool.snapshot("pool_config").isPresent());
    }

    @Test
    void includesThePrimitivesAsActionsAndChecks() {
        for (String primitive : List.of("shell.run", "http.request")) {
            CatalogEntry action = pool.action(primitive).orElseThrow();
            assertEquals(primitive, action.call().primitive());
            assertEquals(Optional.empty(), action.call().params(), "a primitive passes its parameters through");
            assertEquals(CatalogEntry.Kind.ACTION, action.kind());
            assertEquals(CatalogEntry.Kind.CHECK, pool.check(primitive).orElseThrow().kind());
        }
    }

    @Test
    void thePrimitivesCatalogAloneHasOnlyThePrimitives() {
        Catalog primitives = new CatalogLoader().primitives().valid().orElseThrow();
        assertEquals(List.of("shell.run", "http.request", "ssh.exec", "sql.query"), List.copyOf(primitives.actionNames()).subList(0, 4));
        assertEquals(List.of("shell.run", "http.request", "ssh.exec", "sql.query"), List.copyOf(primitives.checkNames()).subList(0, 4));
        assertEquals(new ParamDef("command", ParamType.LIST, false, Optional.empty(),
                "The program and its arguments, e.g. [systemctl, restart, pgbouncer]"),
                primitives.action("shell.run").orElseThrow().params().get("command"));
        assertEquals(List.of(), primitives.action("shell.run").orElseThrow().requiredParams(),
                "shell.run takes either command or shell: true with script");
    }

    @Test
    void readsParametersObservationsAndExpectations() {
        CatalogEntry drain = pool.action("db.connection_pool.drain").orElseThrow();
        assertEquals(ParamType.RESOURCE, drain.params().get("target").type());
        assertEquals(Optional.of("{{ incident.affected_resource }}"), drain.params().get("target").defaultValue());
        assertEquals(new ParamDef("graceful_timeout", ParamType.DURATION, false, Optional.of("30s"),
                "How long in-flight connections may take to finish"), drain.params().get("graceful_timeout"));
        assertEquals("http.request", drain.call().primitive());
        assertEquals(Map.of("method", "POST", "url", "{{ params.target.url }}/pool/drain",
                "body", Map.of("graceful_timeout", "{{ params.graceful_timeout }}"), "expect_status", 200L),
                drain.call().params().orElseThrow());

        CatalogEntry state = pool.check("service_state").orElseThrow();
        assertEquals(Optional.of("json.state"), state.observe());
        assertEquals(Optional.of(new Expectation(Expectation.Kind.EQUALS, "{{ params.expected_state }}")),
                state.expect());
        assertEquals(Optional.of(new Expectation(Expectation.Kind.AT_MOST, 0L)),
                pool.check("no_active_writes").orElseThrow().expect());
        CatalogEntry waitTime = pool.check("connection_wait_time").orElseThrow();
        assertEquals(List.of("threshold_ms"), waitTime.requiredParams().stream().map(ParamDef::name).toList());
        assertEquals(ParamType.NUMBER, waitTime.params().get("threshold_ms").type());
        assertEquals(Optional.empty(), pool.check("replica_healthy").orElseThrow().expect());
    }

    @Test
    void everyEntryUsesAPrimitiveMopStudioHas() {
        Primitives primitives = Primitives.standard();
        entries().forEach(entry -> assertTrue(primitives.find(entry.call().primitive()).isPresent(),
                entry.name() + " uses " + entry.call().primitive()));
    }

    /** A typo such as {{ params.targte.url }} would otherwise surface only at 3 AM, mid-run. */
    @Test
    void everyTemplateNamesADeclaredParameterOrTheRunsScope() {
        List<String> wrong = new ArrayList<>();
        entries().forEach(entry -> {
            List<Object> templated = new ArrayList<>();
            entry.call().params().ifPresent(templated::add);
            entry.expect().ifPresent(e -> templated.add(e.value()));
            entry.params().values().forEach(p -> p.defaultValue().ifPresent(templated::add));
            for (String variable : Template.variables(templated)) {
                String root = variable.split("\\.")[0];
                boolean ok = switch (root) {
                    case "params" -> entry.params().containsKey(variable.split("\\.")[1]);
                    case "incident", "env" -> true;
                    default -> false;
                };
                if (!ok) {
                    wrong.add(entry.kind() + " " + entry.name() + ": {{ " + variable + " }}");
                }
            }
        });
        assertEquals(List.of(), wrong);
    }

    private static Stream<CatalogEntry> entries() {
        return Stream.of(pool.actions(), pool.checks(), pool.snapshots()).flatMap(m -> m.values().stream());
    }

    @Test
    void anUnknownBundledNameIsAPlainProblem() {
        LoadResult<Catalog> result = new CatalogLoader().load("connection-pool-grpc", Optional.empty());
        assertTrue(result.value().isEmpty());
        assertEquals(1, result.problems().size());
        assertEquals("catalog.unreadable", result.problems().get(0).rule());
        assertEquals("no bundled catalog named 'connection-pool-grpc'", result.problems().get(0).message());
    }
}
