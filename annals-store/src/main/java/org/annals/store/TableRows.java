package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.annals.AnnalsException;

/**
 * The store's tables as plain rows, column by column: what a batch job outside the store (Spark)
 * writes as its own tables and what {@code load} brings back. The rows are made by the store's own
 * writers ({@link ArticleStore#save}), so a fact has the same fields and provenance whichever way
 * it was produced. Not thread-safe, like the store it reads.
 */
public final class TableRows {
  /** What a column holds, as the batch job's schema needs to know. */
  public enum Kind {
    TEXT,
    INT,
    LONG,
    REAL,
    BINARY
  }

  /** One column of a table. */
  public record Column(String name, Kind kind) {}

  /** Every table a batch writes, with its columns in order. */
  public static final Map<String, List<Column>> TABLES = tables();

  private final Connection c;

  TableRows(Connection c) {
    this.c = c;
  }

  private static Map<String, List<Column>> tables() {
    Map<String, List<Column>> t = new LinkedHashMap<>();
    t.put(
        "articles",
        cols(
            "id sha256 source format raw:B raw_size:L charset charset_note clean_text offset_map:B"
                + " title published published_from agency dateline dateline_date site_name author"
                + " url folded_chars:I removed_json steps status error warnings ingested_at"
                + " fetched_at"));
    t.put("actors", cols("id kind name country sectors known:I source surname_key"));
    t.put("actor_aliases", cols("actor_id alias"));
    t.put(
        "actor_roles", cols("actor_id title of_actor sector from_date to_date article_id source"));
    t.put("mentions", cols("article_id actor_id sentence:I start_raw:I end_raw:I text rule"));
    t.put(
        "labels",
        cols(
            "article_id actor_id sentence:I sentence_start_raw:I sentence_end_raw:I"
                + " mention_start_raw:I mention_end_raw:I phrase"
                + " phrase_start_raw:I phrase_end_raw:I label lemmas head rule"));
    t.put(
        "quotes",
        cols(
            "id article_id sentence:I start_raw:I end_raw:I text direct:I cue cue_start_raw:I"
                + " cue_end_raw:I speaker_text speaker_actor addressee_text addressee_actor rule"
                + " reported_by"));
    t.put(
        "events",
        cols(
            "id cluster article_id sentence:I trigger_text trigger_start_raw:I trigger_end_raw:I"
                + " evidence_start_raw:I evidence_end_raw:I cameo plover_type plover_mode"
                + " quad_class:I goldstein:R source_actor source_text source_start_raw:I"
                + " source_end_raw:I target_actor target_text target_start_raw:I target_end_raw:I"
                + " event_date date_text date_precision date_basis location_name location_country"
                + " location_from reported_by modality rule link_with link_score:R link_evidence"));
    return java.util.Collections.unmodifiableMap(t);
  }

  private static List<Column> cols(String spec) {
    List<Column> out = new ArrayList<>();
    for (String s : spec.split(" ")) {
      int colon = s.indexOf(':');
      String name = colon < 0 ? s : s.substring(0, colon);
      Kind kind =
          colon < 0
              ? Kind.TEXT
              : switch (s.charAt(colon + 1)) {
                case 'I' -> Kind.INT;
                case 'L' -> Kind.LONG;
                case 'R' -> Kind.REAL;
                case 'B' -> Kind.BINARY;
                default -> throw new IllegalArgumentException(s);
              };
      out.add(new Column(name, kind));
    }
    return List.copyOf(out);
  }

  /** Every row of a table, values in {@link #TABLES} column order (null for SQL NULL). */
  public List<Object[]> rows(String table) {
    List<Column> cols = columns(table);
    String names = String.join(", ", cols.stream().map(Column::name).toList());
    List<Object[]> out = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + names + " FROM " + table)) {
      while (rs.next()) {
        Object[] row = new Object[cols.size()];
        for (int i = 0; i < row.length; i++) {
          row[i] =
              switch (cols.get(i).kind()) {
                case TEXT -> rs.getString(i + 1);
                case INT -> rs.getInt(i + 1);
                case LONG -> rs.getLong(i + 1);
                case REAL -> rs.getDouble(i + 1);
                case BINARY -> rs.getBytes(i + 1);
              };
          if (rs.wasNull()) {
            row[i] = null;
          }
        }
        out.add(row);
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot read table " + table + ": " + e.getMessage(), e);
    }
    return out;
  }

  /** Empties every table (a scratch store reused article after article). */
  public void clear() {
    try (Statement s = c.createStatement()) {
      for (String table : TABLES.keySet()) {
        s.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new AnnalsException("cannot clear tables: " + e.getMessage(), e);
    }
  }

  /**
   * Adds rows to a table in one transaction; a row whose key is stored already is left as stored
   * (loading a later batch over an earlier one). Returns how many rows were added.
   */
  public long insert(String table, Iterator<Object[]> rows) {
    List<Column> cols = columns(table);
    String names = String.join(", ", cols.stream().map(Column::name).toList());
    String marks = String.join(",", java.util.Collections.nCopies(cols.size(), "?"));
    String conflict =
        Set.of("actor_roles", "mentions", "labels").contains(table)
            ? ""
            : " ON CONFLICT DO NOTHING";
    long added = 0;
    try {
      c.setAutoCommit(false);
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO " + table + " (" + names + ") VALUES (" + marks + ")" + conflict)) {
        int pending = 0;
        while (rows.hasNext()) {
          Object[] row = rows.next();
          for (int i = 0; i < row.length; i++) {
            bind(p, i + 1, cols.get(i).kind(), row[i]);
          }
          p.addBatch();
          if (++pending == 500) {
            added += sum(p.executeBatch());
            pending = 0;
          }
        }
        added += sum(p.executeBatch());
      }
      c.commit();
      return added;
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new AnnalsException("cannot load table " + table + ": " + e.getMessage(), e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is broken; the next call reports it
      }
    }
  }

  /** Moves events into clusters: pairs of event id and cluster, in one transaction. */
  public void setClusters(Iterator<String[]> eventAndCluster) {
    try {
      c.setAutoCommit(false);
      try (PreparedStatement p = c.prepareStatement("UPDATE events SET cluster = ? WHERE id = ?")) {
        while (eventAndCluster.hasNext()) {
          String[] ec = eventAndCluster.next();
          p.setString(1, ec[1]);
          p.setString(2, ec[0]);
          p.addBatch();
        }
        p.executeBatch();
      }
      c.commit();
    } catch (SQLException e) {
      try {
        c.rollback();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw new AnnalsException("cannot set clusters: " + e.getMessage(), e);
    } finally {
      try {
        c.setAutoCommit(true);
      } catch (SQLException e) {
        // the connection is broken; the next call reports it
      }
    }
  }

  private static long sum(int[] counts) {
    long n = 0;
    for (int k : counts) {
      n += k == Statement.SUCCESS_NO_INFO ? 1 : Math.max(0, k);
    }
    return n;
  }

  private static void bind(PreparedStatement p, int i, Kind kind, Object v) throws SQLException {
    if (v == null) {
      p.setNull(
          i,
          switch (kind) {
            case TEXT -> Types.VARCHAR;
            case INT -> Types.INTEGER;
            case LONG -> Types.BIGINT;
            case REAL -> Types.DOUBLE;
            case BINARY -> Types.BINARY;
          });
      return;
    }
    switch (kind) {
      case TEXT -> p.setString(i, (String) v);
      case INT -> p.setInt(i, ((Number) v).intValue());
      case LONG -> p.setLong(i, ((Number) v).longValue());
      case REAL -> p.setDouble(i, ((Number) v).doubleValue());
      case BINARY -> p.setBytes(i, (byte[]) v);
    }
  }

  private static List<Column> columns(String table) {
    List<Column> cols = TABLES.get(table);
    if (cols == null) {
      throw new IllegalArgumentException("no table " + table);
    }
    return cols;
  }
}
