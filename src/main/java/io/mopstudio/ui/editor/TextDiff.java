package io.mopstudio.ui.editor;

import io.mopstudio.yaml.edit.Patch;
import io.mopstudio.yaml.edit.TextPatch;
import java.util.List;

/** The one patch that turns a text into another: what differs between their common start and end. */
public final class TextDiff {

    private TextDiff() {
    }

    public static Patch between(String before, String after) {
        if (before.equals(after)) {
            return Patch.NONE;
        }
        int prefix = 0;
        int max = Math.min(before.length(), after.length());
        while (prefix < max && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        // Never split a surrogate pair: the patch's text must be valid on its own.
        if (prefix > 0 && Character.isHighSurrogate(before.charAt(prefix - 1))) {
            prefix--;
        }
        if (suffix > 0 && Character.isLowSurrogate(before.charAt(before.length() - suffix))) {
            suffix--;
        }
        return new Patch(List.of(new TextPatch(prefix, before.length() - suffix,
                after.substring(prefix, after.length() - suffix))));
    }
}
