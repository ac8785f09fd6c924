-- Articles as received and as cleaned. Portable SQL: ${BINARY}, ${TEXT} and ${REAL} are Flyway
-- placeholders, replaced per database (see Dialect). Statements end with ';' on their own line.
CREATE TABLE articles (
  id VARCHAR(16) PRIMARY KEY,
  sha256 CHAR(64) NOT NULL UNIQUE,
  source ${TEXT} NOT NULL,
  format VARCHAR(8) NOT NULL,
  raw ${BINARY} NOT NULL,
  raw_size BIGINT NOT NULL,
  charset VARCHAR(40),
  charset_note ${TEXT},
  clean_text ${TEXT},
  offset_map ${BINARY},
  title ${TEXT},
  published VARCHAR(10),
  published_from ${TEXT},
  agency ${TEXT},
  dateline ${TEXT},
  dateline_date VARCHAR(10),
  site_name ${TEXT},
  author ${TEXT},
  url ${TEXT},
  folded_chars INTEGER NOT NULL DEFAULT 0,
  removed_json ${TEXT},
  steps ${TEXT},
  status VARCHAR(8) NOT NULL,
  error ${TEXT},
  warnings ${TEXT},
  ingested_at VARCHAR(32) NOT NULL
)
;
CREATE INDEX articles_published ON articles (published)
;
