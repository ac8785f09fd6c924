-- The words an article puts around each actor mention (issue 19, the framing lens): the phrase the
-- name sits in or is apposed to, with its offsets in the raw input and the rule that found it. The
-- lexicon classes of a label are not stored: they are read from the lexicon when asked, so that a
-- user's lexicon applies to articles already stored.
CREATE TABLE labels (
  article_id VARCHAR(16) NOT NULL,
  actor_id VARCHAR(200) NOT NULL,
  sentence INTEGER NOT NULL,
  sentence_start_raw INTEGER NOT NULL,
  sentence_end_raw INTEGER NOT NULL,
  mention_start_raw INTEGER NOT NULL,
  mention_end_raw INTEGER NOT NULL,
  phrase ${TEXT} NOT NULL,
  phrase_start_raw INTEGER NOT NULL,
  phrase_end_raw INTEGER NOT NULL,
  label ${TEXT} NOT NULL,
  lemmas ${TEXT} NOT NULL,
  head VARCHAR(100),
  rule VARCHAR(40) NOT NULL
)
;
CREATE INDEX labels_actor ON labels (actor_id)
;
CREATE INDEX labels_article ON labels (article_id, sentence)
;
