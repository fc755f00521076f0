package io.mopstudio.validation;

import io.mopstudio.model.SourcePosition;
import io.mopstudio.yaml.MopNodes;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Where a character of a text value was written, so a finding can point at the template inside it
 * rather than at the start of the value. Exact when the value is written on one line as it reads
 * (plain, or quoted with no escapes): its written length then says so. Otherwise (escapes, folded or
 * block lines) offsets in the value no longer map to columns, and the value's start is used.
 */
final class ScalarColumns {

    private ScalarColumns() {
    }

    static SourcePosition of(ScalarNode scalar, int offset, MopNodes nodes) {
        SourcePosition start = nodes.position(scalar);
        Mark from = scalar.getStartMark();
        Mark to = scalar.getEndMark();
        if (from == null || to == null || from.getLine() != to.getLine()) {
            return start;
        }
        String value = scalar.getValue();
        boolean quoted = scalar.getScalarStyle() == DumperOptions.ScalarStyle.DOUBLE_QUOTED
                || scalar.getScalarStyle() == DumperOptions.ScalarStyle.SINGLE_QUOTED;
        boolean plain = scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
        // Marks count code points, as SourcePosition columns do; Java strings count UTF-16 units.
        int written = to.getColumn() - from.getColumn();
        int reads = value.codePointCount(0, value.length()) + (quoted ? 2 : 0);
        if (!(quoted || plain) || written != reads) {
            return start;
        }
        int column = start.column() + (quoted ? 1 : 0) + value.codePointCount(0, offset);
        return new SourcePosition(start.file(), start.line(), column);
    }
}
