-- Owners and their stores. One store per owner for now (stores.user_id unique); the store is its own
-- table because events, participants and analytics are scoped by store.
CREATE TABLE users
(
  user_id             UUID         PRIMARY KEY,
  name                VARCHAR(50)  NOT NULL,
  email               VARCHAR(254) NOT NULL,
  phone_encrypted     TEXT         NOT NULL,
  password_hash       VARCHAR(100) NOT NULL,
  password_changed_at TIMESTAMP    NOT NULL,
  created_at          TIMESTAMP    NOT NULL,
  updated_at          TIMESTAMP    NOT NULL,
  CONSTRAINT ck_users_email_lowercase CHECK (email = lower(email))
);
CREATE UNIQUE INDEX ux_users_email ON users (email);

CREATE TABLE stores
(
  store_id        UUID         PRIMARY KEY,
  user_id         UUID         NOT NULL REFERENCES users (user_id) ON DELETE CASCADE,
  store_name      VARCHAR(100) NOT NULL,
  industry        VARCHAR(30)  NOT NULL,
  address         VARCHAR(200) NOT NULL,
  region          VARCHAR(20)  NOT NULL,
  district        VARCHAR(30),
  business_number CHAR(10)     NOT NULL,
  average_spend   BIGINT       NOT NULL,
  created_at      TIMESTAMP    NOT NULL,
  updated_at      TIMESTAMP    NOT NULL,
  CONSTRAINT ux_stores_user UNIQUE (user_id),
  CONSTRAINT ux_stores_business_number UNIQUE (business_number),
  CONSTRAINT ck_stores_average_spend CHECK (average_spend BETWEEN 100 AND 10000000),
  CONSTRAINT ck_stores_business_number CHECK (business_number ~ '^[0-9]{10}$')
);
CREATE INDEX idx_stores_region_industry ON stores (region, industry);

-- ES256 keys that sign access tokens; the private key is encrypted with the personal-data cipher.
CREATE TABLE signing_keys
(
  key_id                VARCHAR(64) PRIMARY KEY,
  private_key_encrypted TEXT        NOT NULL,
  public_jwk            TEXT        NOT NULL,
  created_at            TIMESTAMP   NOT NULL,
  retired_at            TIMESTAMP
);
