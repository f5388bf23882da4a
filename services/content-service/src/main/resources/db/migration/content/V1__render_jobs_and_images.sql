-- The content service's own work queue: one row per image job (a generation request of the event
-- service, or an owner's edit of one image). Designs to render are stored with the job, so a job
-- survives a restart and is resumed where it stopped; the lease keeps two replicas off one job.
CREATE TABLE render_jobs
(
  job_id          UUID        PRIMARY KEY,
  event_id        UUID        NOT NULL,
  user_id         UUID        NOT NULL,
  store_id        UUID        NOT NULL,
  kind            VARCHAR(20) NOT NULL,
  designs         JSONB       NOT NULL,
  parent_image_id UUID,
  status          VARCHAR(20) NOT NULL DEFAULT 'PENDING',
  total           INT         NOT NULL,
  done            INT         NOT NULL DEFAULT 0,
  step            INT         NOT NULL DEFAULT 0,
  attempts        INT         NOT NULL DEFAULT 0,
  lease_until     TIMESTAMP,
  error_message   TEXT,
  created_at      TIMESTAMP   NOT NULL,
  updated_at      TIMESTAMP   NOT NULL,
  completed_at    TIMESTAMP,
  CONSTRAINT ck_render_jobs_kind CHECK (kind IN ('GENERATION', 'EDIT')),
  CONSTRAINT ck_render_jobs_status CHECK (status IN ('PENDING', 'PROCESSING', 'COMPLETED', 'FAILED')),
  CONSTRAINT ck_render_jobs_progress CHECK (total > 0 AND done BETWEEN 0 AND total)
);
CREATE INDEX idx_render_jobs_open ON render_jobs (lease_until) WHERE status IN ('PENDING', 'PROCESSING');
CREATE INDEX idx_render_jobs_event_id ON render_jobs (event_id);

-- Rendered images: metadata here, bytes in the image store (local files or Azure Blob Storage).
-- One image per style and platform of a job, so a resumed or redelivered job never renders twice.
CREATE TABLE images
(
  image_id        UUID         PRIMARY KEY,
  event_id        UUID         NOT NULL,
  user_id         UUID         NOT NULL,
  store_id        UUID         NOT NULL,
  job_id          UUID         NOT NULL REFERENCES render_jobs (job_id),
  style           VARCHAR(20)  NOT NULL,
  platform        VARCHAR(20)  NOT NULL,
  width           INT          NOT NULL,
  height          INT          NOT NULL,
  content_type    VARCHAR(50)  NOT NULL,
  storage_key     VARCHAR(300) NOT NULL,
  byte_size       BIGINT       NOT NULL,
  sha256          CHAR(64)     NOT NULL,
  pdf_storage_key VARCHAR(300),
  pdf_byte_size   BIGINT,
  pdf_sha256      CHAR(64),
  design          JSONB        NOT NULL,
  art_source      VARCHAR(30)  NOT NULL,
  parent_image_id UUID REFERENCES images (image_id),
  created_at      TIMESTAMP    NOT NULL,
  CONSTRAINT ux_images_job_style_platform UNIQUE (job_id, style, platform),
  CONSTRAINT ck_images_style CHECK (style IN ('SIMPLE', 'FANCY', 'TRENDY')),
  CONSTRAINT ck_images_platform CHECK (platform IN ('INSTAGRAM', 'KAKAO_CHANNEL', 'NAVER_BLOG', 'POSTER')),
  CONSTRAINT ck_images_size CHECK (width > 0 AND height > 0 AND byte_size > 0)
);
CREATE INDEX idx_images_event_id ON images (event_id);
CREATE INDEX idx_images_store_id ON images (store_id);
CREATE INDEX idx_images_parent ON images (parent_image_id) WHERE parent_image_id IS NOT NULL;
