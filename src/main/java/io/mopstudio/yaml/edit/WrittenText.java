package io.mopstudio.yaml.edit;

import java.util.Optional;

/**
 * What the file itself writes, as opposed to what the format defaults: a step's text for copy and
 * paste that keeps comments and quoting, and whether a path is written at all.
 */
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

    /** Whether {@code path} ({@code execution_graph.drain.on_failure}) is written in the file, not left to its default. */
    public static boolean has(SourceText source, String path) {
        try {
            return new NodeLocator(source).locate(path) instanceof Location.Found;
        } catch (EditException e) {
            return false;
        }
    }

    /** The scalar written at {@code path}, as written (a value the format refuses, such as {@code -5}, too). */
    public static Optional<String> scalar(SourceText source, String path) {
        try {
            return new NodeLocator(source).locate(path) instanceof Location.Found found
                    && found.node() instanceof org.yaml.snakeyaml.nodes.ScalarNode scalar
                    ? Optional.of(scalar.getValue()) : Optional.empty();
        } catch (EditException e) {
            return Optional.empty();
        }
    }
}
