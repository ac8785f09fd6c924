package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.annals.store.ArticleStore.EventFilter;
import org.annals.store.read.EventParty;
import org.annals.store.read.EventRecord;
import org.annals.store.read.Evidence;
import org.annals.store.read.Link;
import org.annals.store.read.Page;
import org.annals.store.read.Place;
import org.annals.store.read.Plover;
import org.annals.store.read.Trigger;

/** The event queries of the store: every filter is SQL, so a page costs a page. */
final class EventReads {
  private static final String COLUMNS =
      "SELECT e.id, e.cluster, e.article_id, e.event_date, e.date_text, e.date_precision,"
          + " e.cameo, e.plover_type, e.plover_mode, e.quad_class, e.goldstein,"
          + " e.source_actor, s.name, e.source_text, s.country, s.sectors, s.known,"
          + " e.target_actor, t.name, e.target_text, t.country, t.sectors, t.known,"
          + " e.location_name, e.location_country, e.reported_by, e.modality, e.sentence,"
          + " e.evidence_start_raw, e.evidence_end_raw, e.trigger_text, e.trigger_start_raw,"
          + " e.trigger_end_raw, e.rule, e.date_basis, e.location_from, e.link_with,"
          + " e.link_score, e.link_evidence, e.source_start_raw, e.target_start_raw";

  private static final String FROM =
      " FROM events e LEFT JOIN actors s ON s.id = e.source_actor"
          + " LEFT JOIN actors t ON t.id = e.target_actor";

  private static final String ORDER =
      // the key of index events_order (V006), written as it is there so that SQLite uses it
      " ORDER BY e.event_date IS NULL, e.event_date, e.article_id, e.trigger_start_raw, e.id";

  private final Connection c;
  private final ActorReads actors;

  EventReads(Connection c, ActorReads actors) {
    this.c = c;
    this.actors = actors;
  }

  /** Every event the filter keeps, in date order (undated last). */
  List<EventRecord> events(EventFilter f) throws SQLException {
    return page(f, Integer.MAX_VALUE, 0, false).items();
  }

  /** One page of the events the filter keeps, with their number in all. */
  Page<EventRecord> page(EventFilter f, int limit, int offset, boolean count) throws SQLException {
    List<String> args = new ArrayList<>();
    String where = where(f, args);
    int total = -1;
    if (count) {
      total = Sql.count(c, "SELECT COUNT(*) FROM events e" + where, args);
    }
    List<EventRecord> out = new ArrayList<>();
    // the page's ids first, from the index alone; then only those rows are joined and read
    String ids = "SELECT e.id FROM events e" + where + ORDER + " LIMIT ? OFFSET ?";
    try (PreparedStatement p =
        c.prepareStatement(COLUMNS + FROM + " WHERE e.id IN (" + ids + ")" + ORDER)) {
      Sql.bind(p, args);
      p.setInt(args.size() + 1, limit);
      p.setInt(args.size() + 2, offset);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
    }
    return new Page<>(out, count ? total : out.size(), limit, offset);
  }

  private static String where(EventFilter f, List<String> args) {
    StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
    if (f.actor() != null) {
      sql.append(" AND (e.source_actor IN (")
          .append(ActorReads.MATCHING_IDS)
          .append(") OR e.target_actor IN (")
          .append(ActorReads.MATCHING_IDS)
          .append("))");
      args.addAll(ActorReads.searchArgs(f.actor()));
      args.addAll(ActorReads.searchArgs(f.actor()));
    }
    if (f.type() != null) {
      if (f.type().matches("\\d{2,4}")) {
        sql.append(" AND e.cameo LIKE ?");
        args.add(f.type() + "%");
      } else {
        sql.append(" AND e.plover_type = ?");
        args.add(f.type().toUpperCase(Locale.ROOT));
      }
    }
    if (f.from() != null) {
      sql.append(" AND e.event_date >= ?");
      args.add(f.from());
    }
    if (f.to() != null) {
      sql.append(" AND e.event_date <= ?");
      args.add(f.to());
    }
    if (f.article() != null) {
      sql.append(" AND e.article_id = ?");
      args.add(f.article());
    }
    if (f.cluster() != null) {
      sql.append(" AND e.cluster = ?");
      args.add(f.cluster());
    }
    return sql.toString();
  }

  private EventRecord row(ResultSet rs) throws SQLException {
    String chain = rs.getString(26);
    return new EventRecord(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(35),
        rs.getString(7),
        rs.getString(8) == null ? null : new Plover(rs.getString(8), rs.getString(9)),
        rs.getInt(10),
        rs.getDouble(11),
        party(rs, 12, 40),
        party(rs, 18, 41),
        rs.getString(24) == null
            ? null
            : new Place(rs.getString(24), rs.getString(25), rs.getString(36)),
        chain == null || chain.isEmpty()
            ? List.of()
            : List.of(chain.split(EventWriter.CHAIN_SEPARATOR)),
        "negated".equals(rs.getString(27)),
        rs.getString(27),
        new Evidence(rs.getInt(28), rs.getInt(29), rs.getInt(30)),
        new Trigger(rs.getString(31), rs.getInt(32), rs.getInt(33)),
        rs.getString(34),
        rs.getString(37) == null
            ? null
            : new Link(rs.getString(37), rs.getDouble(38), rs.getString(39)));
  }

  /** Columns actor, name, text, country, sectors, known from {@code k} on. */
  private EventParty party(ResultSet rs, int k, int offsetColumn) throws SQLException {
    String actor = rs.getString(k);
    if (actor == null && rs.getString(k + 2) == null) {
      return null;
    }
    String sectors = rs.getString(k + 4);
    int start = rs.getInt(offsetColumn);
    Integer at = rs.wasNull() ? null : start;
    return new EventParty(
        actor,
        actors.shownName(actor, rs.getString(k + 1), rs.getInt(k + 5) == 1),
        rs.getString(k + 2),
        rs.getString(k + 3),
        sectors == null || sectors.isBlank() ? null : sectors.split(",")[0].strip(),
        at);
  }
}
