-- The audit: one row per run and one row per event, appended and never changed.
-- Re-runnable on purpose (see AuditMigrations): every CREATE says IF NOT EXISTS.
-- Statements end with ';' at the end of a line.

CREATE TABLE IF NOT EXISTS runs (
    run_id           VARCHAR(200) PRIMARY KEY,
    mop_id           VARCHAR(200) NOT NULL,
    mop_name         VARCHAR(1000),
    mop_version      VARCHAR(200),
    mop_sha256       VARCHAR(64) NOT NULL,
    -- The exact MOP text that ran, so the run can be judged against what it really did.
    mop_text         CHARACTER LARGE OBJECT NOT NULL,
    mop_file         VARCHAR(4000),
    environment      VARCHAR(200),
    demo_environment BOOLEAN NOT NULL,
    -- A JSON object of strings, e.g. {"id":"INC-1234"}.
    incident         CHARACTER LARGE OBJECT NOT NULL,
    operator         VARCHAR(200),
    started_at       TIMESTAMP(9) WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS runs_started_at ON runs (started_at);

CREATE TABLE IF NOT EXISTS events (
    run_id VARCHAR(200) NOT NULL REFERENCES runs (run_id),
    seq    BIGINT NOT NULL CHECK (seq >= 1),
    kind   VARCHAR(50) NOT NULL,
    time   TIMESTAMP(9) WITH TIME ZONE NOT NULL,
    -- The event record as Jackson writes it (ISO-8601 instants).
    json   CHARACTER LARGE OBJECT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE INDEX IF NOT EXISTS events_kind ON events (kind);

-- First guard: the application user gets its rights only through this role.
CREATE ROLE IF NOT EXISTS AUDIT_WRITER;
GRANT SELECT, INSERT ON TABLE runs, events TO AUDIT_WRITER;

-- Second guard, for every user including the admin. Triggers do not fire on TRUNCATE; the grants
-- above stop that for the application user (TRUNCATE needs DELETE rights).
CREATE TRIGGER IF NOT EXISTS runs_append_only BEFORE UPDATE, DELETE ON runs
    FOR EACH STATEMENT CALL 'io.mopstudio.audit.AppendOnlyTrigger';
CREATE TRIGGER IF NOT EXISTS events_append_only BEFORE UPDATE, DELETE ON events
    FOR EACH STATEMENT CALL 'io.mopstudio.audit.AppendOnlyTrigger';
