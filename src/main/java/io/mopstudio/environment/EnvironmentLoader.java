package io.mopstudio.environment;

import io.mopstudio.model.Durations;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.secrets.SecretReference;
import io.mopstudio.secrets.Secrets;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.YamlDocument;
import io.mopstudio.yaml.YamlMap;
import io.mopstudio.yaml.YamlValues;
import io.mopstudio.policy.PolicyReader;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds an environment: {@code --env NAME} a bundled one ({@code environments/NAME.yaml} on the
 * class path), {@code --env PATH} a file.
 */
public final class EnvironmentLoader {

    private static final Set<String> TOP_KEYS = Set.of("environment", "description", "demo", "catalog", "lab",
            "variables", "inventory", "validation", "change_policy", "autonomy", "escalation", "credentials");

    /** Names of the environments that ship with MOP Studio. */
    public List<String> bundledNames() {
        return io.mopstudio.catalog.BundledIndex.names("environments/bundled.txt");
    }

    public LoadResult<Environment> load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (Files.isRegularFile(path)) {
            try {
                return parse(Files.readString(path, StandardCharsets.UTF_8), path.toString());
            } catch (IOException e) {
                return failure(nameOrPath, "cannot read environment file: " + e.getMessage());
            }
        }
        if (bundledNames().contains(nameOrPath)) {
            try (InputStream in = resource("environments/" + nameOrPath + ".yaml")) {
                if (in != null) {
                    return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled:environments/"
                            + nameOrPath + ".yaml");
                }
            } catch (IOException e) {
                return failure(nameOrPath, "cannot read bundled environment: " + e.getMessage());
            }
        }
        return failure(nameOrPath, "no environment '" + nameOrPath + "': not a file, and not a bundled environment ("
                + String.join(", ", bundledNames()) + ")");
    }

    public LoadResult<Environment> parse(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Optional<Environment> env = YamlDocument.compose(text, file, problems)
                .flatMap(doc -> YamlMap.of(doc, doc.root(), "an environment", problems)
                        .flatMap(map -> read(doc, map, file, problems)));
        return new LoadResult<>(env, problems);
    }

    private Optional<Environment> read(YamlDocument doc, YamlMap map, String file, List<Problem> problems) {
        map.rejectUnknownKeys(TOP_KEYS);
        Optional<String> name = map.text("environment", true);
        Optional<String> catalog = map.text("catalog", true);
        Map<String, Object> variables = map.node("variables")
                .flatMap(n -> YamlMap.of(doc, n, "variables", problems)).map(v -> v.valuesExcept(Set.of()))
                .orElse(Map.of());
        Map<String, Map<String, Object>> inventory = new LinkedHashMap<>();
        map.node("inventory").flatMap(n -> YamlMap.of(doc, n, "inventory", problems)).ifPresent(section -> {
            for (String resource : section.keys()) {
                section.node(resource).flatMap(n -> YamlMap.of(doc, n, "inventory entry '" + resource + "'", problems))
                        .ifPresent(entry -> inventory.put(resource, entry.valuesExcept(Set.of())));
            }
        });
        Optional<Integer> labPort = map.node("lab").flatMap(n -> YamlMap.of(doc, n, "lab", problems))
                .map(lab -> lab.integer("port").map(Long::intValue).orElse(0));
        ValidationSettings validation = map.node("validation")
                .flatMap(n -> YamlMap.of(doc, n, "validation", problems))
                .map(v -> validation(v, problems)).orElse(ValidationSettings.defaults());
        Map<String, String> credentials = credentials(doc, map, problems);
        if (name.isEmpty() || catalog.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Environment(name.get(), map.text("description", false).orElse(""),
                map.bool("demo").orElse(false), catalog.get(), variables, new Inventory(inventory), validation,
                labPort, file, new PolicyReader().read(map), escalationWebhook(map, problems), credentials,
                Secrets.none()));
    }

    /** Name to reference; a value that is not a reference is refused here, before anything reads it. */
    private Map<String, String> credentials(YamlDocument doc, YamlMap map, List<Problem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        map.node("credentials").flatMap(n -> YamlMap.of(doc, n, "credentials", problems)).ifPresent(section -> {
            for (String credential : section.keys()) {
                Optional<String> text = section.text(credential, true);
                if (text.isEmpty()) {
                    continue;
                }
                if (SecretReference.parse(text.get()).isEmpty()) {
                    problems.add(Problem.error(section.keyPosition(credential), "environment.credential",
                            "credential '" + credential + "' must be a reference: env:VARIABLE or file:PATH;"
                                    + " never the secret itself"));
                } else {
                    out.put(credential, text.get());
                }
            }
        });
        return out;
    }

    private ValidationSettings validation(YamlMap v, List<Problem> problems) {
        v.rejectUnknownKeys(Set.of("window", "interval", "timeout"));
        ValidationSettings defaults = ValidationSettings.defaults();
        return new ValidationSettings(
                duration(v, "window", false, problems).orElse(defaults.window()),
                duration(v, "interval", true, problems).orElse(defaults.interval()),
                duration(v, "timeout", true, problems).orElse(defaults.defaultTimeout()));
    }

    /** A window may be 0 (one sample); sampling every 0 s, or giving up at once, may not. */
    private Optional<Duration> duration(YamlMap v, String key, boolean positive, List<Problem> problems) {
        return v.node(key).flatMap(node -> {
            Optional<Duration> parsed = parseDuration(YamlValues.toValue(node));
            String problem = null;
            if (parsed.isEmpty()) {
                problem = "'" + key + "' must be a duration such as 500ms, 15s, 2m or 1h30m";
            } else if (parsed.get().isNegative()) {
                problem = "'" + key + "' must not be negative";
            } else if (positive && parsed.get().isZero()) {
                problem = "'" + key + "' must be longer than 0";
            }
            if (problem != null) {
                problems.add(Problem.error(v.keyPosition(key), "structure.duration", problem));
                return Optional.empty();
            }
            return parsed;
        });
    }

    /** Numbers too large for a duration are as wrong as any other text, not a reason to stop reading. */
    private static Optional<Duration> parseDuration(Object value) {
        try {
            return Durations.parse(value);
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** {@code escalation: {webhook: URL}}: where escalation summaries are POSTed. */
    private static Optional<URI> escalationWebhook(YamlMap map, List<Problem> problems) {
        return map.node("escalation").flatMap(n -> YamlMap.of(map.document(), n, "escalation", problems))
                .flatMap(section -> {
                    section.rejectUnknownKeys(Set.of("webhook"));
                    return section.text("webhook", false).flatMap(url -> {
                        try {
                            URI uri = new URI(url);
                            if ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) {
                                return Optional.of(uri);
                            }
                        } catch (URISyntaxException e) {
                            // reported below
                        }
                        problems.add(Problem.error(section.keyPosition("webhook"), "structure.url",
                                "escalation webhook must be an http:// or https:// URL, not '" + url + "'"));
                        return Optional.empty();
                    });
                });
    }

    private static InputStream resource(String name) {
        return EnvironmentLoader.class.getClassLoader().getResourceAsStream(name);
    }

    private static LoadResult<Environment> failure(String file, String message) {
        return new LoadResult<>(Optional.empty(),
                List.of(Problem.error(SourcePosition.unknown(file), "environment.unreadable", message)));
    }
}
