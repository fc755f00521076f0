package io.mopstudio.cli;

/** Exit codes shared by every subcommand; run's final states map onto 0 and 10-13 (see FinalState). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int INVALID = 1;
    public static final int USAGE = 2;

    private ExitCodes() {
    }
}
