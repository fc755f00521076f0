package io.mopstudio.yaml.edit;

import java.util.Optional;

/** A step's text as written in the file, unindented, for copy and paste that keeps comments and quoting. */
public final class WrittenText {

    private WrittenText() {
    }

    /** Step {@code id}'s mapping, its lines moved left to column 0; empty when there is no such step. */
    public static Optional<String> step(SourceText source, String id) {
        Optional<StepNodes.WrittenStep> step = new StepNodes(source).find(id);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        int start = source.start(step.get().mapping());
        int end = source.contentEnd(step.get().mapping(), start);
        int column = source.column(start);
        StringBuilder out = new StringBuilder();
        for (String line : source.text().substring(start, end).lines().toList()) {
            if (out.length() > 0) {
                out.append('\n');
                out.append(line.length() >= column && line.substring(0, column).isBlank() ? line.substring(column)
                        : line.strip());
            } else {
                out.append(line);
            }
        }
        return Optional.of(out.toString());
    }
}
