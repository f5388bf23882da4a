-- The events this service distributes: what every channel's content is made from.
CREATE TABLE published_events (
    event_id          UUID PRIMARY KEY,
    user_id           UUID         NOT NULL,
    store_id          UUID         NOT NULL,
    store_name        VARCHAR(100) NOT NULL,
    industry          VARCHAR(50),
    region            VARCHAR(50),
    district          VARCHAR(50),
    event_name        VARCHAR(200) NOT NULL,
    description       TEXT,
    prize             VARCHAR(500),
    image_url         VARCHAR(500),
    start_date        DATE,
    end_date          DATE,
    published_at      TIMESTAMP    NOT NULL,
    -- the fan-out round: reset by a manual retry, set when every channel is final again
    completed_at      TIMESTAMP,
    created_at        TIMESTAMP    NOT NULL
);
CREATE INDEX idx_published_events_store ON published_events (store_id);

-- One row per event x channel (ARCHITECTURE §2 "distributions").
CREATE TABLE distributions (
    event_id          UUID         NOT NULL REFERENCES published_events (event_id),
    channel           VARCHAR(30)  NOT NULL,
    status            VARCHAR(20)  NOT NULL DEFAULT 'PENDING',
    attempts          INT          NOT NULL DEFAULT 0,
    external_id       VARCHAR(200),
    external_url      VARCHAR(500),
    last_error        VARCHAR(1000),
    -- when a PENDING row may be sent: now, or 08:00 Asia/Seoul after quiet hours
    scheduled_at      TIMESTAMP    NOT NULL,
    -- an IN_PROGRESS row whose lease ran out was abandoned (process stopped mid-send) and is taken again
    lease_until       TIMESTAMP,
    idempotency_key   VARCHAR(100) NOT NULL,
    content_summary   TEXT,
    estimated_reach   BIGINT       NOT NULL DEFAULT 0,
    recipients        BIGINT       NOT NULL DEFAULT 0,
    cost              BIGINT       NOT NULL DEFAULT 0,
    first_attempt_at  TIMESTAMP,
    finished_at       TIMESTAMP,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    PRIMARY KEY (event_id, channel),
    CONSTRAINT ck_distributions_status CHECK (status IN ('PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILED')),
    CONSTRAINT ck_distributions_channel CHECK (channel IN ('URIDONGNE_TV', 'RINGO_BIZ', 'GENIE_TV', 'INSTAGRAM',
                                                           'NAVER_BLOG', 'KAKAO_CHANNEL', 'SMS', 'EMAIL'))
);
CREATE INDEX idx_distributions_due ON distributions (status, scheduled_at);

-- Per recipient of SMS/EMAIL: who already got the message, so a retry never sends twice.
CREATE TABLE recipient_sends (
    event_id          UUID         NOT NULL,
    channel           VARCHAR(30)  NOT NULL,
    recipient         VARCHAR(100) NOT NULL,
    sent_at           TIMESTAMP    NOT NULL,
    PRIMARY KEY (event_id, channel, recipient)
);

-- The store's marketing audience from the participation service (MarketingConsentChanged).
-- Contact data stays encrypted as it arrived; a withdrawal clears it and keeps only the blind index.
CREATE TABLE audience (
    consent_id        UUID PRIMARY KEY,
    store_id          UUID         NOT NULL,
    granted           BOOLEAN      NOT NULL,
    phone_index       VARCHAR(128) NOT NULL,
    phone_cipher      TEXT,
    email_cipher      TEXT,
    wording_version   VARCHAR(50),
    changed_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL
);
CREATE INDEX idx_audience_store ON audience (store_id, granted);
CREATE INDEX idx_audience_phone ON audience (store_id, phone_index);

-- Winner notifications (WinnersDrawn): one SMS per winner of a draw; not advertising.
CREATE TABLE winner_notifications (
    draw_id           UUID         NOT NULL,
    participant_id    UUID         NOT NULL,
    event_id          UUID         NOT NULL,
    store_id          UUID         NOT NULL,
    rank              INT          NOT NULL,
    phone_cipher      TEXT,
    text              TEXT         NOT NULL,
    status            VARCHAR(20)  NOT NULL DEFAULT 'PENDING',
    attempts          INT          NOT NULL DEFAULT 0,
    external_id       VARCHAR(200),
    last_error        VARCHAR(1000),
    scheduled_at      TIMESTAMP    NOT NULL,
    lease_until       TIMESTAMP,
    created_at        TIMESTAMP    NOT NULL,
    updated_at        TIMESTAMP    NOT NULL,
    PRIMARY KEY (draw_id, participant_id),
    CONSTRAINT ck_winner_notifications_status CHECK (status IN ('PENDING', 'IN_PROGRESS', 'SUCCESS', 'FAILED'))
);
CREATE INDEX idx_winner_notifications_due ON winner_notifications (status, scheduled_at);

-- The channel simulator's record of what each simulated provider received (contacts masked).
CREATE TABLE simulated_deliveries (
    delivery_id       BIGSERIAL PRIMARY KEY,
    channel           VARCHAR(30)  NOT NULL,
    idempotency_key   VARCHAR(200) NOT NULL,
    event_id          UUID,
    operation         VARCHAR(100) NOT NULL,
    request           TEXT         NOT NULL,
    external_id       VARCHAR(200) NOT NULL,
    external_url      VARCHAR(500),
    received_at       TIMESTAMP    NOT NULL,
    CONSTRAINT uq_simulated_deliveries_key UNIQUE (channel, operation, idempotency_key)
);
CREATE INDEX idx_simulated_deliveries_event ON simulated_deliveries (event_id);
