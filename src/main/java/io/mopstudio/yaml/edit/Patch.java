package io.mopstudio.yaml.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Text patches that do not overlap, applied together to the original text. Every byte outside them
 * is left as it was, which is what keeps comments, quoting and line endings through an edit.
 */
public record Patch(List<TextPatch> patches) {

    public static final Patch NONE = new Patch(List.of());

    public Patch {
        List<TextPatch> sorted = new ArrayList<>(patches);
        sorted.sort(Comparator.comparingInt(TextPatch::start).thenComparingInt(TextPatch::end));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start() < sorted.get(i - 1).end()) {
                throw new IllegalArgumentException("patches overlap at " + sorted.get(i).start());
            }
        }
        patches = List.copyOf(sorted);
    }

    public String apply(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int at = 0;
        for (TextPatch patch : patches) {
            out.append(text, at, patch.start()).append(patch.replacement());
            at = patch.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The patch that turns {@code apply(original)} back into {@code original}. */
    public Patch inverse(String original) {
        List<TextPatch> out = new ArrayList<>();
        int shift = 0;
        for (TextPatch patch : patches) {
            int start = patch.start() + shift;
            out.add(new TextPatch(start, start + patch.replacement().length(),
                    original.substring(patch.start(), patch.end())));
            shift += patch.replacement().length() - (patch.end() - patch.start());
        }
        return new Patch(out);
    }

    public boolean isEmpty() {
        return patches.isEmpty();
    }
}
