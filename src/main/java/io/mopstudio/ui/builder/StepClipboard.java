package io.mopstudio.ui.builder;

import io.mopstudio.ui.canvas.Point;
import java.util.List;

/** Steps copied on a canvas: each as written in the file, with its id and where it was drawn. */
record StepClipboard(List<Copied> steps) {

    static final StepClipboard EMPTY = new StepClipboard(List.of());

    record Copied(String id, String yaml, List<String> dependsOn, Point at) {
    }

    StepClipboard {
        steps = List.copyOf(steps);
    }
}
