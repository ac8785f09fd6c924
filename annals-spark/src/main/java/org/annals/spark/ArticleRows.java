package org.annals.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * One input's rows as the store's writers made them in a scratch store, before the batch-wide steps
 * (persons merged across articles, linking): {@code tables} maps a table name of {@link
 * org.annals.store.TableRows#TABLES} to its rows. An input that could not be read at all has no
 * rows, only {@code error}, as {@code ingest} reports it without storing it.
 *
 * @param seq the input's place in the order {@code ingest} walks the paths: files in order, then
 *     the articles inside a file (JSONL lines, WARC records)
 * @param id the article id, or null when nothing could be stored
 * @param source the input's name, as {@code ingest} names it
 * @param error why it failed, or null
 */
record ArticleRows(
    long seq, String id, String source, String error, Map<String, List<Object[]>> tables)
    implements Serializable {

  List<Object[]> rows(String table) {
    return tables.getOrDefault(table, List.of());
  }
}
