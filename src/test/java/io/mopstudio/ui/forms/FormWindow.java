package io.mopstudio.ui.forms;

import io.mopstudio.catalog.Catalog;
import io.mopstudio.catalog.CatalogLoader;
import io.mopstudio.ui.canvas.NodeKey;
import io.mopstudio.ui.editor.MopDocument;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.testfx.api.FxToolkit;

/** A window holding only the form of {@code target}, wired to a document as the builder wires it, for TestFX tests. */
final class FormWindow {

    private FormWindow() {
    }

    /** Opens it against the demo's catalog; refusals are collected into {@code refusals}. */
    static InspectorView open(MopDocument document, FormEdits edits, ObservableValue<NodeKey> target,
            List<String> refusals) throws TimeoutException {
        Catalog catalog = new CatalogLoader().load("connection-pool-http", Optional.empty()).valid().orElseThrow();
        AtomicReference<InspectorView> opened = new AtomicReference<>();
        FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            InspectorView inspector = new InspectorView(target, document.mopProperty(), key -> document.getMop()
                    .map(mop -> new FormContext(mop, catalog, Optional.empty(), edits, refusals::add)));
            opened.set(inspector);
            stage.setScene(new Scene(new StackPane(inspector.node()), 600, 800));
            stage.show();
        });
        return opened.get();
    }
}
