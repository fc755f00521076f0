package io.mopstudio.environment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.LoadResult;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvironmentCredentialsTest {

    @Test
    void credentialsAreKeptAsReferencesBesideThePolicies() throws URISyntaxException {
        Path file = Path.of(getClass().getResource("/environments-valid/production-policies.yaml").toURI());
        LoadResult<Environment> result = new EnvironmentLoader().load(file.toString());
        assertEquals(List.of(), result.problems());
        Environment env = result.valid().orElseThrow();
        assertEquals(Map.of("pg_admin", "env:PGBOUNCER_ADMIN_PASSWORD",
                "api_token", "file:~/.config/mop-studio/api-token"), env.credentials());
        assertTrue(env.policy().changePolicy().isPresent() && env.policy().autonomy().isPresent());
        assertTrue(env.secrets().isEmpty(), "values are read only when a run is set up");
    }

    @Test
    void everyResolvedResourceHasTheConnectionFields() {
        Inventory inventory = new Inventory(Map.of("web-1", Map.of("ssh_user", "deploy")));
        Map<String, Object> web = inventory.resolve("web-1").orElseThrow().asTemplateValue();
        assertEquals("web-1", web.get("host"), "the inventory name is the host unless one is given");
        assertEquals("deploy", web.get("ssh_user"));
        assertEquals(22L, web.get("ssh_port"));
        assertEquals("", web.get("ca_file"));
        assertEquals("default", web.get("namespace"));
    }
}
