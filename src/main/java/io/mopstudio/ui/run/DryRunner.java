package io.mopstudio.ui.run;

import io.mopstudio.engine.RunRequest;
import java.util.concurrent.CompletableFuture;

/** Runs a prepared request as a dry run (nothing acts; recorded in the audit as one) and gives its plan. */
@FunctionalInterface
public interface DryRunner {

    CompletableFuture<String> plan(RunRequest request);
}
