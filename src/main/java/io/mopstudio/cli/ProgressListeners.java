package io.mopstudio.cli;

import io.mopstudio.engine.event.RunListener;
import io.mopstudio.model.GraphKind;
import io.mopstudio.model.Mop;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;

/** What {@code run} prints while a run goes, chosen by {@code --output} and by whether stdout is a terminal. */
final class ProgressListeners implements AutoCloseable {

    private final RunListener listener;
    private final Optional<LiveStatusLine> statusLine;

    private ProgressListeners(RunListener listener, Optional<LiveStatusLine> statusLine) {
        this.listener = listener;
        this.statusLine = statusLine;
    }

    static ProgressListeners forOutput(RunCommand.Output output, PrintWriter stdout, PrintWriter progress, Mop mop) {
        return switch (output) {
            case jsonl -> new ProgressListeners(RunListener.all(new ConsoleProgress(progress),
                    new JsonLinesOutput(stdout)), Optional.empty());
            case json -> new ProgressListeners(new ConsoleProgress(progress), Optional.empty());
            case text -> onTerminal() ? withStatusLine(progress, mop)
                    : new ProgressListeners(new ConsoleProgress(progress), Optional.empty());
        };
    }

    /*
     * System.console() is non-null only when both stdin and stdout are terminals: the status line's
     * carriage returns would garble a pipe or a file, so anything else gets plain lines. TERM=dumb
     * (Emacs shells, some CI consoles) cannot erase a line either.
     */
    private static boolean onTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    private static ProgressListeners withStatusLine(PrintWriter terminal, Mop mop) {
        LiveStatusLine status = new LiveStatusLine(terminal, mop.graph(GraphKind.EXECUTION).size(),
                LiveStatusLine.terminalWidth(System.getenv()), Clock.systemUTC());
        return new ProgressListeners(RunListener.all(new ConsoleProgress(status.lines()), status), Optional.of(status));
    }

    RunListener listener() {
        return listener;
    }

    @Override
    public void close() {
        statusLine.ifPresent(LiveStatusLine::close);
    }
}
