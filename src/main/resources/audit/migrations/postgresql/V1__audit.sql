-- The audit on PostgreSQL: the same tables, rights and append-only guard as the H2 script of the
-- same version. Run by the schema owner (the admin login), in one transaction with its
-- schema_version row. Statements end with ';' at the end of a line; function bodies sit between $$.

CREATE TABLE IF NOT EXISTS runs (
    run_id           VARCHAR(200) PRIMARY KEY,
    mop_id           VARCHAR(200) NOT NULL,
    mop_name         VARCHAR(1000),
    mop_version      VARCHAR(200),
    mop_sha256       VARCHAR(64) NOT NULL,
    mop_text         TEXT NOT NULL,
    mop_file         VARCHAR(4000),
    environment      VARCHAR(200),
    demo_environment BOOLEAN NOT NULL,
    incident         TEXT NOT NULL,
    operator         VARCHAR(200),
    started_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX IF NOT EXISTS runs_started_at ON runs (started_at);

CREATE TABLE IF NOT EXISTS events (
    run_id VARCHAR(200) NOT NULL REFERENCES runs (run_id),
    seq    BIGINT NOT NULL CHECK (seq >= 1),
    kind   VARCHAR(50) NOT NULL,
    time   TIMESTAMP WITH TIME ZONE NOT NULL,
    json   TEXT NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE INDEX IF NOT EXISTS events_kind ON events (kind);

-- Roles are shared by every database of the server, so another audit database may have made it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'audit_writer') THEN
        CREATE ROLE audit_writer NOLOGIN;
    END IF;
END
$$;

-- First guard: the application user gets its rights only through this role.
GRANT SELECT, INSERT ON TABLE runs, events TO audit_writer;
GRANT SELECT ON TABLE schema_version TO audit_writer;

-- Second guard, for every user including the owner. Unlike H2, PostgreSQL fires triggers on
-- TRUNCATE too.
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'The audit is append-only: rows of % cannot be updated or deleted.', TG_TABLE_NAME
        USING ERRCODE = '42501';
END
$$;

DROP TRIGGER IF EXISTS runs_append_only ON runs;
CREATE TRIGGER runs_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON runs
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
DROP TRIGGER IF EXISTS events_append_only ON events;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON events
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
