package io.mopstudio.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InventoryTest {

    private static Inventory inventory() {
        Map<String, Map<String, Object>> resources = new LinkedHashMap<>();
        resources.put("orders-db", Map.of("url", "http://127.0.0.1:8787/resources/orders-db", "owner", "dba"));
        resources.put("orders-db.replica", Map.of("url", "http://127.0.0.1:8787/resources/orders-replica/"));
        resources.put("orders", Map.of("url", "http://127.0.0.1:8787/resources/orders"));
        return new Inventory(resources);
    }

    @Test
    void anInventoryNameResolvesToItsEntry() {
        ResolvedResource db = inventory().resolve("orders-db").orElseThrow();
        assertEquals("orders-db", db.resource());
        assertEquals("", db.component());
        Map<String, Object> value = db.asTemplateValue();
        value.keySet().retainAll(java.util.Set.of("url", "owner", "name", "resource", "component", "href"));
        assertEquals(Map.of("url", "http://127.0.0.1:8787/resources/orders-db", "owner", "dba", "name", "orders-db",
                "resource", "orders-db", "component", "", "href", "http://127.0.0.1:8787/resources/orders-db"),
                value);
    }

    @Test
    void aComponentAfterADotIsKept() {
        ResolvedResource manager = inventory().resolve("orders-db.conn_manager").orElseThrow();
        assertEquals("orders-db", manager.resource());
        assertEquals("conn_manager", manager.component());
        assertEquals("orders-db.conn_manager", manager.asTemplateValue().get("name"));
        assertEquals("http://127.0.0.1:8787/resources/orders-db/conn_manager", manager.asTemplateValue().get("href"));
    }

    @Test
    void aPathAfterASlashIsKept() {
        ResolvedResource health = inventory().resolve("orders-db/health").orElseThrow();
        assertEquals("orders-db", health.resource());
        assertEquals("health", health.component());
        assertEquals("http://127.0.0.1:8787/resources/orders-db/health", health.asTemplateValue().get("href"));
        assertEquals("v1/health", inventory().resolve("orders-db/v1/health").orElseThrow().component());
    }

    @Test
    void theLongestMatchingNameWins() {
        ResolvedResource replica = inventory().resolve("orders-db.replica").orElseThrow();
        assertEquals("orders-db.replica", replica.resource());
        assertEquals("", replica.component());
        ResolvedResource replicaHealth = inventory().resolve("orders-db.replica/health").orElseThrow();
        assertEquals("orders-db.replica", replicaHealth.resource());
        assertEquals("http://127.0.0.1:8787/resources/orders-replica/health",
                replicaHealth.asTemplateValue().get("href"), "one slash between url and component");
    }

    @Test
    void aNameIsMatchedWholeNotAsAPrefix() {
        assertEquals(Optional.empty(), inventory().resolve("orders-dbx"));
        assertEquals("orders", inventory().resolve("orders.api").orElseThrow().resource());
        assertEquals(Optional.empty(), inventory().resolve("billing-db"));
        assertEquals(Optional.empty(), inventory().resolve(""));
    }
}
