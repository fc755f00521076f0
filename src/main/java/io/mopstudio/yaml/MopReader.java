package io.mopstudio.yaml;

import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.MopExtras;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import io.mopstudio.model.ValidationSettings;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/** Builds the {@link Mop} record from a composed document, collecting every structural problem. */
final class MopReader {

    private static final Set<String> TOP_KEYS = Set.of("mop_id", "name", "version", "category", "description",
            "blast_radius_max", "inputs", "snapshots", "pre_checks", "execution_graph", "validation",
            "rollback_graph");
    private static final Set<String> VALIDATION_KEYS = Set.of("window", "interval", "checks");

    private final YamlDocument doc;
    private final List<Problem> problems;

    MopReader(YamlDocument doc, List<Problem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    Optional<Mop> read() {
        Optional<YamlMap> top = YamlMap.of(doc, doc.root(), "a MOP", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        YamlMap map = top.get();
        map.rejectUnknownKeys(TOP_KEYS);
        Optional<String> mopId = map.text("mop_id", true);
        Optional<String> name = map.text("name", true);
        Optional<String> version = map.text("version", true);
        Optional<String> category = map.text("category", false);
        Optional<String> blastRadius = map.choice("blast_radius_max", StepReader.BLAST_RADII,
                "structure.blast_radius");
        if (map.node("execution_graph").isEmpty()) {
            problems.add(Problem.error(map.position(), "structure.required",
                    "a MOP is missing required field 'execution_graph'"));
        }
        CheckReader checks = new CheckReader(doc, problems);
        StepReader steps = new StepReader(doc, problems);
        List<PreCheck> preChecks = checks.preChecks(map.sequence("pre_checks").orElse(List.of()));
        List<Step> execution = steps.steps(map.sequence(GraphKind.EXECUTION.yamlKey()).orElse(List.of()),
                GraphKind.EXECUTION);
        ValidationSection validation = validation(map);
        List<Step> rollback = steps.steps(map.sequence(GraphKind.ROLLBACK.yamlKey()).orElse(List.of()),
                GraphKind.ROLLBACK);
        MopExtras extras = new ExtrasReader(doc, problems).read(map, validation.settings());
        if (mopId.isEmpty() || name.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Mop(mopId.get(), name.get(), version.get(), category.orElse(""), blastRadius,
                preChecks, execution, checks.validationChecks(validation.checks()), rollback, extras,
                map.position()));
    }

    private record ValidationSection(List<Node> checks, ValidationSettings settings) {
    }

    /** The seed writes {@code validation:} as a list of checks; with timing it is {@code {window, interval, checks}}. */
    private ValidationSection validation(YamlMap map) {
        Optional<Node> node = map.node("validation");
        if (node.isEmpty() || !(node.get() instanceof MappingNode)) {
            return new ValidationSection(map.sequence("validation").orElse(List.of()), ValidationSettings.NONE);
        }
        YamlMap section = new YamlMap(doc, (MappingNode) node.get(), "validation", problems);
        section.rejectUnknownKeys(VALIDATION_KEYS);
        Optional<java.time.Duration> window = section.duration("window");
        Optional<java.time.Duration> interval = section.duration("interval");
        if (window.isPresent() && interval.isPresent() && interval.get().compareTo(window.get()) > 0) {
            // Sampled less often than the window lasts, the window is judged on one sample or none.
            problems.add(Problem.error(section.keyPosition("interval"), "structure.validation_timing",
                    "'interval' (" + io.mopstudio.model.Durations.format(interval.get()) + ") is longer than 'window' ("
                            + io.mopstudio.model.Durations.format(window.get()) + "): the checks would be sampled"
                            + " once at most while they must hold; make the interval shorter than the window"));
        }
        return new ValidationSection(section.sequence("checks").orElse(List.of()),
                new ValidationSettings(window, interval));
    }
}
