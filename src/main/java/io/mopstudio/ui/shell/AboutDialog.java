package io.mopstudio.ui.shell;

import com.jfoenix.controls.JFXButton;
import io.mopstudio.BuildInfo;
import io.mopstudio.ui.fx.Stylesheets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → About: which MOP Studio this is (name, version, vendor and description from the jar's
 * manifest) and which Java runs it, the two facts a bug report needs first.
 */
final class AboutDialog {

    private final Stage stage = new Stage();

    AboutDialog(BuildInfo build, Window owner) {
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("About " + build.name());
        stage.setResizable(false);
        stage.getIcons().setAll(AppIcons.all());

        Label heading = label("aboutHeading", build.name() + " " + build.version(), "dialog-heading");
        Label description = label("aboutDescription", build.description(), "about-text");
        Label vendor = label("aboutVendor", build.vendor().isEmpty() ? "" : "© " + build.vendor(), "about-text");
        Label license = label("aboutLicense", "Licensed under the Apache License, Version 2.0", "about-text");
        Label runtime = label("aboutRuntime", "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "")
                + ") — " + System.getProperty("java.home", ""), "about-detail");
        for (Label optional : new Label[] {description, vendor}) {
            optional.setVisible(!optional.getText().isEmpty());
            optional.setManaged(optional.isVisible());
        }
        JFXButton close = new JFXButton("Close");
        close.setId("aboutCloseButton");
        close.getStyleClass().add("primary-button");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox text = new VBox(8, heading, description, vendor, license, runtime, buttons);
        HBox root = new HBox(20, new ImageView(AppIcons.ofSize(64)), text);
        root.getStyleClass().add("about-dialog");
        Scene scene = new Scene(root);
        Stylesheets.apply(scene);
        stage.setScene(scene);
    }

    void show() {
        stage.show();
    }

    private static Label label(String id, String text, String styleClass) {
        Label label = new Label(text);
        label.setId(id);
        label.getStyleClass().add(styleClass);
        label.setWrapText(true);
        label.setMaxWidth(420);
        return label;
    }
}
