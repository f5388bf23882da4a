-- The event service's data, exactly the design's ERD (ARCHITECTURE §3), with extra columns beside it where the
-- features need them. Timestamps are UTC (TIMESTAMP without time zone, as the ERD says).

-- Stores as the user service announced them (UserRegistered, StoreUpdated): the snapshot that AI, image and
-- publish messages carry. source_time orders the announcements, so an older one arriving late changes nothing.
CREATE TABLE stores
(
  store_id      UUID         PRIMARY KEY,
  user_id       UUID         NOT NULL,
  store_name    VARCHAR(100) NOT NULL,
  industry      VARCHAR(30)  NOT NULL,
  address       VARCHAR(200) NOT NULL,
  region        VARCHAR(20)  NOT NULL,
  district      VARCHAR(30),
  average_spend BIGINT       NOT NULL,
  source_time   TIMESTAMP    NOT NULL,
  updated_at    TIMESTAMP    NOT NULL
);

CREATE TABLE events
(
  event_id                 UUID         PRIMARY KEY,
  user_id                  UUID         NOT NULL,
  store_id                 UUID         NOT NULL,
  event_name               VARCHAR(200),
  description              TEXT,
  objective                VARCHAR(100) NOT NULL,
  start_date               DATE,
  end_date                 DATE,
  status                   VARCHAR(20)  NOT NULL DEFAULT 'DRAFT',
  selected_image_id        UUID,
  selected_image_url       VARCHAR(500),
  channels                 TEXT,
  created_at               TIMESTAMP    NOT NULL,
  updated_at               TIMESTAMP    NOT NULL,
  -- beside the ERD: the plan the owner chose (its prize, figures and reasoning travel with EventPublished)
  selected_recommendation_id UUID,
  published_at             TIMESTAMP,
  ended_at                 TIMESTAMP,
  end_reason               VARCHAR(20),
  CONSTRAINT ck_events_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'ENDED')),
  CONSTRAINT ck_events_period CHECK (start_date <= end_date),
  CONSTRAINT ck_events_objective CHECK (objective IN ('NEW_CUSTOMERS', 'REVISIT', 'SALES', 'AWARENESS'))
);
CREATE INDEX idx_events_user_id ON events (user_id);
CREATE INDEX idx_events_store_id ON events (store_id);
CREATE INDEX idx_events_status ON events (status);
CREATE INDEX idx_events_user_status ON events (user_id, status);
-- beside the ERD: the owner's list, newest first, with and without a status filter
CREATE INDEX idx_events_store_created ON events (store_id, created_at DESC, event_id DESC);
CREATE INDEX idx_events_store_status_created ON events (store_id, status, created_at DESC, event_id DESC);
-- beside the ERD: the auto-end sweep looks at published events only
CREATE INDEX idx_events_published_end_date ON events (end_date) WHERE status = 'PUBLISHED';

CREATE TABLE ai_recommendations
(
  recommendation_id     UUID         PRIMARY KEY,
  event_id              UUID         NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
  event_name            VARCHAR(200) NOT NULL,
  description           TEXT         NOT NULL,
  promotion_type        VARCHAR(50)  NOT NULL,
  target_audience       VARCHAR(100) NOT NULL,
  is_selected           BOOLEAN      NOT NULL DEFAULT false,
  created_at            TIMESTAMP    NOT NULL,
  updated_at            TIMESTAMP    NOT NULL,
  -- beside the ERD: what a plan carries (contracts EventPlan) and where it came from
  job_id                UUID         NOT NULL,
  budget_level          VARCHAR(10)  NOT NULL,
  prize                 VARCHAR(200),
  prize_cost            BIGINT       NOT NULL DEFAULT 0,
  participation_method  TEXT,
  start_date            DATE,
  end_date              DATE,
  recommended_channels  TEXT         NOT NULL DEFAULT '[]',
  expected_participants BIGINT       NOT NULL DEFAULT 0,
  expected_cost         BIGINT       NOT NULL DEFAULT 0,
  expected_revenue      BIGINT       NOT NULL DEFAULT 0,
  expected_roi          DOUBLE PRECISION NOT NULL DEFAULT 0,
  reasoning             TEXT,
  source                VARCHAR(50)  NOT NULL,
  CONSTRAINT ck_recommendations_budget_level CHECK (budget_level IN ('LOW', 'MEDIUM', 'HIGH')),
  CONSTRAINT ck_recommendations_period CHECK (start_date <= end_date)
);
CREATE INDEX idx_recommendations_event_id ON ai_recommendations (event_id);
CREATE INDEX idx_recommendations_selected ON ai_recommendations (event_id, is_selected);
-- at most one selected plan per event
CREATE UNIQUE INDEX ux_recommendations_one_selected ON ai_recommendations (event_id) WHERE is_selected;
-- one plan per budget level, hence at most 3 per event
CREATE UNIQUE INDEX ux_recommendations_event_budget_level ON ai_recommendations (event_id, budget_level);

ALTER TABLE events
  ADD CONSTRAINT fk_events_selected_recommendation FOREIGN KEY (selected_recommendation_id)
    REFERENCES ai_recommendations (recommendation_id) ON DELETE SET NULL;

CREATE TABLE generated_images
(
  image_id    UUID         PRIMARY KEY,
  event_id    UUID         NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
  image_url   VARCHAR(500) NOT NULL,
  style       VARCHAR(50)  NOT NULL,
  platform    VARCHAR(50)  NOT NULL,
  is_selected BOOLEAN      NOT NULL DEFAULT false,
  created_at  TIMESTAMP    NOT NULL,
  updated_at  TIMESTAMP    NOT NULL,
  -- beside the ERD: the job that rendered it (an image generation or an edit at the content service)
  job_id      UUID
);
CREATE INDEX idx_images_event_id ON generated_images (event_id);
CREATE INDEX idx_images_selected ON generated_images (event_id, is_selected);
-- at most one selected image per event
CREATE UNIQUE INDEX ux_images_one_selected ON generated_images (event_id) WHERE is_selected;

-- No foreign key to events: the job history outlives the event.
CREATE TABLE jobs
(
  job_id         UUID         PRIMARY KEY,
  event_id       UUID         NOT NULL,
  job_type       VARCHAR(50)  NOT NULL,
  status         VARCHAR(20)  NOT NULL DEFAULT 'PENDING',
  progress       INT          NOT NULL DEFAULT 0,
  result_key     VARCHAR(200),
  error_message  TEXT,
  completed_at   TIMESTAMP,
  created_at     TIMESTAMP    NOT NULL,
  updated_at     TIMESTAMP    NOT NULL,
  -- beside the ERD: owner scoping after the event is gone, ordering of progress reports, the latest
  -- progress message, what was asked (to retry it) and which failed job this one retries
  store_id       UUID         NOT NULL,
  last_step      INT          NOT NULL DEFAULT 0,
  message        VARCHAR(500),
  request        TEXT,
  retry_of       UUID,
  CONSTRAINT ck_jobs_type CHECK (job_type IN ('AI_RECOMMENDATION', 'IMAGE_GENERATION')),
  CONSTRAINT ck_jobs_status CHECK (status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
  CONSTRAINT ck_jobs_progress CHECK (progress BETWEEN 0 AND 100)
);
CREATE INDEX idx_jobs_event_id ON jobs (event_id);
CREATE INDEX idx_jobs_type_status ON jobs (job_type, status);
CREATE INDEX idx_jobs_status ON jobs (status);
-- beside the ERD: the timeout sweep looks at unfinished jobs by age; a failed job is retried once
CREATE INDEX idx_jobs_unfinished_updated ON jobs (updated_at) WHERE status IN ('PENDING', 'PROCESSING');
CREATE UNIQUE INDEX ux_jobs_retry_of ON jobs (retry_of) WHERE retry_of IS NOT NULL;
