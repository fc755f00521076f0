package io.mopstudio.ui.problems;

import io.mopstudio.yaml.Problem;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;

/** The Problems list: one line per finding, errors and warnings styled apart; clicking one goes to it. */
public final class ProblemsView {

    private final TitledPane pane;

    public ProblemsView(ProblemsViewModel model, Consumer<Problem> open) {
        ListView<Problem> list = new ListView<>(model.problems());
        list.setId("problemsList");
        list.getStyleClass().add("problem-list");
        list.setPrefHeight(120);
        list.setCellFactory(view -> new ListCell<>() {
            {
                io.mopstudio.ui.fx.WrappedCells.wrapWithin(this, view);
            }

            @Override
            protected void updateItem(Problem problem, boolean empty) {
                super.updateItem(problem, empty);
                getStyleClass().removeAll("problem-error", "problem-warning");
                if (empty || problem == null) {
                    setText(null);
                    return;
                }
                String where = problem.position().hasLine()
                        ? problem.position().line() + ":" + problem.position().column() + "  " : "";
                setText(where
                        + (problem.isError() ? "error" : "warning") + "  " + problem.message() + "  [" + problem.rule()
                        + "]");
                getStyleClass().add(problem.isError() ? "problem-error" : "problem-warning");
            }
        });
        list.setOnMouseClicked(e -> {
            Problem selected = list.getSelectionModel().getSelectedItem();
            if (selected != null) {
                open.accept(selected);
            }
        });
        pane = new TitledPane("Problems", list);
        pane.setId("problemsPane");
        pane.getStyleClass().add("problems-pane");
        pane.textProperty().bind(Bindings.concat("Problems (", Bindings.size(model.problems()), ")"));
    }

    public Node node() {
        return pane;
    }
}
