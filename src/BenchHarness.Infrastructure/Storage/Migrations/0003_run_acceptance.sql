-- A run can be marked accepted (a known-good baseline for nightly comparisons) besides excluded.
-- Both marks are set and cleared by `bench runs`, and survive a replacement of the run's content.

ALTER TABLE run
    ADD COLUMN accepted        boolean NOT NULL DEFAULT false,
    ADD COLUMN accepted_reason text,
    ADD COLUMN marked_at       timestamptz;

-- The `accepted` selector: the newest accepted run (of a scenario).
CREATE INDEX run_accepted ON run (scenario_id, started_at DESC) WHERE accepted AND NOT excluded;
