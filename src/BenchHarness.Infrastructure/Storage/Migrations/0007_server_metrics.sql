-- A --metrics server's counters read between cases (the snapshots) and their check against the log's figures for the
-- same requests, and whether they disagree beyond rounding. Null where the server ran without --metrics.
ALTER TABLE variant_launch
    ADD COLUMN server_metrics   jsonb,
    ADD COLUMN metrics_disagree boolean;
