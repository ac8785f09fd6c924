-- Coded events: who did what (CAMEO, PLOVER) to whom, when, where and who reported it, with
-- offsets into the raw input. `cluster` groups the reports of one real-world event across
-- articles; until linking assigns one it is the event's own id.
CREATE TABLE events (
  id VARCHAR(40) PRIMARY KEY,
  cluster VARCHAR(40) NOT NULL,
  article_id VARCHAR(16) NOT NULL,
  sentence INTEGER NOT NULL,
  trigger_text ${TEXT} NOT NULL,
  trigger_start_raw INTEGER NOT NULL,
  trigger_end_raw INTEGER NOT NULL,
  evidence_start_raw INTEGER NOT NULL,
  evidence_end_raw INTEGER NOT NULL,
  cameo VARCHAR(4) NOT NULL,
  plover_type VARCHAR(20),
  plover_mode VARCHAR(30),
  quad_class INTEGER NOT NULL,
  goldstein ${REAL} NOT NULL,
  source_actor VARCHAR(200),
  source_text ${TEXT},
  source_start_raw INTEGER,
  source_end_raw INTEGER,
  target_actor VARCHAR(200),
  target_text ${TEXT},
  target_start_raw INTEGER,
  target_end_raw INTEGER,
  event_date VARCHAR(10),
  date_text ${TEXT},
  date_precision VARCHAR(10) NOT NULL,
  date_basis VARCHAR(12) NOT NULL,
  location_name ${TEXT},
  location_country VARCHAR(3),
  location_from VARCHAR(10),
  reported_by ${TEXT} NOT NULL,
  modality VARCHAR(12) NOT NULL,
  rule VARCHAR(60) NOT NULL
)
;
CREATE INDEX events_article ON events (article_id)
;
CREATE INDEX events_source ON events (source_actor)
;
CREATE INDEX events_target ON events (target_actor)
;
CREATE INDEX events_cluster ON events (cluster)
;
CREATE INDEX events_date ON events (event_date)
;
