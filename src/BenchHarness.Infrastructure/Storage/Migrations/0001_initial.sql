-- The first schema: every run, its variants' launches and every raw sample.
-- Identity keys are internal; run.run_id is the id users see (results/<run-id>/).

CREATE TABLE machine (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    fingerprint text   NOT NULL UNIQUE,
    cpu_model   text   NOT NULL,
    cores       int    NOT NULL,
    memory_mib  bigint NOT NULL,
    gpus        text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE server_build (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    build_info   text,
    build_number int,
    commit       text,
    image_digest text,
    CONSTRAINT server_build_identity UNIQUE NULLS NOT DISTINCT (build_info, commit, image_digest)
);
CREATE INDEX server_build_commit ON server_build (commit text_pattern_ops);

CREATE TABLE scenario (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL,
    content_hash text NOT NULL,
    CONSTRAINT scenario_identity UNIQUE (name, content_hash)
);

CREATE TABLE run (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id          text        NOT NULL UNIQUE,
    label           text,
    reason          text        NOT NULL,
    started_at      timestamptz NOT NULL,
    finished_at     timestamptz,
    harness_version text        NOT NULL,
    status          text        NOT NULL,
    excluded        boolean     NOT NULL DEFAULT false,
    excluded_reason text,
    hostname        text        NOT NULL,
    machine_id      bigint      NOT NULL REFERENCES machine (id),
    scenario_id     bigint      NOT NULL REFERENCES scenario (id),
    -- SHA-256 of the run.json content last stored: an identical import is skipped, a changed one replaces.
    content_hash    text        NOT NULL,
    stored_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX run_label ON run (label, started_at DESC);
CREATE INDEX run_scenario_started ON run (scenario_id, started_at DESC);
CREATE INDEX run_started ON run (started_at DESC);

CREATE TABLE variant_launch (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id          bigint NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    variant         text   NOT NULL,
    status          text   NOT NULL,
    launch          jsonb  NOT NULL,
    startup         jsonb,
    load_ms         double precision,
    failure         text,
    server_build_id bigint REFERENCES server_build (id),
    CONSTRAINT variant_launch_identity UNIQUE (run_id, variant)
);
CREATE INDEX variant_launch_build ON variant_launch (server_build_id);

CREATE TABLE bench_case (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    scenario_id bigint  NOT NULL REFERENCES scenario (id),
    variant     text    NOT NULL,
    prompt      text    NOT NULL,
    thinking    boolean,
    -- Hash of the server arguments: two cases with the same key measured the same server configuration.
    launch_key  text    NOT NULL,
    CONSTRAINT bench_case_identity UNIQUE NULLS NOT DISTINCT (scenario_id, variant, prompt, thinking, launch_key)
);

-- The fact table (tens of millions of rows). No foreign keys: their per-row checks halve the COPY rate, and
-- only RunStore writes samples, in the same transaction as the run, launch and case rows they point to
-- (and deletes them with their run).
CREATE TABLE sample (
    run_id            bigint           NOT NULL,
    case_id           bigint           NOT NULL,
    variant_launch_id bigint           NOT NULL,
    repeat_index      int              NOT NULL,
    warmup            boolean          NOT NULL,
    prompt_tokens     int              NOT NULL,
    generated_tokens  int              NOT NULL,
    reasoning_tokens  int,
    cached_tokens     int,
    prompt_ms         double precision NOT NULL,
    generation_ms     double precision NOT NULL,
    ttft_ms           double precision,
    tg                double precision NOT NULL,
    pp                double precision NOT NULL,
    tg_formula        text,
    error             text,
    at                timestamptz      NOT NULL
);
-- A comparison resolves its runs first, then reads their samples: by run.
CREATE INDEX sample_by_run ON sample (run_id, case_id);
-- History reads one case across all runs; only measured samples matter there.
CREATE INDEX sample_measured_by_case ON sample (case_id, run_id) INCLUDE (tg, pp)
    WHERE NOT warmup AND error IS NULL;
