-- Read models of the analytics service, built from the other services' messages (see docs/analytics-service.md).
-- Every figure the dashboard shows is a pre-aggregated counter: no request counts rows.

-- The store's average spend per customer, the latest known (by message time) from EventPublished or StoreUpdated.
CREATE TABLE stores
(
  store_id      UUID                     NOT NULL PRIMARY KEY,
  user_id       UUID,
  average_spend BIGINT                   NOT NULL,
  as_of         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- One row per marketing event: what was published (owner, plan) and the counters.
CREATE TABLE event_stats
(
  event_id                   UUID        NOT NULL PRIMARY KEY,
  store_id                   UUID        NOT NULL,
  user_id                    UUID,
  event_name                 VARCHAR(200),
  objective                  VARCHAR(50),
  start_date                 DATE,
  end_date                   DATE,
  channels                   TEXT,
  average_spend              BIGINT,
  published_at               TIMESTAMP WITH TIME ZONE,
  has_plan                   BOOLEAN     NOT NULL DEFAULT false,
  plan_promotion_type        VARCHAR(50),
  plan_expected_participants BIGINT,
  plan_expected_cost         BIGINT,
  plan_expected_revenue      BIGINT,
  plan_expected_roi          DOUBLE PRECISION,
  plan_prize_cost            BIGINT,
  ended_at                   TIMESTAMP WITH TIME ZONE,
  end_reason                 VARCHAR(20),
  views                      BIGINT      NOT NULL DEFAULT 0,
  participants               BIGINT      NOT NULL DEFAULT 0,
  store_visits               BIGINT      NOT NULL DEFAULT 0,
  marketing_consents         BIGINT      NOT NULL DEFAULT 0,
  winners                    BIGINT      NOT NULL DEFAULT 0,
  draws                      INT         NOT NULL DEFAULT 0,
  distribution_completed_at  TIMESTAMP WITH TIME ZONE,
  -- bumped by every change of the figures; the results publication compares it with results_version
  version                    BIGINT      NOT NULL DEFAULT 0,
  results_version            BIGINT,
  results_fingerprint        VARCHAR(200),
  results_sent_at            TIMESTAMP WITH TIME ZONE
);
CREATE INDEX event_stats_store_idx ON event_stats (store_id);
CREATE INDEX event_stats_ended_idx ON event_stats (ended_at) WHERE ended_at IS NOT NULL;

-- Per event x channel (an EntryChannel name: the distribution channels plus STORE and DIRECT):
-- entries and views counted here, reach and cost from the latest ChannelDistributed.
CREATE TABLE channel_stats
(
  event_id            UUID        NOT NULL,
  channel             VARCHAR(20) NOT NULL,
  views               BIGINT      NOT NULL DEFAULT 0,
  participants        BIGINT      NOT NULL DEFAULT 0,
  store_visits        BIGINT      NOT NULL DEFAULT 0,
  distribution_status VARCHAR(20),
  reach               BIGINT,
  recipients          BIGINT,
  cost                BIGINT,
  attempts            INT,
  external_url        VARCHAR(500),
  distribution_as_of  TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (event_id, channel)
);

-- Views and entries per hour (an hour of Asia/Seoul starts on a whole UTC hour); days are summed from them.
CREATE TABLE timeline_buckets
(
  event_id     UUID                     NOT NULL,
  bucket_start TIMESTAMP WITH TIME ZONE NOT NULL,
  views        BIGINT                   NOT NULL DEFAULT 0,
  participants BIGINT                   NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, bucket_start)
);

-- One row per participant: counts each person once whatever the number of messages, and keeps a
-- store visit that arrives before the entry it belongs to. No personal data.
CREATE TABLE participants
(
  event_id          UUID    NOT NULL,
  participant_id    UUID    NOT NULL,
  channel           VARCHAR(20),
  registered        BOOLEAN NOT NULL DEFAULT false,
  registered_at     TIMESTAMP WITH TIME ZONE,
  marketing_consent BOOLEAN NOT NULL DEFAULT false,
  visited           BOOLEAN NOT NULL DEFAULT false,
  visit_as_of       TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (event_id, participant_id)
);

-- Everyone drawn as a winner of an event, once, whatever the number of draws.
CREATE TABLE winners
(
  event_id       UUID NOT NULL,
  participant_id UUID NOT NULL,
  draw_number    INT  NOT NULL,
  PRIMARY KEY (event_id, participant_id)
);
