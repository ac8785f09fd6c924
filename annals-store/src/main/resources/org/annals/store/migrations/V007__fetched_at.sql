-- When a crawler fetched the article (a WARC record's WARC-Date): kept apart from the publication
-- date, which it never is.
ALTER TABLE articles ADD COLUMN fetched_at VARCHAR(32)
;
