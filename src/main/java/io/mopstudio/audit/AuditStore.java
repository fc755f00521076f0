package io.mopstudio.audit;

import io.mopstudio.engine.event.RunListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The append-only record of every run: an H2 file the engine writes through {@link #listener()}
 * and the command line and window read back.
 *
 * <p>On open the file's admin brings the schema up to date and ensures the application user;
 * everything after that runs as MOP_APP, which may only SELECT and INSERT. Several processes may
 * hold the same file at once (H2's AUTO_SERVER mode).
 */
public final class AuditStore implements AutoCloseable {

    /** The database, for messages: a file path or a JDBC URL without credentials. */
    private final String location;
    private final Optional<Path> file;
    private final AppConnection connection;
    private final EventJson json;
    private final RunListener recorder;

    AuditStore(String location, Optional<Path> file, AppConnection connection) {
        this.location = location;
        this.file = file;
        this.connection = connection;
        this.json = new EventJson();
        this.recorder = new AuditRecorder(connection, json, location);
    }

    /** Opens the audit {@code target} names, creating a file audit if there is none. */
    public static AuditStore open(AuditTarget target) {
        return target instanceof AuditTarget.File f ? open(f.location()) : ServerAudit.open((AuditTarget.Server) target);
    }

    /** Opens an audit that must already exist; for commands that only read. */
    public static AuditStore openExisting(AuditTarget target) {
        return target instanceof AuditTarget.File f ? openExisting(f.location())
                : ServerAudit.open((AuditTarget.Server) target);
    }

    /**
     * Opens the audit at {@code location}, creating it (and its directories and credentials) if
     * there is none. {@code location} is the base path without {@code .mv.db}; the file itself or a
     * directory (meaning {@code <dir>/audit}) are accepted too.
     */
    public static AuditStore open(Path location) {
        return open(AuditLocation.of(location), true, AuditMigrations.shipped());
    }

    /** Opens an audit that must already exist; for commands that only read. */
    public static AuditStore openExisting(Path location) {
        return open(AuditLocation.of(location), false, AuditMigrations.shipped());
    }

    /** Whether an audit database file exists at {@code location}. */
    public static boolean exists(Path location) {
        return AuditLocation.of(location).exists();
    }

    /** {@code ~/.mop-studio/audit/audit}, i.e. the file {@code ~/.mop-studio/audit/audit.mv.db}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".mop-studio", "audit", AuditLocation.DEFAULT_NAME);
    }

    static AuditStore open(AuditLocation location, boolean create, AuditMigrations migrations) {
        location.checkPlausible();
        boolean existed = location.exists();
        if (!existed && !create) {
            throw new AuditStoreException("No audit database at " + location + ".");
        }
        createParent(location);
        AuditCredentials credentials = existed
                ? AuditCredentials.load(location)
                : AuditCredentials.loadOrCreate(location);
        AuditConnector connector = new AuditConnector(location, credentials);
        Connection admin = connector.asAdmin(!existed);
        try {
            migrations.apply(admin);
            ApplicationUser.ensure(admin, credentials);
            // Opened while the admin connection still holds the database open, so H2 does not
            // close and reopen the file in between.
            return new AuditStore(location.toString(), Optional.of(location.dataFile()),
                    new AppConnection(connector.asApplication(), connector::asApplication));
        } catch (SQLException e) {
            throw new AuditStoreException("Cannot prepare audit database " + location + ": "
                    + AuditConnector.firstLine(e.getMessage()), e);
        } finally {
            closeQuietly(admin);
        }
    }

    /** Records each event, committed, before returning; throws {@link AuditStoreException} if it cannot. */
    public RunListener listener() {
        return recorder;
    }

    /** Every run, newest first. */
    public List<RunSummary> listRuns() {
        return read("the list of runs", c -> {
            Map<String, AuditEvent> finishes = EventsTable.finishes(c);
            return RunsTable.all(c, json).stream()
                    .map(run -> finishes.containsKey(run.runId())
                            ? run.withOutcome(json.readOutcome(finishes.get(run.runId())))
                            : run)
                    .toList();
        });
    }

    /** The run with this id, or the only run whose id starts with it. */
    public Optional<RunSummary> findRun(String idOrPrefix) {
        if (idOrPrefix == null || idOrPrefix.isBlank()) {
            return Optional.empty();
        }
        return read("run " + idOrPrefix, c -> {
            Optional<RunSummary> run = RunsTable.byIdOrUniquePrefix(c, idOrPrefix.strip(), json);
            if (run.isEmpty()) {
                return run;
            }
            return EventsTable.finish(c, run.get().runId()).map(json::readOutcome).map(run.get()::withOutcome)
                    .or(() -> run);
        });
    }

    /** Up to {@code limit} run ids starting with {@code prefix}: to tell "no such run" from "which one?". */
    public List<String> runIdsStartingWith(String prefix, int limit) {
        return read("run ids starting with " + prefix, c -> RunsTable.idsStartingWith(c, prefix.strip(), limit));
    }

    /** The run's events in seq order; empty for an unknown run. */
    public List<AuditEvent> events(String runId) {
        return read("the events of run " + runId, c -> List.copyOf(EventsTable.ofRun(c, runId)));
    }

    /** The run's events in seq order with their stored chain links, for an export that can be verified offline. */
    public List<ChainedRow> chainedEvents(String runId) {
        return read("the events of run " + runId, c -> List.copyOf(EventsTable.chain(c, runId)));
    }

    /**
     * Recomputes the hash chain of every run, oldest first, or of the one whose id (or unique
     * prefix) is {@code runId}; empty when there is no such run.
     */
    public List<ChainVerdict> verify(Optional<String> runId) {
        return read("the hash chains", c -> {
            Set<String> beforeChain = RunsTable.beforeChain(c);
            List<ChainVerdict> verdicts = new ArrayList<>();
            for (RecordedRun run : RunsTable.recorded(c)) {
                boolean wanted = runId.isEmpty() || run.runId().equals(runId.get())
                        || (!runId.get().isBlank() && run.runId().startsWith(runId.get().strip()));
                if (wanted) {
                    verdicts.add(verify(c, run, beforeChain));
                }
            }
            boolean exact = runId.isPresent() && verdicts.stream().anyMatch(v -> v.runId().equals(runId.get()));
            if (exact) {
                verdicts.removeIf(v -> !v.runId().equals(runId.get()));
            }
            return runId.isPresent() && verdicts.size() > 1 ? List.<ChainVerdict>of() : List.copyOf(verdicts);
        });
    }

    /** The chain verdicts of these runs (a page of the runs table), in the same order; unknown ids are left out. */
    public List<ChainVerdict> verify(List<String> runIds) {
        return read("the hash chains", c -> {
            Set<String> beforeChain = RunsTable.beforeChain(c);
            List<ChainVerdict> verdicts = new ArrayList<>();
            for (String id : runIds) {
                Optional<RecordedRun> run = RunsTable.recorded(c, id);
                if (run.isPresent()) {
                    verdicts.add(verify(c, run.get(), beforeChain));
                }
            }
            return List.copyOf(verdicts);
        });
    }

    private static ChainVerdict verify(Connection c, RecordedRun run, Set<String> beforeChain) throws SQLException {
        return ChainVerifier.verify(run, EventsTable.chain(c, run.runId()), beforeChain.contains(run.runId()),
                SealsTable.ofRun(c, run.runId()));
    }

    /** Up to {@code limit} runs matching {@code query}, newest first, and how many match; for the runs table. */
    public RunPage page(RunQuery query, int limit) {
        return read("the list of runs", c -> RunListing.page(c, query, limit, json));
    }

    /** Every MOP, environment, operator and final state recorded: the filters' choices. */
    public RunPage.FilterValues filterValues() {
        return read("the filter values", RunListing::filterValues);
    }

    /** What the recorded runs (of one MOP, or all) add up to; see {@link Insights}. */
    public Insights insights(Optional<String> mopId) {
        List<InsightsCalculator.RecordedRunEvents> runs = new ArrayList<>();
        for (RunSummary run : listRuns()) {
            if (mopId.isEmpty() || mopId.get().equals(run.mopId())) {
                runs.add(new InsightsCalculator.RecordedRunEvents(run, events(run.runId())));
            }
        }
        return InsightsCalculator.of(runs);
    }

    /** The exact MOP text the run executed. */
    public Optional<String> mopText(String runId) {
        return read("the MOP of run " + runId, c -> RunsTable.mopText(c, runId));
    }

    /** The database file; empty for an audit on a server. */
    public Optional<Path> file() {
        return file;
    }

    /** Where the audit is, for messages: its file, or its JDBC URL. */
    public String where() {
        return location;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new AuditStoreException("Could not close audit database " + location + ": "
                    + AuditConnector.firstLine(e.getMessage()), e);
        }
    }

    private <T> T read(String what, AppConnection.Work<T> work) {
        try {
            return connection.read(work);
        } catch (SQLException e) {
            throw new AuditStoreException("Cannot read " + what + " from " + location + ": "
                    + AuditConnector.firstLine(e.getMessage()), e);
        }
    }

    private static void createParent(AuditLocation location) {
        try {
            Files.createDirectories(location.base().getParent());
        } catch (IOException e) {
            throw new AuditStoreException("Cannot create the directory for audit database " + location + ": "
                    + e.getMessage(), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // The admin connection did its work; failing to close it loses nothing.
        }
    }
}
