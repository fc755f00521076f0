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
        LaunchOptions options = new LaunchOptions(Optional.of(Path.of("/tmp/a b=c.yaml")), Path.of("/tmp/audit"));
        Map<String, String> named = Arrays.stream(options.toArgs())
                .map(arg -> arg.substring(2).split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
        assertEquals(options, LaunchOptions.parse(named, Path.of("/default")));
    }

    @Test
    void withoutAnAuditDbUsesTheDefault() {
        assertEquals(new LaunchOptions(Optional.empty(), Path.of("/default")),
                LaunchOptions.parse(Map.of(), Path.of("/default")));
    }
}
