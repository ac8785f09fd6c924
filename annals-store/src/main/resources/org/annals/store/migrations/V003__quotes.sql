-- Attributed quotes: the words, who said them (as written and as actor), the cue, with offsets
-- into the raw input.
CREATE TABLE quotes (
  id VARCHAR(40) PRIMARY KEY,
  article_id VARCHAR(16) NOT NULL,
  sentence INTEGER NOT NULL,
  start_raw INTEGER NOT NULL,
  end_raw INTEGER NOT NULL,
  text ${TEXT} NOT NULL,
  direct INTEGER NOT NULL,
  cue ${TEXT} NOT NULL,
  cue_start_raw INTEGER NOT NULL,
  cue_end_raw INTEGER NOT NULL,
  speaker_text ${TEXT},
  speaker_actor VARCHAR(200),
  addressee_text ${TEXT},
  addressee_actor VARCHAR(200),
  rule VARCHAR(40) NOT NULL
)
;
CREATE INDEX quotes_article ON quotes (article_id)
;
CREATE INDEX quotes_speaker ON quotes (speaker_actor)
;
