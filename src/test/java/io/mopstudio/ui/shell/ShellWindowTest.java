package io.mopstudio.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.ui.builder.MopTemplate;
import io.mopstudio.ui.builder.Shortcut;
import io.mopstudio.ui.builder.ShortcutRegistry;
import io.mopstudio.ui.fx.FxThreadRobot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.testfx.util.WaitForAsyncUtils;

/** The window's File and Help menus, the shortcuts sheet and the theme, as a user drives them. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ShellWindowTest extends SampleWindowCase {

    @BeforeEach
    void sampleShown() throws TimeoutException {
        waitUntil(() -> robot.lookup("#node-execution-drain_connections").tryQuery().isPresent());
    }

    @Test
    void f1ListsEveryAcceleratorTheWindowHas() throws TimeoutException {
        Scene scene = main().getScene();
        robot.clickOn("#mainTabs");
        robot.press(KeyCode.F1).release(KeyCode.F1);
        waitUntil(() -> robot.lookup("#" + ShortcutSheet.TABLE_ID).tryQuery().isPresent());
        TableView<Shortcut> sheet = robot.lookup("#" + ShortcutSheet.TABLE_ID).queryTableView();
        Set<KeyCombination> listed = sheet.getItems().stream()
                .filter(s -> s.where().equals(ShortcutRegistry.WINDOW)).map(Shortcut::keys)
                .collect(Collectors.toSet());
        Set<KeyCombination> installed = scene.getAccelerators().keySet();
        assertEquals(installed, listed);
        assertTrue(installed.size() >= 11, "New, Save, Save As, Undo, Redo x2, Snap, Open, Run x2, F1: " + installed);
        assertTrue(sheet.getItems().stream().anyMatch(s -> s.where().equals("Canvas")));

        // F1 again on the main window (where a window manager leaves it the focus): the open sheet
        // comes to the front, no second one opens. The accelerator is run as the main scene would.
        robot.interact(() -> scene.getAccelerators().get(new KeyCodeCombination(KeyCode.F1)).run());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, robot.lookup("#" + ShortcutSheet.TABLE_ID).queryAll().size(), "one sheet");
    }

    @Test
    void ctrlWithADigitShowsTheExecutionRollbackAndAuditTabs() throws TimeoutException {
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        robot.clickOn("#mainTabs");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        waitUntil(() -> FxThreadRobot.onFx(() -> tabs.getSelectionModel().getSelectedIndex()) == 1);
        waitUntil(() -> robot.lookup("#node-rollback-restore_pool_config").tryQuery().isPresent());
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        waitUntil(() -> FxThreadRobot.onFx(() -> tabs.getSelectionModel().getSelectedIndex()) == 2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        waitUntil(() -> FxThreadRobot.onFx(() -> tabs.getSelectionModel().getSelectedIndex()) == 0);
    }

    @Test
    void theAuditTabHasTheWholeWindowAndLeavingItPutsThePanesBack() throws TimeoutException {
        TabPane tabs = FxThreadRobot.onFx(() -> robot.lookup("#mainTabs").queryAs(TabPane.class));
        double before = FxThreadRobot.onFx(tabs::getWidth);
        robot.interact(() -> tabs.getSelectionModel().select(2));
        waitUntil(() -> FxThreadRobot.onFx(() -> robot.lookup("#paletteSearch").tryQuery().isEmpty()
                && robot.lookup("#yamlText").tryQuery().isEmpty()));
        waitUntil(() -> FxThreadRobot.onFx(tabs::getWidth) > before * 1.5);

        robot.interact(() -> tabs.getSelectionModel().select(0));
        waitUntil(() -> FxThreadRobot.onFx(() -> robot.lookup("#paletteSearch").tryQuery().isPresent()
                && robot.lookup("#yamlText").tryQuery().isPresent()));
        waitUntil(() -> Math.abs(FxThreadRobot.onFx(tabs::getWidth) - before) < 2);
    }

    @Test
    void theDarkThemeIsAppliedAndKeptForTheNextStart() throws Exception {
        Scene scene = main().getScene();
        robot.clickOn("#themeButton");
        waitUntil(() -> scene.getStylesheets().stream().anyMatch(s -> s.endsWith("mop-studio-dark.css")));
        assertEquals("dark", Files.readString(settings().resolve(ThemeSetting.FILE_NAME)).strip());
        robot.clickOn("#themeButton");
        waitUntil(() -> scene.getStylesheets().stream().noneMatch(s -> s.endsWith("mop-studio-dark.css")));
        assertEquals("light", Files.readString(settings().resolve(ThemeSetting.FILE_NAME)).strip());
    }

    @Test
    void aTemplateFromTheFileMenuStartsANewMopAndTheOpenedFileIsRecent() throws Exception {
        assertEquals(Files.readAllLines(settings().resolve(RecentFiles.FILE_NAME)),
                List.of(SAMPLE.toAbsolutePath().normalize().toString()));
        // The submenu's popup is not reliably placed headless; fire the item as a click on it would.
        MenuButton file = robot.lookup("#fileMenu").queryAs(MenuButton.class);
        Menu templates = (Menu) file.getItems().stream().filter(i -> "newFromTemplateMenu".equals(i.getId()))
                .findFirst().orElseThrow();
        MenuItem rollout = templates.getItems().stream()
                .filter(i -> "newTemplate-kubernetes-rollout-restart".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(rollout::fire);
        Menu recent = (Menu) file.getItems().stream().filter(i -> "openRecentMenu".equals(i.getId()))
                .findFirst().orElseThrow();
        assertEquals(List.of("MOP-284-db-connection-pool-recovery.yaml"), recent.getItems().stream()
                .filter(i -> !i.isDisable()).map(i -> i.getText().split(" ")[0]).toList());
        waitUntil(() -> robot.lookup("#node-execution-rollout_restart").tryQuery().isPresent());
        assertEquals("MOP Studio — Kubernetes rollout restart (untitled.yaml)", main().getTitle());
    }

    @Test
    void ctrlNOffersTheTemplatesWithBlankChosen() throws TimeoutException {
        robot.clickOn("#mainTabs");
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup(".choice-dialog").tryQuery().isPresent());
        ComboBox<String> choice = robot.lookup(".choice-dialog .combo-box").queryComboBox();
        assertEquals("Blank MOP", choice.getValue());
        assertEquals(MopTemplate.BUNDLED.size(), choice.getItems().size());
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> main().getTitle().equals("MOP Studio — New MOP (untitled.yaml)"));
    }

    @Test
    void reloadAsksBeforeItThrowsUnsavedEditsAway() throws Exception {
        String saved = Files.readString(SAMPLE);
        org.fxmisc.richtext.CodeArea yaml = robot.lookup("#yamlText").queryAs(org.fxmisc.richtext.CodeArea.class);
        robot.interact(() -> yaml.replaceText(0, 0, "# an edit not yet saved\n"));
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup("#saveButton").query()).requestFocus());
        waitUntil(() -> main().getTitle().endsWith(" *"));
        assertTrue(FxThreadRobot.onFx(() -> robot.lookup("#unsavedChanges").query().isVisible()),
                "the status bar says it in words too");

        robot.clickOn("#reloadButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Cancel");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isEmpty());
        assertTrue(FxThreadRobot.onFx(yaml::getText).startsWith("# an edit not yet saved\n"), "kept after Cancel");

        robot.clickOn("#reloadButton");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn("Discard");
        waitUntil(() -> FxThreadRobot.onFx(yaml::getText).equals(saved));
        assertEquals(saved, Files.readString(SAMPLE), "the file itself never changed");
        assertFalse(FxThreadRobot.onFx(() -> robot.lookup("#unsavedChanges").query().isVisible()));
    }

    private Stage main() {
        return (Stage) robot.listTargetWindows().stream().filter(Window::isShowing).findFirst().orElseThrow();
    }

    private static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
    }
}
