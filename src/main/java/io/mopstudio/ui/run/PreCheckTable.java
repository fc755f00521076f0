package io.mopstudio.ui.run;

import io.mopstudio.engine.event.CheckEvaluated;
import io.mopstudio.engine.event.CheckPhase;
import io.mopstudio.engine.event.RunEvent;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The run's pre-checks as rows, in the order the engine evaluated them; a re-sampled check keeps
 * its row, showing its latest verdict.
 */
public final class PreCheckTable {

    private final ObservableList<PreCheckRow> rows = FXCollections.observableArrayList();
    private final ObservableList<PreCheckRow> view = FXCollections.unmodifiableObservableList(rows);

    void clear() {
        rows.clear();
    }

    void apply(RunEvent event) {
        if (!(event instanceof CheckEvaluated e) || e.phase() != CheckPhase.PRE_CHECK) {
            return;
        }
        PreCheckRow row = new PreCheckRow(e.nodeId(), e.check(), e.outcome(), orDash(e.observed()),
                orDash(e.expected()), e.message() == null ? "" : e.message());
        Optional<Integer> at = IntStream.range(0, rows.size()).filter(i -> rows.get(i).nodeId().equals(e.nodeId()))
                .boxed().findFirst();
        if (at.isPresent()) {
            rows.set(at.get(), row);
        } else {
            rows.add(row);
        }
    }

    /** The failed pre-checks an operator could override by running again. */
    public List<PreCheckRow> overridable() {
        return rows.stream().filter(PreCheckRow::overridable).toList();
    }

    public ObservableList<PreCheckRow> rows() {
        return view;
    }

    private static String orDash(String text) {
        return EventText.blank(text) ? "-" : text;
    }
}
