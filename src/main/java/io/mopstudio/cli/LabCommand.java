package io.mopstudio.cli;

import io.mopstudio.lab.DemoLab;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code mop-studio lab}: runs the demo lab service in the foreground until Ctrl+C. */
@Command(name = "lab", mixinStandardHelpOptions = true,
        description = "Run the demo lab: a local service that simulates four databases behind connection pools "
                + "(orders-db, billing-db, ledger-db, search-db), for the bundled 'demo' environment.%n"
                + "The window and 'run --env demo' use a lab on port 8787 if one is running, else start their own.")
public final class LabCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8787",
            description = "Loopback port to listen on (0 = any free port). Default: ${DEFAULT-VALUE}")
    private int port;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        DemoLab lab;
        try {
            lab = DemoLab.start(port);
        } catch (UncheckedIOException e) {
            spec.commandLine().getErr().println("mop-studio lab: cannot listen on 127.0.0.1:" + port
                    + " (" + e.getCause().getMessage() + "); is a lab already running? Try --port 0.");
            return ExitCodes.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            lab.close();
            stopped.countDown();
        }, "lab-shutdown"));
        out.println("MOP Studio demo lab listening on " + lab.baseUrl());
        out.println("  orders-db   degraded; MOP-284 recovers it             -> RESOLVED");
        out.println("  billing-db  failed, not degraded; pre-check aborts    -> ABORTED");
        out.println("  ledger-db   wait time climbs during validation        -> ROLLED_BACK");
        out.println("  search-db   connection manager restart fails          -> ROLLED_BACK");
        out.println("Reset every resource: curl -X POST " + lab.baseUrl() + "/lab/reset");
        out.println("Press Ctrl+C to stop.");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
