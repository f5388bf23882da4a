-- Inbox of idempotent consumers: one row per (consumer, CloudEvents id) processed; see Inbox.
CREATE TABLE IF NOT EXISTS processed_messages
(
  consumer     VARCHAR(100) NOT NULL,
  message_id   UUID         NOT NULL,
  topic        VARCHAR(200) NOT NULL,
  processed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (consumer, message_id)
);
CREATE INDEX IF NOT EXISTS processed_messages_processed_at_idx ON processed_messages (processed_at);
