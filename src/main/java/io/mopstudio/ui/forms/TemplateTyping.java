package io.mopstudio.ui.forms;

import io.mopstudio.template.Template;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a template-aware field offers while its text is typed: the variable names that complete the
 * open <code>{{</code> at the caret, the text once one is taken, and the names in the text that
 * are not in scope. Plain text logic, so that it is tested without a window.
 */
final class TemplateTyping {

    /** What may stand in a path being typed: letters, digits, {@code _ - .}. */
    private static final Pattern PATH_SO_FAR = Pattern.compile("[A-Za-z0-9_.-]*");

    /** The names that complete the path typed between {@code start} and the caret. */
    record Completion(int start, int end, List<String> candidates) {
    }

    /** A text and where the caret goes in it. */
    record Typed(String text, int caret) {
    }

    /** A name the text uses that is not in scope, where it stands, and what may have been meant. */
    record Unknown(String path, int start, int end, Optional<String> nearest) {
    }

    private TemplateTyping() {
    }

    /**
     * The completion at {@code caret}: the caret stands after <code>{{</code> with no <code>}}</code> between,
     * and what was typed since is the start of some names in scope.
     */
    static Optional<Completion> at(String text, int caret, TemplateNames names) {
        if (caret < 2 || caret > text.length()) {
            return Optional.empty();
        }
        int open = text.lastIndexOf("{{", caret - 2);
        if (open < 0 || text.substring(open, caret).contains("}}")) {
            return Optional.empty();
        }
        String typed = text.substring(open + 2, caret).stripLeading();
        if (!PATH_SO_FAR.matcher(typed).matches()) {
            return Optional.empty();
        }
        int end = caret;
        while (end < text.length() && PATH_SO_FAR.matcher(String.valueOf(text.charAt(end))).matches()) {
            end++;
        }
        List<String> candidates = names.completing(typed);
        return candidates.isEmpty() ? Optional.empty()
                : Optional.of(new Completion(caret - typed.length(), end, candidates));
    }

    /** The text with {@code chosen} in place of what was typed, closed with <code>}}</code> if it was not. */
    static Typed take(String text, Completion completion, String chosen) {
        String before = text.substring(0, completion.start());
        String after = text.substring(completion.end());
        String lead = before.endsWith("{{") ? " " : "";
        boolean closed = after.stripLeading().startsWith("}}");
        String inserted = lead + chosen + (closed ? "" : " }}");
        int caret = before.length() + inserted.length();
        if (closed) {
            // Past the closing braces already there, ready to type what follows the template.
            caret += after.length() - after.stripLeading().length() + 2;
            if (!after.startsWith(" ")) {
                after = " " + after;
                caret++;
            }
        }
        return new Typed(before + inserted + after, caret);
    }

    /** The templates of {@code text} that name something not in scope. */
    static List<Unknown> unknown(String text, TemplateNames names) {
        if (names.isEmpty()) {
            return List.of();
        }
        return Template.references(text).stream().filter(r -> !names.knows(r.path()))
                .map(r -> new Unknown(r.path(), r.start(), r.end(), names.nearest(r.path()))).toList();
    }
}
