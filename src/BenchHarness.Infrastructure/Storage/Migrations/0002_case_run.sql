-- Nightly scale: `bench history` reads one row per run and case instead of every sample.
-- case_run holds each case's measured-sample count and medians per run, written by the store in the same
-- transaction as the samples (and deleted with the run). The partial covering index on sample that history
-- used before goes: it was the dearest part of every COPY (about a third of the server's insert time).

CREATE TABLE case_run (
    run_id            bigint           NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    case_id           bigint           NOT NULL REFERENCES bench_case (id),
    variant_launch_id bigint           NOT NULL REFERENCES variant_launch (id) ON DELETE CASCADE,
    measured          int              NOT NULL,
    tg_median         double precision NOT NULL,
    pp_median         double precision NOT NULL,
    PRIMARY KEY (run_id, case_id)
);
-- History of one case, or of every case: by case, then run.
CREATE INDEX case_run_by_case ON case_run (case_id, run_id) INCLUDE (tg_median, measured);

-- Runs stored before this migration: the same medians from their samples.
INSERT INTO case_run (run_id, case_id, variant_launch_id, measured, tg_median, pp_median)
SELECT s.run_id, s.case_id, min(s.variant_launch_id), count(*)::int,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.tg),
       percentile_cont(0.5) WITHIN GROUP (ORDER BY s.pp)
FROM sample s
WHERE NOT s.warmup AND s.error IS NULL
GROUP BY s.run_id, s.case_id;

DROP INDEX sample_measured_by_case;

-- Samples are appended a run at a time, so a run's rows lie together: a block-range index finds them as well as
-- the b-tree did, at a fraction of the insert cost (autosummarize keeps new ranges summarised).
DROP INDEX sample_by_run;
CREATE INDEX sample_by_run ON sample USING brin (run_id) WITH (pages_per_range = 16, autosummarize = on);
