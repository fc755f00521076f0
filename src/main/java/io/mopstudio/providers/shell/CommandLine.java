package io.mopstudio.providers.shell;

import io.mopstudio.providers.ParamReader;
import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.ShellQuoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a command primitive was asked to run: an argument list ({@code command}), or, only with an
 * explicit {@code shell: true}, a shell line ({@code script}) whose template values were quoted
 * as it was rendered. Shared by {@code shell.run} and {@code ssh.exec}.
 */
public record CommandLine(List<String> arguments, String script) {

    public static CommandLine of(String primitive, Map<String, Object> params, ParamReader reader)
            throws PrimitiveException {
        boolean shell = reader.bool("shell", false);
        boolean hasCommand = params.get("command") != null && !"".equals(params.get("command"))
                && !(params.get("command") instanceof List<?> l && l.isEmpty());
        String script = reader.text("script", "");
        if (shell && hasCommand) {
            throw new PrimitiveException(primitive + ": give either 'command' (a list of arguments) or"
                    + " 'shell: true' with 'script', not both");
        }
        if (shell) {
            if (script.isBlank()) {
                throw new PrimitiveException(primitive + ": 'shell: true' needs 'script', the shell line to run");
            }
            return new CommandLine(List.of(), script);
        }
        if (!script.isBlank()) {
            throw new PrimitiveException(primitive + ": 'script' is a shell line and runs only with an explicit"
                    + " 'shell: true'; otherwise give 'command' as a list of arguments");
        }
        return new CommandLine(arguments(primitive, params.get("command")), "");
    }

    boolean isShell() {
        return !script.isEmpty();
    }

    /** The process to start on this machine: the arguments, or {@code /bin/sh -c script}. */
    public List<String> local() {
        return isShell() ? List.of("/bin/sh", "-c", script) : arguments;
    }

    /** The text a remote SSH server hands to the user's shell: quoted arguments, or the script as rendered. */
    public String remote() {
        return isShell() ? script : ShellQuoting.join(arguments);
    }

    /** How the command reads in a summary: its program, not the (possibly long) script. */
    public String program() {
        return isShell() ? "shell script" : arguments.get(0);
    }

    private static List<String> arguments(String primitive, Object value) throws PrimitiveException {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw new PrimitiveException(primitive + ": 'command' must be a non-empty list of arguments,"
                    + " e.g. [systemctl, restart, pgbouncer] (or use 'shell: true' with 'script')");
        }
        List<String> out = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> || item instanceof List<?> || item == null) {
                throw new PrimitiveException(primitive + ": every item of 'command' must be one text argument");
            }
            out.add(String.valueOf(item));
        }
        return out;
    }
}
