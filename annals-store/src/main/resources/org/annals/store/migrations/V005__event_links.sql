-- Cross-article linking: the mention an event was linked to, the score and the evidence; and the
-- outlet that reported a quote ("…, IRNA reported").
ALTER TABLE events ADD COLUMN link_with VARCHAR(40)
;
ALTER TABLE events ADD COLUMN link_score ${REAL}
;
ALTER TABLE events ADD COLUMN link_evidence ${TEXT}
;
CREATE INDEX events_block ON events (source_actor, target_actor)
;
ALTER TABLE quotes ADD COLUMN reported_by ${TEXT}
;
