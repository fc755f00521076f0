package io.mopstudio.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code {{ path }}} templates in one text, parsed strictly: an unclosed {@code {{}, an empty
 * template or anything but one dotted variable path is a syntax error, found here rather than when
 * the step renders at run time.
 */
record TemplateScan(List<String> paths, Optional<String> error) {

    static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]+)*");

    TemplateScan {
        paths = List.copyOf(paths);
    }

    static TemplateScan of(String text) {
        List<String> paths = new ArrayList<>();
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return new TemplateScan(paths, Optional.empty());
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                return new TemplateScan(paths, Optional.of("'{{' is not closed with '}}' in '" + text + "'"));
            }
            String inner = text.substring(open + 2, close).strip();
            if (!PATH.matcher(inner).matches()) {
                return new TemplateScan(paths, Optional.of("'{{ " + inner + " }}' is not a variable path; a template"
                        + " holds one name such as incident.affected_resource or steps.drain.output.count"));
            }
            paths.add(inner);
            from = close + 2;
        }
    }
}
