-- Actors (known from the knowledge base or discovered in text), their names and roles, and every
-- mention of them with its offsets in the raw input and the rule that linked it.
CREATE TABLE actors (
  id VARCHAR(200) PRIMARY KEY,
  kind VARCHAR(16) NOT NULL,
  name ${TEXT} NOT NULL,
  country VARCHAR(3),
  sectors ${TEXT},
  known INTEGER NOT NULL,
  source ${TEXT},
  surname_key VARCHAR(100)
)
;
CREATE INDEX actors_surname ON actors (surname_key)
;
CREATE TABLE actor_aliases (
  actor_id VARCHAR(200) NOT NULL,
  alias ${TEXT} NOT NULL,
  PRIMARY KEY (actor_id, alias)
)
;
CREATE TABLE actor_roles (
  actor_id VARCHAR(200) NOT NULL,
  title ${TEXT} NOT NULL,
  of_actor VARCHAR(200),
  sector VARCHAR(8),
  from_date VARCHAR(10),
  to_date VARCHAR(10),
  article_id VARCHAR(16),
  source ${TEXT}
)
;
CREATE INDEX actor_roles_actor ON actor_roles (actor_id)
;
CREATE TABLE mentions (
  article_id VARCHAR(16) NOT NULL,
  actor_id VARCHAR(200) NOT NULL,
  sentence INTEGER NOT NULL,
  start_raw INTEGER NOT NULL,
  end_raw INTEGER NOT NULL,
  text ${TEXT} NOT NULL,
  rule VARCHAR(40) NOT NULL
)
;
CREATE INDEX mentions_actor ON mentions (actor_id)
;
CREATE INDEX mentions_article ON mentions (article_id)
;
