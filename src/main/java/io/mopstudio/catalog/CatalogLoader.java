package io.mopstudio.catalog;

import io.mopstudio.model.SourcePosition;
import io.mopstudio.yaml.LoadResult;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.YamlDocument;
import io.mopstudio.yaml.YamlMap;
import io.mopstudio.yaml.YamlValues;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads catalog files: bundled ones by name from {@code catalogs/NAME.yaml} on the class path, or a
 * user's own by path. Every catalog is completed with the primitives ({@code shell.run},
 * {@code http.request}), so a MOP can always use them directly.
 */
public final class CatalogLoader {

    static final String PRIMITIVES = "primitives";
    private static final Set<String> TOP_KEYS = Set.of("catalog", "description", "actions", "checks", "snapshots");
    private static final Set<String> ENTRY_KEYS = Set.of("description", "params", "run", "primitive", "observe",
            "expect", "blast_radius");
    private static final Set<String> PARAM_KEYS = Set.of("type", "required", "default", "description", "enum",
            "pattern", "secret");

    /** A bundled catalog by name, or a file when {@code nameOrPath} names one; with the primitives added. */
    public LoadResult<Catalog> load(String nameOrPath, Optional<Path> relativeTo) {
        Path asPath = relativeTo.map(dir -> dir.resolve(nameOrPath)).orElse(Path.of(nameOrPath));
        LoadResult<Catalog> own;
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.isRegularFile(asPath)) {
            own = loadFile(asPath);
        } else {
            own = loadBundled(nameOrPath);
        }
        if (own.hasErrors() || own.value().isEmpty()) {
            return own;
        }
        LoadResult<Catalog> primitives = loadBundled(PRIMITIVES);
        Catalog merged = primitives.value().map(p -> own.value().get().withFallback(p)).orElse(own.value().get());
        List<Problem> problems = new ArrayList<>(own.problems());
        problems.addAll(primitives.problems());
        return new LoadResult<>(Optional.of(merged), problems);
    }

    /** Every catalog that ships with MOP Studio, the primitives aside, from {@code catalogs/shipped.txt}. */
    public List<String> bundledCatalogs() {
        return BundledIndex.names("catalogs/shipped.txt");
    }

    /** Names of the catalogs a MOP is checked against when no environment is chosen, from {@code catalogs/bundled.txt}. */
    public List<String> bundledNames() {
        return BundledIndex.names("catalogs/bundled.txt");
    }

    /** Only the primitives: what a MOP can use when no environment is chosen. */
    public LoadResult<Catalog> primitives() {
        return loadBundled(PRIMITIVES);
    }

    LoadResult<Catalog> loadFile(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            return failure(file.toString(), "cannot read catalog file: " + e.getMessage());
        }
    }

    LoadResult<Catalog> loadBundled(String name) {
        String resource = "catalogs/" + name + ".yaml";
        try (InputStream in = CatalogLoader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return failure(name, "no bundled catalog named '" + name + "'");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled:" + resource);
        } catch (IOException e) {
            return failure(name, "cannot read bundled catalog: " + e.getMessage());
        }
    }

    public LoadResult<Catalog> parse(String text, String file) {
        List<Problem> problems = new ArrayList<>();
        Optional<Catalog> catalog = YamlDocument.compose(text, file, problems)
                .flatMap(doc -> YamlMap.of(doc, doc.root(), "a catalog", problems)
                        .flatMap(map -> read(doc, map, problems)));
        return new LoadResult<>(catalog, problems);
    }

    private Optional<Catalog> read(YamlDocument doc, YamlMap map, List<Problem> problems) {
        map.rejectUnknownKeys(TOP_KEYS);
        Optional<String> name = map.text("catalog", true);
        String description = map.text("description", false).orElse("");
        Map<String, CatalogEntry> actions = entries(doc, map, "actions", CatalogEntry.Kind.ACTION, problems);
        Map<String, CatalogEntry> checks = entries(doc, map, "checks", CatalogEntry.Kind.CHECK, problems);
        Map<String, CatalogEntry> snapshots = entries(doc, map, "snapshots", CatalogEntry.Kind.SNAPSHOT, problems);
        return name.map(n -> new Catalog(n, description, actions, checks, snapshots));
    }

    private Map<String, CatalogEntry> entries(YamlDocument doc, YamlMap map, String key, CatalogEntry.Kind kind,
            List<Problem> problems) {
        Map<String, CatalogEntry> out = new LinkedHashMap<>();
        map.node(key).flatMap(node -> YamlMap.of(doc, node, key, problems)).ifPresent(section -> {
            for (String name : section.keys()) {
                section.node(name).flatMap(node -> YamlMap.of(doc, node, kind.name().toLowerCase(java.util.Locale.ROOT) + " '" + name + "'",
                        problems)).flatMap(fields -> entry(doc, kind, name, fields, problems))
                        .ifPresent(entry -> out.put(name, entry));
            }
        });
        return out;
    }

    private Optional<CatalogEntry> entry(YamlDocument doc, CatalogEntry.Kind kind, String name, YamlMap fields,
            List<Problem> problems) {
        fields.rejectUnknownKeys(ENTRY_KEYS);
        String description = fields.text("description", false).orElse("");
        Map<String, ParamDef> params = params(doc, fields, problems);
        Optional<PrimitiveCall> call = call(doc, fields, name, problems);
        Optional<String> observe = fields.text("observe", false);
        Optional<Expectation> expect = fields.node("expect").flatMap(node -> expectation(doc, node, problems));
        Optional<BlastRadius> blastRadius = fields.node("blast_radius")
                .flatMap(node -> blastRadius(doc, node, problems));
        return call.map(c -> new CatalogEntry(kind, name, description, params, c, observe, expect,
                fields.position(), blastRadius));
    }

    /** {@code blast_radius: medium} or {@code {level: medium, affects: "one database's clients"}}. */
    private Optional<BlastRadius> blastRadius(YamlDocument doc, Node node, List<Problem> problems) {
        Object value = YamlValues.toValue(node);
        String levelText;
        String affects = "";
        if (value instanceof Map<?, ?>) {
            Optional<YamlMap> section = YamlMap.of(doc, node, "blast_radius", problems);
            if (section.isEmpty()) {
                return Optional.empty();
            }
            section.get().rejectUnknownKeys(Set.of("level", "affects"));
            levelText = section.get().text("level", true).orElse("");
            affects = section.get().text("affects", false).orElse("");
        } else {
            levelText = String.valueOf(value);
        }
        Optional<String> level = BlastRadius.level(levelText);
        if (level.isEmpty()) {
            problems.add(Problem.error(doc.position(node), "catalog.blast_radius",
                    "blast_radius level '" + levelText + "' must be one of " + BlastRadius.LEVELS));
            return Optional.empty();
        }
        return Optional.of(new BlastRadius(level.get(), affects));
    }

    private Map<String, ParamDef> params(YamlDocument doc, YamlMap fields, List<Problem> problems) {
        Map<String, ParamDef> out = new LinkedHashMap<>();
        fields.node("params").flatMap(node -> YamlMap.of(doc, node, "params", problems)).ifPresent(section -> {
            for (String name : section.keys()) {
                section.node(name).flatMap(node -> YamlMap.of(doc, node, "parameter '" + name + "'", problems))
                        .ifPresent(p -> {
                            p.rejectUnknownKeys(PARAM_KEYS);
                            String typeName = p.text("type", false).orElse("any");
                            ParamType type = ParamType.fromYaml(typeName).orElseGet(() -> {
                                problems.add(Problem.error(p.position(), "catalog.param_type",
                                        "unknown parameter type '" + typeName + "'"));
                                return ParamType.ANY;
                            });
                            Optional<Object> defaultValue = p.node("default").map(YamlValues::toValue);
                            List<Object> allowed = p.node("enum").map(YamlValues::toValue)
                                    .map(v -> v instanceof List<?> list ? List.<Object>copyOf(list) : List.of(v))
                                    .orElse(List.of());
                            Optional<String> pattern = p.text("pattern", false);
                            pattern.ifPresent(regex -> checkPattern(regex, p, problems));
                            out.put(name, new ParamDef(name, type, p.bool("required").orElse(false), defaultValue,
                                    p.text("description", false).orElse(""), allowed, pattern,
                                    p.bool("secret").orElse(false)));
                        });
            }
        });
        return out;
    }

    private static void checkPattern(String regex, YamlMap param, List<Problem> problems) {
        try {
            java.util.regex.Pattern.compile(regex);
        } catch (java.util.regex.PatternSyntaxException e) {
            problems.add(Problem.error(param.keyPosition("pattern"), "catalog.param_pattern",
                    "pattern '" + regex + "' is not a regular expression: " + e.getDescription()));
        }
    }

    private Optional<PrimitiveCall> call(YamlDocument doc, YamlMap fields, String name, List<Problem> problems) {
        Optional<String> primitive = fields.text("primitive", false);
        if (primitive.isPresent()) {
            return Optional.of(new PrimitiveCall(primitive.get(), Optional.empty()));
        }
        Optional<Node> run = fields.node("run");
        if (run.isEmpty()) {
            problems.add(Problem.error(fields.position(), "catalog.run",
                    "'" + name + "' needs 'run:' naming a primitive and its parameters"));
            return Optional.empty();
        }
        return YamlMap.of(doc, run.get(), "run", problems).flatMap(section -> {
            if (section.keys().size() != 1) {
                problems.add(Problem.error(section.position(), "catalog.run",
                        "'run' holds exactly one primitive, e.g. 'http.request: {...}'"));
                return Optional.empty();
            }
            String primitiveName = section.keys().iterator().next();
            Object params = section.node(primitiveName).map(YamlValues::toValue).orElse(Map.of());
            if (!(params instanceof Map<?, ?> map)) {
                problems.add(Problem.error(section.position(), "catalog.run",
                        "the parameters of '" + primitiveName + "' must be a mapping"));
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> typed = (Map<String, Object>) map;
            return Optional.of(new PrimitiveCall(primitiveName, Optional.of(typed)));
        });
    }

    private Optional<Expectation> expectation(YamlDocument doc, Node node, List<Problem> problems) {
        return YamlMap.of(doc, node, "expect", problems).flatMap(section -> {
            if (section.keys().size() != 1) {
                problems.add(Problem.error(section.position(), "catalog.expect",
                        "'expect' holds one of equals, at_most, at_least"));
                return Optional.empty();
            }
            String kindName = section.keys().iterator().next();
            Optional<Expectation.Kind> kind = Expectation.Kind.fromYaml(kindName);
            if (kind.isEmpty()) {
                problems.add(Problem.error(section.keyPosition(kindName), "catalog.expect",
                        "unknown expectation '" + kindName + "'; use equals, at_most or at_least"));
                return Optional.empty();
            }
            return Optional.of(new Expectation(kind.get(), section.node(kindName).map(YamlValues::toValue).orElse("")));
        });
    }

    private static LoadResult<Catalog> failure(String file, String message) {
        return new LoadResult<>(Optional.empty(),
                List.of(Problem.error(new SourcePosition(file, 1, 1), "catalog.unreadable", message)));
    }
}
