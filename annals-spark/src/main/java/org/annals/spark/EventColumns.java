package org.annals.spark;

import java.util.List;
import org.annals.store.TableRows;

/** Where the batch-wide steps find an event row's fields (columns of the store's events table). */
final class EventColumns {
  static final int ID = at("id");
  static final int CLUSTER = at("cluster");
  static final int ARTICLE = at("article_id");
  static final int TRIGGER = at("trigger_text");
  static final int CAMEO = at("cameo");
  static final int SOURCE = at("source_actor");
  static final int TARGET = at("target_actor");
  static final int DATE = at("event_date");
  static final int DATE_TEXT = at("date_text");
  static final int PRECISION = at("date_precision");
  static final int LINK_WITH = at("link_with");
  static final int LINK_SCORE = at("link_score");
  static final int LINK_EVIDENCE = at("link_evidence");

  private EventColumns() {}

  /** The index of a column in a table's rows. */
  static int at(String table, String column) {
    List<TableRows.Column> cols = TableRows.TABLES.get(table);
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + column + " in " + table);
  }

  private static int at(String column) {
    return at("events", column);
  }
}
