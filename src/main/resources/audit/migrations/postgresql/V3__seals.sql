-- Seals, as in the H2 script of the same version: the seq and hash of every event that can end a
-- run's chain, so that `audit verify` sees a run cut short; run_finished's carries the final state.

CREATE TABLE IF NOT EXISTS seals (
    run_id      VARCHAR(200) NOT NULL REFERENCES runs (run_id),
    seq         BIGINT NOT NULL,
    hash        VARCHAR(64),
    final_state VARCHAR(50),
    sealed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, seq)
);

INSERT INTO seals (run_id, seq, hash, final_state, sealed_at)
    SELECT e.run_id, e.seq, e.hash,
           CASE WHEN e.kind = 'run_finished' THEN substring(e.json from '"finalState":"([A-Z_]+)"') END,
           e.time
    FROM events e
    WHERE e.kind IN ('run_finished', 'run_reviewed')
      AND NOT EXISTS (SELECT 1 FROM seals s WHERE s.run_id = e.run_id AND s.seq = e.seq);

CREATE INDEX IF NOT EXISTS runs_mop_started ON runs (mop_id, started_at);
CREATE INDEX IF NOT EXISTS runs_newest ON runs (started_at, run_id);
CREATE INDEX IF NOT EXISTS seals_final_state ON seals (final_state);

GRANT SELECT, INSERT ON TABLE seals TO audit_writer;

DROP TRIGGER IF EXISTS seals_append_only ON seals;
CREATE TRIGGER seals_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON seals
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
