package io.mopstudio.ui.problems;

import io.mopstudio.ui.canvas.NodeKey;
import java.util.Optional;

/**
 * Where clicking a finding leads: the node it is about (and the field, such as {@code params.service}
 * or {@code on_failure}, when the finding's line names one), and always the YAML line and column.
 */
public record ProblemTarget(Optional<NodeKey> node, Optional<String> field, int line, int column) {
}
