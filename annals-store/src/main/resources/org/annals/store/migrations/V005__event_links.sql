-- Cross-article linking: the mention an event was linked to, the score and the evidence.
ALTER TABLE events ADD COLUMN link_with VARCHAR(40)
;
ALTER TABLE events ADD COLUMN link_score REAL
;
ALTER TABLE events ADD COLUMN link_evidence ${TEXT}
;
CREATE INDEX events_block ON events (source_actor, target_actor)
;
