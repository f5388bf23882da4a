-- One row per AI recommendation job (jobId from the event service). The request is kept so the job
-- can run (and rerun after a crash) from the database alone; step counts the JobProgressed reports.
CREATE TABLE recommendation_jobs (
    job_id        UUID         PRIMARY KEY,
    event_id      UUID         NOT NULL,
    user_id       UUID,
    store_id      UUID,
    objective     VARCHAR(30),
    request       JSONB        NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    step          INT          NOT NULL DEFAULT 0,
    progress      INT          NOT NULL DEFAULT 0,
    source        VARCHAR(30),
    plans         JSONB,
    note          TEXT,
    error_message TEXT,
    created_at    TIMESTAMP    NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    completed_at  TIMESTAMP,
    CONSTRAINT ck_recommendation_jobs_status CHECK (status IN ('PROCESSING', 'COMPLETED', 'FAILED')),
    CONSTRAINT ck_recommendation_jobs_progress CHECK (progress BETWEEN 0 AND 100)
);

CREATE INDEX idx_recommendation_jobs_event_id ON recommendation_jobs (event_id);
CREATE INDEX idx_recommendation_jobs_status ON recommendation_jobs (status, updated_at);

-- The platform's own results, to learn from: what was planned (EventPublished), when it ended
-- (EventEnded) and how it actually did (participants and cost, from analytics once it reports them).
CREATE TABLE event_outcomes (
    event_id             UUID         PRIMARY KEY,
    store_id             UUID         NOT NULL,
    industry             VARCHAR(30)  NOT NULL,
    region               VARCHAR(20),
    objective            VARCHAR(30),
    promotion_type       VARCHAR(30),
    budget_level         VARCHAR(10),
    planned_participants BIGINT,
    planned_cost         BIGINT,
    start_date           DATE,
    end_date             DATE,
    published_at         TIMESTAMP    NOT NULL,
    ended_at             TIMESTAMP,
    actual_participants  BIGINT,
    actual_cost          BIGINT,
    results_at           TIMESTAMP,
    CONSTRAINT ck_event_outcomes_actuals CHECK (
        (actual_participants IS NULL OR actual_participants >= 0) AND (actual_cost IS NULL OR actual_cost >= 0))
);

CREATE INDEX idx_event_outcomes_segment ON event_outcomes (industry, promotion_type, region);
