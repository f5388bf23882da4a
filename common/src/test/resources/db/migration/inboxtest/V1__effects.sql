CREATE TABLE effects (message_id UUID NOT NULL, store_name TEXT NOT NULL);
