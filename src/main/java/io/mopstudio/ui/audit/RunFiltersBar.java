package io.mopstudio.ui.audit;

import java.time.LocalDate;
import java.util.Optional;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/** The filter controls above the runs table; every change makes a new {@link RunFilter} on the view-model. */
final class RunFiltersBar {

    private final AuditViewModel model;
    private final ChoiceBox<String> mop;
    private final ChoiceBox<String> environment;
    private final ChoiceBox<String> state;
    private final ChoiceBox<String> operator;
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final TextField search = new TextField();
    private final HBox root;

    RunFiltersBar(AuditViewModel model) {
        this.model = model;
        FilterChoices choices = model.choices();
        mop = choice("auditMopFilter", choices.mops(), "any MOP");
        environment = choice("auditEnvironmentFilter", choices.environments(), "any environment");
        state = choice("auditStateFilter", choices.states(), "any final state");
        operator = choice("auditOperatorFilter", choices.operators(), "any operator");
        from.setId("auditFromFilter");
        to.setId("auditToFilter");
        from.setPromptText("from");
        to.setPromptText("to");
        from.setPrefWidth(120);
        to.setPrefWidth(120);
        search.setId("auditSearch");
        search.setPromptText("search id, MOP, incident…");
        from.valueProperty().addListener((obs, old, now) -> apply());
        to.valueProperty().addListener((obs, old, now) -> apply());
        search.textProperty().addListener((obs, old, now) -> apply());
        root = new HBox(6, mop, environment, state, operator, new Label("started"), from, to, search);
        root.setAlignment(Pos.CENTER_LEFT);
        root.getStyleClass().add("audit-filters");
    }

    Node node() {
        return root;
    }

    private ChoiceBox<String> choice(String id, ObservableList<String> values, String any) {
        ChoiceBox<String> box = new ChoiceBox<>(values);
        box.setId(id);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? any : value;
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        box.getSelectionModel().select("");
        box.valueProperty().addListener((obs, old, now) -> apply());
        return box;
    }

    private void apply() {
        model.filterProperty().set(new RunFilter(value(mop), value(environment), value(state), value(operator),
                date(from), date(to), search.getText() == null ? "" : search.getText()));
    }

    private static String value(ChoiceBox<String> box) {
        return box.getValue() == null ? "" : box.getValue();
    }

    private static Optional<LocalDate> date(DatePicker picker) {
        return Optional.ofNullable(picker.getValue());
    }
}
