-- Context depth and concurrency are part of a case: the same prompt at 4,096 tokens of depth, or sent four at
-- once, is another case. Existing cases are depth 0, one request at a time.
ALTER TABLE bench_case
    ADD COLUMN depth       int NOT NULL DEFAULT 0,
    ADD COLUMN concurrency int NOT NULL DEFAULT 1;
ALTER TABLE bench_case DROP CONSTRAINT bench_case_identity;
ALTER TABLE bench_case ADD CONSTRAINT bench_case_identity
    UNIQUE NULLS NOT DISTINCT (scenario_id, variant, prompt, thinking, depth, concurrency, launch_key);

-- Per request: its place among requests sent together, the client's wall time, content tokens (reasoning ones are
-- stored already) and the aggregate throughput of its batch. Nullable columns: adding them rewrites nothing.
ALTER TABLE sample
    ADD COLUMN lane           int,
    ADD COLUMN wall_ms        double precision,
    ADD COLUMN content_tokens int,
    ADD COLUMN batch_tps      double precision;
