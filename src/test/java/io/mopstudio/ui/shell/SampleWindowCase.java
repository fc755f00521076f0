package io.mopstudio.ui.shell;

import io.mopstudio.ui.fx.FxThreadRobot;
import java.nio.file.Path;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Tests of the real window started as {@code mop-studio gui} starts it, on the MOP-284 sample, with its
 * audit database and its settings (recent files, theme) in the test's temporary directory, never in ~.
 */
abstract class SampleWindowCase {

    static final Path SAMPLE = Path.of("sample-mops/MOP-284-db-connection-pool-recovery.yaml");

    @TempDir
    Path temp;

    final FxRobot robot = new FxThreadRobot();
    private Application app;

    @BeforeEach
    void startWindow() throws TimeoutException {
        // The window opens the audit database and lays out the sample first: on a shared, busy machine
        // that takes longer than TestFX's default 10 s.
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(40_000);
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(MopStudioApp.class, "--mop=" + SAMPLE.toAbsolutePath(),
                "--audit-db=" + temp.resolve("audit"), "--settings-dir=" + settings());
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    Path settings() {
        return temp.resolve("settings");
    }
}
