-- Imported llama-bench csv and sql rows keep only the average of their repetitions: one stored sample stands for
-- them all, and says so. Every sample measured by the harness, or imported with its raw repetitions, is false.
ALTER TABLE sample ADD COLUMN aggregate_only boolean NOT NULL DEFAULT false;
