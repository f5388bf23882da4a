-- EventEnded, EventPublished and EventResultsMeasured travel on different topics, so an ending or
-- the measured results can arrive before the publication they belong to (a replay, a slow
-- consumer). They wait here and are applied when the publication is recorded.
CREATE TABLE early_outcomes (
    event_id            UUID      PRIMARY KEY,
    ended_at            TIMESTAMP,
    actual_participants BIGINT,
    actual_cost         BIGINT,
    results_at          TIMESTAMP
);
