package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One step of a path such as {@code execution_graph.reset_pool.params.initial_size} or
 * {@code pre_checks[1].abort_on_fail}: a name (a mapping key, or a list item's id, check or name)
 * or an index into a list.
 */
record PathSegment(Optional<String> name, int index) {

    private static final Pattern PART = Pattern.compile("([^.\\[\\]]*)((?:\\[\\d+])*)");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    static PathSegment named(String name) {
        return new PathSegment(Optional.of(name), -1);
    }

    boolean isIndex() {
        return name.isEmpty();
    }

    @Override
    public String toString() {
        return name.orElse("[" + index + "]");
    }

    static List<PathSegment> parse(String path) throws EditException {
        List<PathSegment> out = new ArrayList<>();
        if (path.isBlank()) {
            throw new EditException("the path is empty; write keys joined by dots, e.g. validation.connection_wait_time.threshold_ms");
        }
        for (String part : path.split("\\.", -1)) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                throw new EditException("'" + path + "' is not a path; write keys joined by dots and [index] for list"
                        + " items, e.g. pre_checks[1].abort_on_fail");
            }
            if (!matcher.group(1).isEmpty()) {
                out.add(named(matcher.group(1)));
            }
            Matcher index = INDEX.matcher(matcher.group(2));
            while (index.find()) {
                out.add(new PathSegment(Optional.empty(), Integer.parseInt(index.group(1))));
            }
        }
        return out;
    }
}
