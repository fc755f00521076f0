package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

    @Test
    void travelsThroughApplicationArguments() {
        LaunchOptions options = new LaunchOptions(Optional.of(Path.of("/tmp/a b=c.yaml")), "/tmp/audit",
                Optional.empty());
        assertEquals(options, LaunchOptions.parse(named(options), Path.of("/default")));
    }

    @Test
    void aPostgresqlAuditTravelsWithItsCredentialsFile() {
        LaunchOptions options = new LaunchOptions(Optional.empty(), "jdbc:postgresql://db.example:5432/audit?ssl=true",
                Optional.of(Path.of("/home/me/audit.properties")));
        assertEquals(options, LaunchOptions.parse(named(options), Path.of("/default")));
    }

    private static Map<String, String> named(LaunchOptions options) {
        return Arrays.stream(options.toArgs()).map(arg -> arg.substring(2).split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }

    @Test
    void withoutAnAuditDbUsesTheDefault() {
        assertEquals(new LaunchOptions(Optional.empty(), "/default", Optional.empty()),
                LaunchOptions.parse(Map.of(), Path.of("/default")));
    }
}
