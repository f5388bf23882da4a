-- long enough that replicas starting together really overlap
SELECT pg_sleep(1);
CREATE TABLE participants (id BIGINT PRIMARY KEY, name TEXT NOT NULL);
