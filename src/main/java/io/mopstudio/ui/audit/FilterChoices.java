package io.mopstudio.ui.audit;

import io.mopstudio.audit.RunSummary;
import io.mopstudio.ui.run.FinalStateStyle;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The values the run filters offer: each MOP, environment, final state and operator recorded, "" first for "any". */
public final class FilterChoices {

    private final ObservableList<String> mops = FXCollections.observableArrayList("");
    private final ObservableList<String> environments = FXCollections.observableArrayList("");
    private final ObservableList<String> states = FXCollections.observableArrayList("");
    private final ObservableList<String> operators = FXCollections.observableArrayList("");

    void update(List<RunSummary> runs) {
        set(mops, runs, RunSummary::mopId);
        set(environments, runs, RunSummary::environment);
        set(states, runs, run -> run.finalState().orElse(FinalStateStyle.UNFINISHED));
        set(operators, runs, RunSummary::operator);
    }

    private static void set(ObservableList<String> list, List<RunSummary> runs, Function<RunSummary, String> value) {
        TreeSet<String> values = new TreeSet<>();
        runs.forEach(run -> values.add(value.apply(run)));
        values.remove("");
        List<String> next = new java.util.ArrayList<>(List.of(""));
        next.addAll(values);
        // Only when they change: replacing a ChoiceBox's items clears its selection.
        if (!list.equals(next)) {
            list.setAll(next);
        }
    }

    public ObservableList<String> mops() {
        return mops;
    }

    public ObservableList<String> environments() {
        return environments;
    }

    public ObservableList<String> states() {
        return states;
    }

    public ObservableList<String> operators() {
        return operators;
    }
}
