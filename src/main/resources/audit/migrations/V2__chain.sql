-- The hash chain: each event row carries the hash of the previous event of its run and of its own
-- content (see ChainHash). Rows written before this script have neither; the runs they belong to
-- are listed once, here, in runs_before_chain, so that `audit verify` can tell "written before V2"
-- from "hash removed". Re-runnable, like V1.

ALTER TABLE events ADD COLUMN IF NOT EXISTS prev_hash VARCHAR(64);
ALTER TABLE events ADD COLUMN IF NOT EXISTS hash VARCHAR(64);

CREATE TABLE IF NOT EXISTS runs_before_chain (
    run_id VARCHAR(200) PRIMARY KEY
);

INSERT INTO runs_before_chain (run_id)
    SELECT run_id FROM runs WHERE run_id NOT IN (SELECT run_id FROM runs_before_chain);

GRANT SELECT ON TABLE runs_before_chain TO AUDIT_WRITER;

CREATE TRIGGER IF NOT EXISTS runs_before_chain_append_only BEFORE UPDATE, DELETE ON runs_before_chain
    FOR EACH STATEMENT CALL 'io.mopstudio.audit.AppendOnlyTrigger';
