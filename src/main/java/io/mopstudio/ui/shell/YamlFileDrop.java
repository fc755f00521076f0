package io.mopstudio.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

/**
 * A YAML file dragged onto the window opens it. Only drags carrying files are taken, so the
 * palette's drags onto the canvas (text) pass by untouched.
 */
final class YamlFileDrop {

    private YamlFileDrop() {
    }

    /** {@code afterDrop} runs on the FX thread after the drop has finished; {@code open} decides whether it may (unsaved changes, a run going) and opens. */
    static void install(Scene scene, Executor afterDrop, Consumer<Path> open) {
        scene.addEventHandler(DragEvent.DRAG_OVER, event -> {
            if (event.getDragboard().hasFiles() && yamlFile(event.getDragboard().getFiles()).isPresent()) {
                event.acceptTransferModes(TransferMode.COPY, TransferMode.LINK);
                event.consume();
            }
        });
        scene.addEventHandler(DragEvent.DRAG_DROPPED, event -> {
            Optional<Path> file = event.getDragboard().hasFiles() ? yamlFile(event.getDragboard().getFiles())
                    : Optional.empty();
            if (file.isPresent()) {
                event.setDropCompleted(true);
                event.consume();
                // After the drop completes: the unsaved-changes question must not block the drag source.
                afterDrop.execute(() -> open.accept(file.get()));
            }
        });
    }

    /** The first .yaml or .yml file among those dropped. */
    static Optional<Path> yamlFile(List<File> files) {
        return files.stream().filter(File::isFile).map(File::toPath).filter(YamlFileDrop::isYaml).findFirst();
    }

    private static boolean isYaml(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
