package io.mopstudio.ui.audit;

import io.mopstudio.audit.RunPage;
import io.mopstudio.ui.run.FinalStateStyle;
import java.util.List;
import java.util.TreeSet;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The values the run filters offer: each MOP, environment, final state and operator recorded, "" first for "any". */
public final class FilterChoices {

    private final ObservableList<String> mops = FXCollections.observableArrayList("");
    private final ObservableList<String> environments = FXCollections.observableArrayList("");
    private final ObservableList<String> states = FXCollections.observableArrayList("");
    private final ObservableList<String> operators = FXCollections.observableArrayList("");

    /** {@code unfinished}: whether some run has no end recorded, which the state filter then offers. */
    void update(RunPage.FilterValues recorded, boolean unfinished) {
        set(mops, recorded.mops());
        set(environments, recorded.environments());
        List<String> finalStates = new java.util.ArrayList<>(recorded.finalStates());
        if (unfinished) {
            finalStates.add(FinalStateStyle.UNFINISHED);
        }
        set(states, finalStates);
        set(operators, recorded.operators());
    }

    private static void set(ObservableList<String> list, List<String> recorded) {
        TreeSet<String> values = new TreeSet<>(recorded);
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
