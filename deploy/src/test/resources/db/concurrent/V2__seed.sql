-- not idempotent: a second run would fail on the primary key
INSERT INTO participants (id, name) VALUES (1, 'first');
