package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.List;

/** Line comparisons that say how small a change to a text was. */
final class LineDiff {

    private LineDiff() {
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    /** 0-based numbers of the lines that differ; the texts must have as many lines. */
    static List<Integer> changedLines(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        if (a.size() != b.size()) {
            throw new AssertionError("lines were added or removed:\n" + after);
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** The lines of {@code before}, then a contiguous block of new lines, then the rest of {@code before}. */
    static boolean isPureInsertion(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
            suffix++;
        }
        return prefix + suffix == a.size() && b.size() > a.size();
    }

    static boolean isOneLineChangedOrAdded(String before, String after) {
        List<String> a = lines(before);
        List<String> b = lines(after);
        if (a.size() == b.size()) {
            return changedLines(before, after).size() == 1;
        }
        return b.size() == a.size() + 1 && isPureInsertion(before, after);
    }

    /**
     * Every line of {@code after} is a line of {@code before}, in order, except lines holding one of
     * {@code allowed} (the edited references).
     */
    static boolean keepsOtherLines(String before, String after, List<String> allowed) {
        List<String> a = lines(before);
        int at = 0;
        for (String line : lines(after)) {
            int found = a.subList(at, a.size()).indexOf(line);
            if (found >= 0) {
                at += found + 1;
            } else if (allowed.stream().noneMatch(line::contains)) {
                return false;
            }
        }
        return true;
    }
}
