package io.mopstudio.validation;

import io.mopstudio.model.SourcePosition;
import io.mopstudio.yaml.Problem;
import io.mopstudio.yaml.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Incident fields that look like a misspelling of another one the same MOP uses more often. A MOP
 * without {@code inputs:} may name any incident field, so {@code incident.afected_resource} beside
 * eight uses of {@code incident.affected_resource} validates, and only the run stops for lack of it.
 * Two names this close, one of them rarer, is most often a typo; it is a warning, not an error,
 * because both names may be meant.
 */
final class IncidentTypos {

    static final String RULE = "template.incident_typo";

    /** One incident field named by a template as written in the MOP, where, and in which site's words. */
    record Use(String field, SourcePosition at, String site) {
    }

    private IncidentTypos() {
    }

    /** A warning at each use of a field that is close to a field used more often. */
    static List<Problem> check(List<Use> uses) {
        Map<String, Long> counts = uses.stream()
                .collect(Collectors.groupingBy(Use::field, LinkedHashMap::new, Collectors.counting()));
        Map<String, String> meant = new LinkedHashMap<>();
        counts.forEach((field, count) -> {
            int limit = limit(field);
            // Names whose lengths differ by more than the limit cannot be that close: skip measuring them.
            List<String> commoner = counts.entrySet().stream()
                    .filter(e -> e.getValue() > count && Math.abs(e.getKey().length() - field.length()) <= limit)
                    .map(Map.Entry::getKey).toList();
            Suggestions.nearest(field, commoner, limit).ifPresent(near -> meant.put(field, near));
        });
        List<Problem> out = new ArrayList<>();
        for (Use use : uses) {
            String near = meant.get(use.field());
            if (near != null) {
                out.add(Problem.warning(use.at(), RULE, use.site() + ": incident." + use.field() + " is used "
                        + times(counts.get(use.field())) + "; did you mean incident." + near + " (used "
                        + times(counts.get(near)) + ")? Without inputs: any incident field passes here, and the"
                        + " run stops if the incident lacks it"));
            }
        }
        return out;
    }

    /**
     * One edit for a short name, two for a longer one. The did-you-mean bound (a third of the name)
     * suits a hint among known names, but here both names are legal: it would pair zone with node or
     * host with port, fields a MOP may well use side by side.
     */
    private static int limit(String field) {
        return field.length() < 8 ? 1 : 2;
    }

    private static String times(long count) {
        return count == 1 ? "once" : count + " times";
    }
}
