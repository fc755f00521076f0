package io.mopstudio.providers;

import java.util.List;
import java.util.stream.Collectors;

/**
 * POSIX shell quoting: a value inside single quotes is one word in every POSIX shell ({@code sh},
 * {@code bash}, {@code dash}, {@code zsh}), whatever it holds; a single quote inside is written as
 * {@code '"'"'}. Used for template values in shell lines and for argument lists sent over SSH,
 * where the remote side always reads the command with a shell.
 */
public final class ShellQuoting {

    private ShellQuoting() {
    }

    public static String quote(String value) {
        if (value.indexOf('\0') >= 0) {
            // No shell word can hold NUL; refusing is the only way to keep "one value, one word".
            throw new IllegalArgumentException("a value for a shell line holds a NUL character");
        }
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }

    /** A command line in which each argument is exactly one word. */
    public static String join(List<String> arguments) {
        return arguments.stream().map(ShellQuoting::quote).collect(Collectors.joining(" "));
    }
}
