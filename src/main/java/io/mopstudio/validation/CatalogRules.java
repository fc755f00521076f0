package io.mopstudio.validation;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.yaml.CheckReader;
import io.mopstudio.yaml.MopNodes;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.StepSettings;
import io.mopstudio.yaml.Suggestions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Names and parameters against the catalog: an action, check or snapshot the catalog lacks (with
 * the nearest names), required parameters not given, parameters the entry does not have, and
 * literal values of the wrong type or not among its enum, each at the node that is wrong.
 */
final class CatalogRules {

    private final Catalog catalog;
    private final String catalogLabel;
    private final java.util.Map<String, String> elsewhere;
    private final MopNodes nodes;

    CatalogRules(Catalog catalog, String catalogLabel, java.util.Map<String, String> elsewhere, MopNodes nodes) {
        this.catalog = catalog;
        this.catalogLabel = catalogLabel;
        this.elsewhere = elsewhere;
        this.nodes = nodes;
    }

    List<Problem> check(List<Site> sites) {
        List<Problem> problems = new ArrayList<>();
        for (Site site : sites) {
            if (site.kind() == CatalogEntry.Kind.CHECK && io.mopstudio.catalog.BuiltInChecks.isBuiltIn(site.name())) {
                continue;
            }
            if (site.name().isEmpty()) {
                continue; // no action or check named yet: the structure rules already say it is missing
            }
            entry(site).ifPresentOrElse(entry -> checkParams(site, entry, problems),
                    () -> problems.add(unknownName(site)));
        }
        return problems;
    }

    Optional<CatalogEntry> entry(Site site) {
        return switch (site.kind()) {
            case ACTION -> catalog.action(site.name());
            case CHECK -> catalog.check(site.name());
            case SNAPSHOT -> catalog.snapshot(site.name());
        };
    }

    private Problem unknownName(Site site) {
        String kind = kindName(site.kind());
        Set<String> known = switch (site.kind()) {
            case ACTION -> catalog.actionNames();
            case CHECK -> catalog.checkNames();
            case SNAPSHOT -> catalog.snapshots().keySet();
        };
        // A name another shipped catalog has is no typo: say where it is rather than what it is near.
        String hint = Optional.ofNullable(elsewhere.get(site.name()))
                .map(other -> "; catalog '" + other + "' has it (check against it: validate --catalog " + other
                        + " or the window's toolbar; run it with an environment that uses it)")
                .or(() -> Suggestions.nearest(site.name(), known).map(s -> "; did you mean '" + s + "'?")).orElse("");
        return Problem.error(site.namePosition(), "catalog.unknown_" + kind,
                site.label() + " uses " + kind + " '" + site.name() + "', which is not in " + catalogLabel + hint);
    }

    private void checkParams(Site site, CatalogEntry entry, List<Problem> problems) {
        String kind = kindName(site.kind());
        for (ParamDef def : entry.requiredParams()) {
            // Unreadable params are already an error; "missing" would contradict what the author wrote.
            if (!site.hasParam(def.name()) && site.paramsReadable()) {
                String about = def.description().isBlank() ? "" : " (" + def.description() + ")";
                problems.add(Problem.error(site.namePosition(), "catalog.missing_param",
                        site.label() + ": " + kind + " '" + entry.name() + "' needs parameter '" + def.name() + "' of type "
                                + def.type().yamlName() + about));
            }
        }
        Map<String, ParamDef> defs = entry.params();
        for (ParamSite param : site.params()) {
            ParamDef def = defs.get(param.name());
            if (def == null) {
                // Beside a check's parameters sit its own settings (abort_on_fail, ...): a typo in one
                // of those is as likely as in a parameter, so both are candidates for the suggestion.
                Set<String> settings = checkSettings(site.phase());
                Set<String> candidates = new TreeSet<>(defs.keySet());
                candidates.addAll(settings);
                String hint = Suggestions.nearest(param.name(), candidates).map(s -> "did you mean '" + s + "'? ")
                        .orElse("");
                String own = settings.isEmpty() ? "" : "; a check's own settings: " + String.join(", ",
                        new TreeSet<>(settings));
                // 'timeout: 2m' written under params is the step's own setting put one level too deep.
                String stepSetting = site.stepId().isPresent() && StepSettings.ROLLBACK.contains(param.name())
                        ? "; '" + param.name() + "' is a setting of the step itself: write it beside params, not under it"
                        : "";
                problems.add(Problem.error(param.keyPosition(), "catalog.unknown_param",
                        kind + " '" + entry.name() + "' has no parameter '" + param.name() + "'; " + hint + "it has: "
                                + (defs.isEmpty() ? "none" : String.join(", ", defs.keySet())) + own + stepSetting));
                continue;
            }
            Optional<String> wrongType = LiteralTypes.check(param.value(), def.type());
            wrongType.ifPresent(message -> problems.add(Problem.error(nodes.position(param.value()),
                    "catalog.param_type", "parameter '" + param.name() + "' of " + kind + " '" + entry.name() + "' "
                            + message)));
            if (wrongType.isEmpty()) {
                notAChoice(param, def).ifPresent(message -> problems.add(Problem.error(nodes.position(param.value()),
                        "catalog.param_choice", "parameter '" + param.name() + "' of " + kind + " '" + entry.name()
                                + "' " + message)));
                LiteralTypes.ambiguous(param.value(), def.type()).ifPresent(message -> problems.add(Problem.warning(
                        nodes.position(param.value()), "yaml.ambiguous_scalar", "parameter '" + param.name() + "': "
                                + message)));
            }
        }
    }

    /**
     * A value written as it is (no template) that the catalog's {@code enum} does not list: the run would
     * refuse it, or a check compare against it and fail ('expected_state: degradd' aborted the run).
     */
    private static Optional<String> notAChoice(ParamSite param, ParamDef def) {
        if (def.allowed().isEmpty() || !(param.value() instanceof ScalarNode scalar)
                || Tag.NULL.equals(scalar.getTag()) || scalar.getValue().contains("{{")) {
            return Optional.empty();
        }
        List<String> allowed = def.allowed().stream().map(String::valueOf).toList();
        String written = scalar.getValue();
        if (allowed.contains(written)) {
            return Optional.empty();
        }
        return Optional.of("must be one of " + String.join(", ", allowed) + ", not '" + written + "'"
                + Suggestions.nearest(written, allowed).map(s -> "; did you mean '" + s + "'?").orElse(""));
    }

    private static Set<String> checkSettings(Site.Phase phase) {
        Set<String> reserved = switch (phase) {
            case PRE_CHECK -> CheckReader.PRE_CHECK_RESERVED;
            case VALIDATION -> CheckReader.VALIDATION_RESERVED;
            default -> Set.of();
        };
        Set<String> settings = new HashSet<>(reserved);
        settings.remove("check");
        return settings;
    }

    static String kindName(CatalogEntry.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }
}
