-- Article listings and searches read this index alone: it holds the listing's order, the columns
-- a search looks in (id, title, source) and the status filter, so a search scans the index and
-- not the rows, whose raw bytes and clean text lie between their first columns and their title.
-- On PostgreSQL, whose index rows hold at most 2,704 bytes, source and title are indexed by their
-- first 200 characters (see Dialect): a hostile 4,000-character source must not fail its article.
CREATE INDEX articles_list ON articles ((published IS NULL), published DESC, ${INDEXED_SOURCE}, id,
  ${INDEXED_TITLE}, status)
;
