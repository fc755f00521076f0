package io.mopstudio.ui.shell;

import io.mopstudio.audit.AuditStore;
import io.mopstudio.ui.canvas.AutoLayout;
import io.mopstudio.ui.fx.UiDispatch;
import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The MOP Studio window. {@link #launchWindow} is what the {@code gui} command calls; the MOP
 * file and audit database travel as named parameters so that JavaFX can construct the class.
 */
public final class MopStudioApp extends Application {

    private StudioServices services;
    private ShellViewModel shell;

    /**
     * Opens the window, with {@code mopFile} loaded if given, and returns when it is closed.
     * {@code auditDb} is a file path or a {@code jdbc:postgresql:} URL, as {@code --audit-db} takes it.
     */
    public static void launchWindow(Optional<Path> mopFile, String auditDb, Optional<Path> auditCredentials) {
        // JavaFX warns "Unsupported JavaFX configuration: classes were loaded from 'unnamed module'" on every
        // start of the single jar: true of every classpath launch, and nothing a user can act on. Its
        // errors still show. Held here while the window runs (java.util.logging keeps loggers weakly).
        java.util.logging.Logger javafx = java.util.logging.Logger.getLogger("javafx");
        javafx.setLevel(java.util.logging.Level.SEVERE);
        Application.launch(MopStudioApp.class, new LaunchOptions(mopFile, auditDb, auditCredentials).toArgs());
    }

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.parse(getParameters().getNamed(), AuditStore.defaultLocation());
        services = StudioServices.open(options.auditDb(), options.auditCredentials(), UiDispatch.fx(),
                AutoLayout.defaultNativeDir());
        // The mopstudio.settings-dir property keeps test windows' recent files and theme out of the user's home.
        String configured = System.getProperty("mopstudio.settings-dir", "");
        Path settings = LaunchOptions.settingsDir(getParameters().getNamed(), configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".mop-studio") : Path.of(configured));
        shell = new ShellViewModel(services, new RecentFiles(settings));
        ShellView view = new ShellView(shell, stage, services, new ThemeSetting(settings));
        stage.titleProperty().bind(shell.titleProperty());
        stage.getIcons().setAll(AppIcons.all());
        stage.setScene(view.scene());
        stage.show();
        shell.start(options.mopFile());
        shell.audit().refresh();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.shutdown();
        }
        if (services != null) {
            services.close();
        }
    }
}
