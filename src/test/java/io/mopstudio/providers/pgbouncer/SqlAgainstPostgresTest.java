package io.mopstudio.providers.pgbouncer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mopstudio.providers.PrimitiveException;
import io.mopstudio.providers.PrimitiveResult;
import io.mopstudio.providers.sql.SqlQueryPrimitive;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** sql.query and the PgBouncer console primitives against the real PostgreSQL and PgBouncer of {@link PgBouncerLab}. */
class SqlAgainstPostgresTest {

    private static PgBouncerLab lab;
    private final SqlQueryPrimitive sql = new SqlQueryPrimitive();

    @BeforeAll
    static void startLab() throws Exception {
        PgBouncerLab.assumeInstalled();
        lab = PgBouncerLab.start();
    }

    @AfterAll
    static void stopLab() throws Exception {
        if (lab != null) {
            lab.close();
        }
    }

    private Map<String, Object> params(String database, int port, Object... more) throws Exception {
        Map<String, Object> out = new HashMap<>(Map.of("url", "jdbc:postgresql://127.0.0.1:" + port + "/" + database,
                "user", "mop", "password", lab.password()));
        for (int i = 0; i < more.length; i += 2) {
            out.put((String) more[i], more[i + 1]);
        }
        return out;
    }

    @Test
    void valuesAreBoundNeverReadAsSql() throws Exception {
        String hostile = "x'; DROP TABLE probe; --";
        assertTrue(sql.invoke(params("orders", lab.postgresPort, "query", "CREATE TABLE probe (v text)")).succeeded());
        PrimitiveResult inserted = sql.invoke(params("orders", lab.postgresPort,
                "query", "INSERT INTO probe VALUES (?), (?)", "params", List.of(hostile, "plain")));
        assertEquals(2L, inserted.output().get("update_count"), inserted.summary());

        PrimitiveResult rows = sql.invoke(params("orders", lab.postgresPort,
                "query", "SELECT v, length(v) AS n FROM probe WHERE v = ?", "params", List.of(hostile)));

        assertTrue(rows.succeeded(), rows.summary());
        assertEquals(Map.of("v", hostile, "n", (long) hostile.length()), rows.output().get("row"));
        assertEquals(1L, rows.output().get("row_count"));
    }

    @Test
    void pgBouncersConsoleAnswersOverTheSimpleProtocolAndRowsCanBeMatched() throws Exception {
        PrimitiveResult databases = sql.invoke(params("pgbouncer", lab.pgbouncerPort, "query", "SHOW DATABASES",
                "simple_protocol", true, "match", Map.of("name", "orders"), "expect_rows", true));

        assertTrue(databases.succeeded(), databases.summary());
        assertEquals(1L, databases.output().get("row_count"));
        assertEquals("orders", ((Map<?, ?>) databases.output().get("row")).get("database"));
    }

    @Test
    void aServerErrorIsAFailedResultInTheServersWords() throws Exception {
        PrimitiveResult result = sql.invoke(params("orders", lab.postgresPort, "query", "SELECT * FROM no_such_table"));
        assertFalse(result.succeeded());
        assertTrue(result.summary().contains("no_such_table"), result.summary());
        assertEquals("42P01", result.output().get("sqlstate"));
    }

    @Test
    void aWrongPasswordFailsWithoutShowingIt() throws Exception {
        Map<String, Object> p = params("orders", lab.postgresPort, "query", "SELECT 1");
        p.put("password", "wrong-password-123");
        PrimitiveResult result = sql.invoke(p);
        assertFalse(result.succeeded());
        assertFalse(result.summary().contains("wrong-password-123"), result.summary());
    }

    @Test
    void aQueryLongerThanItsTimeoutIsEndedPromptly() throws Exception {
        long start = System.nanoTime();
        PrimitiveResult result = sql.invoke(params("orders", lab.postgresPort, "query", "SELECT pg_sleep(20)",
                "timeout", "1s"));
        assertFalse(result.succeeded());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 8000, "the query was not ended");
    }

    @Test
    void consoleCommandsAreRefusedUnlessKnownAndNamesChecked() throws Exception {
        ConsoleCommandPrimitive console = new ConsoleCommandPrimitive();
        assertThrows(PrimitiveException.class, () -> console.invoke(params("pgbouncer", lab.pgbouncerPort,
                "database", "orders", "commands", List.of("SHUTDOWN"))));
        assertThrows(PrimitiveException.class, () -> console.invoke(params("pgbouncer", lab.pgbouncerPort,
                "database", "orders; SHUTDOWN", "commands", List.of("PAUSE"))));
        PrimitiveResult twice = console.invoke(params("pgbouncer", lab.pgbouncerPort, "database", "orders",
                "commands", List.of("PAUSE", "PAUSE", "RESUME", "RESUME")));
        assertTrue(twice.succeeded(), twice.summary());
        assertEquals(List.of("PAUSE orders", "PAUSE orders (already paused)", "RESUME orders",
                "RESUME orders (not paused)"), twice.output().get("done"));
    }

    @Test
    void aUrlThatIsNotPostgresIsAPlainError() {
        PrimitiveException e = assertThrows(PrimitiveException.class, () -> sql.invoke(Map.of("url",
                "mysql://db/x", "query", "SELECT 1")));
        assertTrue(e.getMessage().contains("PostgreSQL JDBC URL"), e.getMessage());
    }
}
