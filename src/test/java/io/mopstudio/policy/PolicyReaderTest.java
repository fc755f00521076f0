package io.mopstudio.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.yaml.ExpectedProblems;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.Severity;
import io.mopstudio.yaml.YamlDocument;
import io.mopstudio.yaml.YamlMap;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyReaderTest {

    private record Read(EnvironmentPolicy policy, List<Problem> problems) {
    }

    private static Read read(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        YamlDocument doc = YamlDocument.compose(text, file, problems).orElseThrow();
        YamlMap environment = YamlMap.of(doc, doc.root(), "an environment", problems).orElseThrow();
        return new Read(new PolicyReader().read(environment), problems);
    }

    private static Read read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    @Test
    void theExamplePolicyReadsAsWritten() throws Exception {
        Read read = read(Path.of(getClass().getResource("/policy/valid/berlin.yaml").toURI()));
        assertEquals(List.of(), read.problems());
        assertEquals(Optional.of(Policies.EXAMPLE), read.policy().changePolicy());
        assertEquals(Optional.of(new AutonomyPolicy(Optional.of(BlastRadius.MEDIUM),
                Optional.of(Duration.ofMinutes(15)))), read.policy().autonomy());
    }

    @Test
    void anEnvironmentWithoutPolicySectionsHasNone() {
        Read read = read("environment: bare\ncatalog: primitives\n", "bare.yaml");
        assertEquals(List.of(), read.problems());
        assertEquals(EnvironmentPolicy.NONE, read.policy());
    }

    @Test
    void outsideWindowsDefaultsToDenyAndAllowIsRead() {
        String windows = "change_policy:\n  time_zone: UTC\n  maintenance_windows:\n"
                + "    - {name: night, days: [mon], from: \"22:00\", to: \"24:00\"}\n";
        assertEquals(OutsideWindows.DENY,
                read(windows, "a.yaml").policy().changePolicy().orElseThrow().outsideWindows());
        assertEquals(OutsideWindows.ALLOW, read(windows + "  outside_windows: allow\n", "b.yaml").policy()
                .changePolicy().orElseThrow().outsideWindows());
    }

    @Test
    void denyingOutsideWindowsWithoutAnyIsAWarningNotAnError() {
        Read read = read("change_policy:\n  time_zone: UTC\n  outside_windows: deny\n", "env.yaml");
        assertEquals(1, read.problems().size());
        Problem warning = read.problems().get(0);
        assertEquals(Severity.WARNING, warning.severity());
        assertEquals("policy.outside_windows_unused", warning.rule());
        assertEquals("env.yaml:3:3", warning.position().toString());
        assertTrue(read.policy().changePolicy().isPresent());
    }

    @Test
    void anAutonomySectionWithoutALimitSetsNone() {
        Read read = read("autonomy:\n  approval_timeout: 1h\n", "env.yaml");
        assertEquals(List.of(), read.problems());
        assertEquals(Optional.of(new AutonomyPolicy(Optional.empty(), Optional.of(Duration.ofHours(1)))),
                read.policy().autonomy());
    }

    static Stream<Path> brokenPolicies() throws IOException, URISyntaxException {
        return ExpectedProblems.corpus("/policy/invalid", 17);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenPolicies")
    void aBrokenPolicyGivesPositionedProblemsAndNoPolicy(Path file) throws IOException {
        Read read = read(file);
        ExpectedProblems.of(file).assertMatch(read.problems());
        assertEquals(EnvironmentPolicy.NONE, read.policy());
    }
}
