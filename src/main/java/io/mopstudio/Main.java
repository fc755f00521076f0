package io.mopstudio;

import io.mopstudio.cli.MopStudioCommand;
import picocli.CommandLine;

/** Starts MOP Studio: the window when given no arguments, otherwise the command line. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        String[] effective = args.length == 0 ? new String[] {"gui"} : args;
        int code = MopStudioCommand.commandLine().execute(effective);
        System.exit(code);
    }
}
