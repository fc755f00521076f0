package io.mopstudio.ui.builder;

import static io.mopstudio.ui.builder.BuilderRobot.waitUntil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.mopstudio.model.Check;
import io.mopstudio.model.Input;
import io.mopstudio.model.Mop;
import io.mopstudio.model.MopExtras;
import io.mopstudio.model.PreCheck;
import io.mopstudio.model.Snapshot;
import io.mopstudio.model.SourcePosition;
import io.mopstudio.model.Step;
import io.mopstudio.ui.Fixtures;
import io.mopstudio.ui.canvas.NodeSize;
import io.mopstudio.validation.MopValidator;
import io.mopstudio.validation.Validation;
import io.mopstudio.validation.ValidationContexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The issue's headline: an SRE who never wrote the YAML builds the seed's MOP-284 from nothing with
 * palette drags, port drags and forms only, and saves it. The saved file validates and means what the
 * sample means: the same records once the source positions are set aside.
 */
class BuildMop284Test {

    /**
     * Canvas points where nodes are dropped: pre-checks in a column left of the steps, the steps in a row
     * (so that no wire passes over a port), validation checks in a row below the steps.
     */
    private static final double PRE_X = 150;
    private static final double[] PRE_Y = {80, 220, 360};
    private static final double[] STEP_X = {450, 740, 1030};
    private static final double STEP_Y = 80;
    private static final double[] VALIDATION_X = {560, 860};
    private static final double VALIDATION_Y = 300;
    /** Nine clicks on "−" (1.1 each): the whole MOP fits the small headless screen (measured, not assumed). */
    private static final int ZOOM_OUT_CLICKS = 9;

    @TempDir
    Path temp;

    @RegisterExtension
    final BuilderRobot window = new BuilderRobot();
    private Path file;
    /** How canvas points map to the screen once zoomed out, measured on the first node drawn. */
    private double scale = 1;
    private Point2D origin;

    @BeforeEach
    void start() throws Exception {
        file = temp.resolve("MOP-284.yaml");
        window.open(file, temp.resolve("audit"));
    }

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void buildsMop284WithTheMouseAndFormsAloneAndItMeansWhatTheSampleMeans() throws Exception {
        window.waitFor("#palette-db_connection_pool_drain");
        header();
        steps();
        preChecks();
        validation();
        rollback();

        String built = window.text();
        window.retrying(() -> Files.exists(file) && Files.readString(file).equals(built),
                () -> window.click("#saveButton"));
        Validation validation = new MopValidator(new ValidationContexts().bundled().valid().orElseThrow())
                .validate(file);
        assertFalse(validation.hasErrors(), validation.problems().toString());
        assertEquals(meaning(Fixtures.sampleMop()), meaning(validation.mop().orElseThrow()), built);
    }

    private void header() throws Exception {
        set("field-mop_id", "MOP-284", "mop_id: MOP-284");
        set("field-name", "Database Connection Pool Recovery", "Database Connection Pool Recovery");
        set("field-version", "2.3.1", "version: \"2.3.1\"");
        set("field-category", "database", "category: database");
        window.choose("field-blast_radius_max", "medium");
        window.waitForText("blast_radius_max: medium");
    }

    private void steps() throws Exception {
        // The zoom buttons show once the graph has a node; the first step goes where it fits at full size.
        Bounds area = window.canvasArea();
        origin = new Point2D(area.getMinX(), area.getMinY());
        drop("db.connection_pool.drain", STEP_X[0], STEP_Y, "node-execution-drain");
        window.zoomOut(ZOOM_OUT_CLICKS);
        calibrate("node-execution-drain", STEP_X[0], STEP_Y);
        drop("service.restart", STEP_X[1], STEP_Y, "node-execution-restart");
        drop("db.connection_pool.reset", STEP_X[2], STEP_Y, "node-execution-reset");
        window.retrying(() -> window.text().contains("depends_on: [drain]"),
                () -> window.wire("node-execution-drain", "node-execution-restart"));
        window.retrying(() -> window.text().contains("depends_on: [restart]"),
                () -> window.wire("node-execution-restart", "node-execution-reset"));

        window.select("node-execution-drain");
        rename("drain_connections");
        set("param-graceful_timeout", "15s", "graceful_timeout: 15s");
        window.choose("field-on_failure", "abort");
        window.waitForText("on_failure: abort");

        window.select("node-execution-restart");
        rename("restart_conn_manager");
        set("param-service", "{{ incident.affected_resource }}.conn_manager",
                "service: \"{{ incident.affected_resource }}.conn_manager\"");
        // wait_healthy defaults to true: off, then on again, writes it as the sample does.
        window.click("#param-wait_healthy");
        window.waitForText("wait_healthy: false");
        window.click("#param-wait_healthy");
        window.waitForText("wait_healthy: true");
        onFailureRollback();

        window.select("node-execution-reset");
        rename("reset_pool");
        set("param-initial_size", "{{ env.pool_size_default }}", "initial_size: \"{{ env.pool_size_default }}\"");
        onFailureRollback();
    }

    private void preChecks() throws Exception {
        drop("service_state", PRE_X, PRE_Y[0], "node-pre-check-service_state");
        window.select("node-pre-check-service_state");
        set("param-target", "{{ incident.affected_resource }}", "target: \"{{ incident.affected_resource }}\"");
        // The catalog lists the states, so the form offers them as a choice.
        window.choose("param-expected_state", "degraded");
        window.waitForText("expected_state: degraded");

        drop("replica_healthy", PRE_X, PRE_Y[1], "node-pre-check-replica_healthy");
        window.select("node-pre-check-replica_healthy");
        set("param-target", "{{ incident.affected_resource }}.replica",
                "target: \"{{ incident.affected_resource }}.replica\"");

        drop("no_active_writes", PRE_X, PRE_Y[2], "node-pre-check-no_active_writes");
        window.select("node-pre-check-no_active_writes");
        set("field-timeout_seconds", "30", "timeout_seconds: 30");
        window.click("#field-abort_on_fail");
        window.waitForText("abort_on_fail: false");
    }

    private void validation() throws Exception {
        drop("connection_wait_time", VALIDATION_X[0], VALIDATION_Y, "node-validation-connection_wait_time");
        window.select("node-validation-connection_wait_time");
        set("param-threshold_ms", "50", "threshold_ms: 50");
        set("field-timeout_seconds", "60", "timeout_seconds: 60");

        drop("service_health_probe", VALIDATION_X[1], VALIDATION_Y, "node-validation-service_health_probe");
        window.select("node-validation-service_health_probe");
        set("param-endpoint", "{{ incident.affected_resource }}/health",
                "endpoint: \"{{ incident.affected_resource }}/health\"");
        set("param-expected_status", "200", "expected_status: 200");
    }

    private void rollback() throws Exception {
        window.showTab("Rollback graph");
        Bounds area = window.canvasArea();
        origin = new Point2D(area.getMinX(), area.getMinY());
        scale = 1;
        drop("db.connection_pool.restore_config", STEP_X[0], STEP_Y, "node-rollback-restore_config");
        window.select("node-rollback-restore_config");
        rename("restore_pool_config");
        set("param-config_snapshot", "{{ pre_execution.pool_config }}",
                "config_snapshot: \"{{ pre_execution.pool_config }}\"");
    }

    private void drop(String paletteItem, double x, double y, String node) throws Exception {
        window.dragFromPalette(paletteItem, new Point2D(origin.getX() + x * scale, origin.getY() + y * scale));
        window.waitFor("#" + node);
    }

    /** A node dropped at canvas point (x, y) has its top left half a node up and left of it. */
    private void calibrate(String node, double x, double y) throws Exception {
        waitUntil(() -> window.nodeOnScreen(node).getWidth() < NodeSize.WIDTH * 0.8);
        Bounds drawn = window.nodeOnScreen(node);
        scale = drawn.getWidth() / NodeSize.WIDTH;
        origin = new Point2D(drawn.getMinX() - (x - NodeSize.WIDTH / 2) * scale,
                drawn.getMinY() - (y - NodeSize.HEIGHT / 2) * scale);
    }

    private void rename(String id) throws Exception {
        set("field-id", id, "- id: " + id + "\n");
        window.waitFor("#inspector #field-id");
    }

    private void onFailureRollback() throws Exception {
        long before = window.text().lines().filter(l -> l.contains("on_failure: rollback")).count();
        window.choose("field-on_failure", "rollback");
        waitUntil(() -> window.text().lines().filter(l -> l.contains("on_failure: rollback")).count() == before + 1);
    }

    private void set(String field, String value, String written) throws Exception {
        window.fillUntil(field, value, written);
    }

    /** The MOP with every source position set aside: what it does, not where it was written. */
    private static Mop meaning(Mop mop) {
        SourcePosition none = SourcePosition.unknown("");
        MopExtras extras = mop.extras();
        return new Mop(mop.mopId(), mop.name(), mop.version(), mop.category(), mop.blastRadiusMax(),
                mop.preChecks().stream().map(p -> new PreCheck(check(p.check()), p.abortOnFail())).toList(),
                steps(mop.executionGraph()), mop.validation().stream().map(BuildMop284Test::check).toList(),
                steps(mop.rollbackGraph()),
                new MopExtras(extras.description(),
                        extras.inputs().stream().map(i -> new Input(i.name(), i.type(), i.required(), i.description(),
                                i.pattern(), i.defaultValue(), none)).toList(),
                        extras.snapshots().stream().map(s -> new Snapshot(s.id(), s.snapshot(), s.action(), s.params(),
                                s.observe(), none)).toList(),
                        extras.validationSettings()),
                none);
    }

    private static List<Step> steps(List<Step> steps) {
        return steps.stream().map(s -> new Step(s.id(), s.action(), s.params(), s.dependsOn(), s.onFailure(),
                s.options(), SourcePosition.unknown(""))).toList();
    }

    private static Check check(Check c) {
        return new Check(c.nodeId(), c.check(), c.params(), c.timeout(), SourcePosition.unknown(""));
    }
}
