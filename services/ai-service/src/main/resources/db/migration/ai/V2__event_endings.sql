-- EventEnded and EventPublished travel on different topics, so an ending can arrive before the
-- publication it ends. It is kept here and applied when the publication is recorded.
CREATE TABLE event_endings (
    event_id UUID      PRIMARY KEY,
    ended_at TIMESTAMP NOT NULL
);
