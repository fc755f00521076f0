package io.mopstudio.yaml;

import java.util.Comparator;
import java.util.List;

/** Findings in the order a reader meets them in the file, so output and tests are stable. */
public final class Problems {

    private static final Comparator<Problem> FILE_ORDER = Comparator
            .comparingInt((Problem p) -> p.position().line())
            .thenComparingInt(p -> p.position().column());

    private Problems() {
    }

    public static List<Problem> sorted(List<Problem> problems) {
        return problems.stream().sorted(FILE_ORDER).toList();
    }
}
