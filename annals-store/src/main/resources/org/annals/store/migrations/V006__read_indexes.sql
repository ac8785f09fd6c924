-- The read side at 100,000 events and more: event listings are ordered by this key (undated last),
-- so a page, even a deep one, is read from the index instead of sorting every event.
CREATE INDEX events_order ON events ((event_date IS NULL), event_date, article_id, trigger_start_raw, id)
;
CREATE INDEX events_plover ON events (plover_type, event_date)
;
CREATE INDEX quotes_order ON quotes (article_id, start_raw, id)
;
CREATE INDEX mentions_actor_article ON mentions (actor_id, article_id)
;
CREATE INDEX articles_order ON articles ((published IS NULL), published DESC, ${INDEXED_SOURCE}, id)
;
CREATE INDEX mentions_actor_name ON mentions (actor_id, rule, text)
;
