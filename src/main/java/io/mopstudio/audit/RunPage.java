package io.mopstudio.audit;

import java.util.List;

/** One page of runs, newest first, how many runs match the query in all, and how many are recorded. */
public record RunPage(List<RunSummary> runs, long matching, long recorded) {

    public RunPage {
        runs = List.copyOf(runs);
    }

    /** The values the filters can take, each sorted: every MOP, environment, operator and final state recorded. */
    public record FilterValues(List<String> mops, List<String> environments, List<String> operators,
            List<String> finalStates) {
    }
}
