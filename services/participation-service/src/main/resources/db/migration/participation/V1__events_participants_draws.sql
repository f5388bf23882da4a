-- The marketing events this service knows, projected from EventPublished / EventEnded. Either message may
-- arrive first (independent topics): a row can exist with only its ending known (published = false).
CREATE TABLE events (
    event_id                   UUID PRIMARY KEY,
    user_id                    UUID,
    store_id                   UUID,
    store_name                 VARCHAR(100),
    event_name                 VARCHAR(200),
    description                TEXT,
    prize                      TEXT,
    start_date                 DATE,
    end_date                   DATE,
    image_url                  VARCHAR(500),
    status                     VARCHAR(20) NOT NULL CHECK (status IN ('PUBLISHED', 'ENDED')),
    published                  BOOLEAN     NOT NULL DEFAULT false,
    -- the draw master seed, encrypted (it must stay secret until a draw reveals it); its SHA-256 is public
    master_seed_cipher         VARCHAR(200),
    seed_commitment            CHAR(64),
    ended_at                   TIMESTAMP,
    updated_at                 TIMESTAMP   NOT NULL
);
CREATE INDEX idx_events_store_id ON events (store_id);
CREATE INDEX idx_events_ended_at ON events (ended_at) WHERE ended_at IS NOT NULL;

-- One row per entry. Personal data only encrypted (name, phone, email) plus the phone's blind index for
-- uniqueness; masked forms for lists and search. Retention nulls the personal columns (destroyed_at).
CREATE TABLE participants (
    participant_id             UUID PRIMARY KEY,
    event_id                   UUID        NOT NULL REFERENCES events (event_id),
    store_id                   UUID        NOT NULL,
    entry_number               BIGINT      NOT NULL,
    channel                    VARCHAR(20) NOT NULL,
    name_cipher                VARCHAR(300),
    name_masked                VARCHAR(60),
    phone_cipher               VARCHAR(200),
    phone_index                CHAR(64),
    phone_masked               VARCHAR(20),
    email_cipher               VARCHAR(600),
    submission_key             VARCHAR(64),
    privacy_consent_version    VARCHAR(20) NOT NULL,
    privacy_consented_at       TIMESTAMP   NOT NULL,
    marketing_consent          BOOLEAN     NOT NULL,
    marketing_consent_version  VARCHAR(20),
    store_visited              BOOLEAN     NOT NULL DEFAULT false,
    store_visited_at           TIMESTAMP,
    prize_delivered_at         TIMESTAMP,
    personal_data_destroyed_at TIMESTAMP,
    created_at                 TIMESTAMP   NOT NULL,
    CONSTRAINT uq_participants_event_phone UNIQUE (event_id, phone_index),
    CONSTRAINT uq_participants_event_entry UNIQUE (event_id, entry_number)
);
CREATE INDEX idx_participants_event_channel ON participants (event_id, channel);

-- Marketing consent per store x person: separate from entries, versioned, timestamped, ended by opt-out.
-- Not touched by event retention.
CREATE TABLE marketing_consents (
    consent_id                 UUID PRIMARY KEY,
    store_id                   UUID        NOT NULL,
    phone_index                CHAR(64)    NOT NULL,
    granted                    BOOLEAN     NOT NULL,
    wording_version            VARCHAR(20),
    phone_cipher               VARCHAR(200),
    email_cipher               VARCHAR(600),
    source_event_id            UUID,
    granted_at                 TIMESTAMP,
    withdrawn_at               TIMESTAMP,
    updated_at                 TIMESTAMP   NOT NULL,
    CONSTRAINT uq_marketing_consents_store_phone UNIQUE (store_id, phone_index)
);

-- Every draw is kept: redraws add rows, never replace them. The eligible entry list is frozen with the draw
-- (gzip of the published "entryNumber,weight" lines) so it can be published and recomputed later.
CREATE TABLE draws (
    draw_id                    UUID PRIMARY KEY,
    event_id                   UUID        NOT NULL REFERENCES events (event_id),
    draw_number                INT         NOT NULL,
    winner_count               INT         NOT NULL,
    store_visit_weight         INT         NOT NULL,
    exclude_previous_winners   BOOLEAN     NOT NULL,
    entry_count                INT         NOT NULL,
    entry_list_hash            CHAR(64)    NOT NULL,
    entry_list_gzip            BYTEA       NOT NULL,
    draw_seed                  CHAR(64)    NOT NULL,
    drawn_by                   UUID        NOT NULL,
    drawn_at                   TIMESTAMP   NOT NULL,
    CONSTRAINT uq_draws_event_number UNIQUE (event_id, draw_number)
);

CREATE TABLE draw_winners (
    draw_id                    UUID        NOT NULL REFERENCES draws (draw_id),
    participant_id             UUID        NOT NULL REFERENCES participants (participant_id),
    winner_rank                INT         NOT NULL,
    entry_number               BIGINT      NOT NULL,
    PRIMARY KEY (draw_id, participant_id)
);
CREATE INDEX idx_draw_winners_participant ON draw_winners (participant_id);

-- Who saw a winner's full phone number, when, and why.
CREATE TABLE phone_reveals (
    reveal_id                  UUID PRIMARY KEY,
    event_id                   UUID        NOT NULL,
    participant_id             UUID        NOT NULL,
    revealed_by                UUID        NOT NULL,
    reason                     VARCHAR(200) NOT NULL,
    client_ip                  VARCHAR(64),
    revealed_at                TIMESTAMP   NOT NULL
);
CREATE INDEX idx_phone_reveals_event ON phone_reveals (event_id);
