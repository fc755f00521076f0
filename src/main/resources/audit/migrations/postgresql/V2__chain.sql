-- The hash chain, as in the H2 script of the same version: prev_hash and hash on every event row,
-- and the runs recorded before the chain existed.

ALTER TABLE events ADD COLUMN IF NOT EXISTS prev_hash VARCHAR(64);
ALTER TABLE events ADD COLUMN IF NOT EXISTS hash VARCHAR(64);

CREATE TABLE IF NOT EXISTS runs_before_chain (
    run_id VARCHAR(200) PRIMARY KEY
);

INSERT INTO runs_before_chain (run_id)
    SELECT run_id FROM runs WHERE run_id NOT IN (SELECT run_id FROM runs_before_chain);

GRANT SELECT ON TABLE runs_before_chain TO audit_writer;

DROP TRIGGER IF EXISTS runs_before_chain_append_only ON runs_before_chain;
CREATE TRIGGER runs_before_chain_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON runs_before_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
