package io.mopstudio.engine;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogEntry;
import io.mopstudio.catalog.ParamDef;
import io.mopstudio.model.Check;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Step;
import io.mopstudio.template.Template;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What can be known wrong before anything runs: names the catalog lacks, required parameters not
 * given, and template variables nothing defines (an incident field left empty, an env variable the
 * environment lacks, a snapshot the catalog cannot take). Finding these at 3 AM halfway through a
 * run is what this avoids.
 */
public final class RunPreflight {

    /** A resource parameter that is an incident field as a whole: its value is the resource's name. */
    private static final java.util.regex.Pattern WHOLE_INCIDENT_FIELD =
            java.util.regex.Pattern.compile("\\{\\{\\s*incident\\.(\\w+)\\s*}}");

    private RunPreflight() {
    }

    public static List<String> problems(RunRequest given) {
        RunRequest request = given.withInputDefaults();
        PreflightFindings out = new PreflightFindings();
        Mop mop = request.mop();
        Catalog catalog = request.catalog();
        for (PreCheck preCheck : mop.preChecks()) {
            if (io.mopstudio.catalog.BuiltInChecks.isBuiltIn(preCheck.check().check())) {
                continue;
            }
            checkNode(out, request, "pre_checks." + preCheck.nodeId(), catalog.check(preCheck.check().check()),
                    "check", preCheck.check().check(), preCheck.check().params());
        }
        for (GraphKind kind : GraphKind.values()) {
            for (Step step : mop.graph(kind)) {
                checkNode(out, request, kind.yamlKey() + "." + step.id(), catalog.action(step.action()), "action",
                        step.action(), step.params());
            }
        }
        for (io.mopstudio.model.Snapshot snapshot : mop.snapshots()) {
            boolean fromCatalog = snapshot.snapshot().isPresent();
            String name = snapshot.snapshot().or(snapshot::action).orElse("");
            checkNode(out, request, "snapshots." + snapshot.id(),
                    fromCatalog ? catalog.snapshot(name) : catalog.action(name), fromCatalog ? "snapshot" : "action",
                    name, snapshot.params());
        }
        for (io.mopstudio.model.Input input : mop.inputs()) {
            checkInput(out, input, request.incident().get(input.name()));
        }
        for (Check check : mop.validation()) {
            checkNode(out, request, "validation." + check.nodeId(), catalog.check(check.check()), "check",
                    check.check(), check.params());
        }
        if (mop.executionGraph().isEmpty()) {
            // It would pass its pre-checks, do nothing and end RESOLVED: an audit record of nothing done.
            out.add("execution_graph has no steps: there is nothing to run");
        }
        unknownIncidentResources(request, out);
        return out.lines();
    }

    /**
     * An incident value that names a resource the inventory lacks is bad input, known now: it ran and
     * aborted on its first pre-check, recorded as a run ('Fix the condition, or override the check').
     */
    private static void unknownIncidentResources(RunRequest request, PreflightFindings out) {
        io.mopstudio.environment.Inventory inventory = request.environment().inventory();
        for (String field : out.incidentResources()) {
            String value = request.incident().get(field);
            if (value != null && !value.isBlank() && inventory.resolve(value.strip()).isEmpty()) {
                out.add("incident." + field + ": '" + value + "' is not in the inventory of environment '"
                        + request.environment().name() + "' (it has: " + String.join(", ", inventory.names()) + ")");
            }
        }
    }

    private static void checkNode(PreflightFindings out, RunRequest request, String node,
            Optional<CatalogEntry> entry, String kind, String name, Map<String, Object> given) {
        given.forEach((param, value) -> checkVariables(out, request, node + "." + param, Template.variables(value)));
        if (entry.isEmpty()) {
            Set<String> known = kind.equals("check") ? request.catalog().checkNames() : request.catalog().actionNames();
            String hint = io.mopstudio.yaml.Suggestions.nearest(name, known).map(s -> "; did you mean '" + s + "'?")
                    .orElse("");
            out.add(node + ": no " + kind + " named '" + name + "' in catalog '" + request.catalog().name() + "'" + hint);
            return;
        }
        for (ParamDef def : entry.get().params().values()) {
            Object value = given.containsKey(def.name()) ? given.get(def.name()) : def.defaultValue().orElse(null);
            if (def.type() == io.mopstudio.catalog.ParamType.RESOURCE && value instanceof String text) {
                java.util.regex.Matcher whole = WHOLE_INCIDENT_FIELD.matcher(text.strip());
                if (whole.matches()) {
                    out.incidentAsResource(whole.group(1));
                }
            }
            if (given.containsKey(def.name())) {
                continue;
            }
            if (def.defaultValue().isPresent()) {
                checkVariables(out, request, node + "." + def.name() + " (default from the catalog)",
                        Template.variables(def.defaultValue().get()));
            } else if (def.required()) {
                out.add(node + ": missing required parameter '" + def.name() + "' of " + kind + " '" + name + "'");
            }
        }
        for (String param : given.keySet()) {
            if (!entry.get().params().containsKey(param)) {
                out.add(node + ": " + kind + " '" + name + "' has no parameter '" + param + "' (it has: "
                        + String.join(", ", entry.get().params().keySet()) + ")");
            }
        }
    }

    /** An input's value must be given if required, match its pattern, and parse as its type. */
    private static void checkInput(PreflightFindings out, io.mopstudio.model.Input input, String value) {
        String field = "inputs." + input.name();
        if (value == null || value.isBlank()) {
            if (input.required() && input.defaultValue().isEmpty()) {
                out.add(field + ": required (give it with --incident " + input.name() + "=VALUE)"
                        + (input.description().isEmpty() ? "" : "; " + input.description()));
            }
            return;
        }
        if (input.pattern().isPresent() && !value.matches(input.pattern().get())) {
            out.add(field + ": '" + value + "' does not match the pattern " + input.pattern().get());
        }
        boolean typeOk = switch (input.type()) {
            case STRING -> true;
            case INTEGER -> value.strip().matches("-?\\d+");
            case NUMBER -> value.strip().matches("-?\\d+(\\.\\d+)?");
            case BOOLEAN -> value.equals("true") || value.equals("false");
        };
        if (!typeOk) {
            out.add(field + ": '" + value + "' is not a valid " + input.type().yamlName());
        }
    }

    private static void checkVariables(PreflightFindings out, RunRequest request, String field,
            Set<String> variables) {
        for (String variable : variables) {
            String[] parts = variable.split("\\.");
            String root = parts[0];
            String first = parts.length > 1 ? parts[1] : "";
            switch (root) {
                case "incident" -> {
                    String value = request.incident().get(first);
                    if (value == null || value.isBlank()) {
                        out.missingIncident(first, field);
                    }
                }
                case "env" -> {
                    if (!request.environment().variables().containsKey(first)) {
                        out.add(field + ": env." + first + " is not defined by environment '"
                                + request.environment().name() + "' (it defines: "
                                + String.join(", ", request.environment().variables().keySet()) + ")");
                    }
                }
                case "pre_execution" -> {
                    boolean declared = request.mop().snapshots().stream().anyMatch(s -> s.id().equals(first));
                    if (!declared && request.catalog().snapshot(first).isEmpty()) {
                        out.add(field + ": no snapshot named '" + first + "' in catalog '" + request.catalog().name()
                                + "' to capture pre_execution." + first);
                    }
                }
                case "steps" -> {
                    if (request.mop().step(GraphKind.EXECUTION, first).isEmpty()) {
                        out.add(field + ": steps." + first + " names no step of execution_graph");
                    }
                }
                default -> out.add(field + ": unknown variable '" + variable
                        + "'; templates may use incident.*, env.*, pre_execution.* and steps.*");
            }
        }
    }
}
