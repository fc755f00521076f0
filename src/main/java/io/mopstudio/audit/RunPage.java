package io.mopstudio.audit;

import java.util.List;

/**
 * One page of runs, newest first; whether more runs match than the page holds (not how many:
 * counting every match would read the whole table again), and how many runs are recorded, of
 * which {@code finished} have a run_finished.
 */
public record RunPage(List<RunSummary> runs, boolean more, long recorded, long finished) {

    public RunPage {
        runs = List.copyOf(runs);
    }

    /** The values the filters can take, each sorted: every MOP, environment, operator and final state recorded. */
    public record FilterValues(List<String> mops, List<String> environments, List<String> operators,
            List<String> finalStates) {
    }
}
