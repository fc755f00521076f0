package io.mopstudio.validation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The syntax of a step's {@code when}: one template, either alone (its value must be true or false)
 * or compared with a literal: {@code "{{ steps.probe.output.lag }} > 30"},
 * {@code "{{ incident.region }} == 'eu-west-1'"}. Literals are numbers, quoted text, true, false or
 * a bare word.
 */
final class WhenCondition {

    private static final Pattern FORM = Pattern.compile(
            "\\s*\\{\\{\\s*([^{}]*?)\\s*}}\\s*(?:(==|!=|<=|>=|<|>)\\s*(-?\\d+(?:\\.\\d+)?|'[^']*'|\"[^\"]*\"|[A-Za-z_][\\w.-]*))?\\s*");

    private WhenCondition() {
    }

    /** What is wrong with the condition's form, or empty when the engine can evaluate it. */
    static Optional<String> problem(String condition) {
        Matcher matcher = FORM.matcher(condition);
        if (!matcher.matches()) {
            return Optional.of("'when: " + condition + "' is not a condition; write one template, alone or compared"
                    + " with a literal, e.g. \"{{ steps.probe.output.lag }} > 30\" or \"{{ incident.force }}\"");
        }
        return Optional.empty();
    }
}
