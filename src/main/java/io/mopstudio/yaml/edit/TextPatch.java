package io.mopstudio.yaml.edit;

/** Replace the characters {@code [start, end)} of a text with {@code replacement}; an insert when start == end. */
public record TextPatch(int start, int end, String replacement) {

    public TextPatch {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("a patch covers [start, end) with 0 <= start <= end");
        }
    }

    static TextPatch insert(int at, String text) {
        return new TextPatch(at, at, text);
    }

    static TextPatch delete(int start, int end) {
        return new TextPatch(start, end, "");
    }
}
