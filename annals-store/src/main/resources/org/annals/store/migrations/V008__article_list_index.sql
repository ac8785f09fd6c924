-- Article listings and searches read this index alone: it holds the listing's order, the columns
-- a search looks in (id, title, source) and the status filter, so a search scans the index and
-- not the rows, whose raw bytes and clean text lie between their first columns and their title.
CREATE INDEX articles_list ON articles ((published IS NULL), published DESC, source, id, title, status)
;
