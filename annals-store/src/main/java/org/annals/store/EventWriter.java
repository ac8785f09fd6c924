package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.annals.events.CameoCodes;
import org.annals.events.Event;
import org.annals.model.CleanText;
import org.annals.model.Span;

/** Writes an article's events inside the article's transaction, with raw offsets. */
final class EventWriter {
  /** Separates the outlets of a reporting chain in one column; names never hold a tab. */
  static final String CHAIN_SEPARATOR = "\t";

  private EventWriter() {}

  static void write(
      Connection c,
      String articleId,
      CleanText clean,
      List<Event> events,
      Map<String, String> actorIds)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO events (id, cluster, article_id, sentence, trigger_text, trigger_start_raw,"
                + " trigger_end_raw, evidence_start_raw, evidence_end_raw, cameo, plover_type,"
                + " plover_mode, quad_class, goldstein, source_actor, source_text, source_start_raw,"
                + " source_end_raw, target_actor, target_text, target_start_raw, target_end_raw,"
                + " event_date, date_text, date_precision, date_basis, location_name,"
                + " location_country, location_from, reported_by, modality, rule)"
                + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      for (int i = 0; i < events.size(); i++) {
        Event e = events.get(i);
        CameoCodes.Code code = CameoCodes.standard().of(e);
        String id = articleId + "-e" + (i + 1);
        Span trigger = clean.toRaw(e.trigger());
        Span evidence = clean.toRaw(e.evidence());
        int k = 1;
        p.setString(k++, id);
        p.setString(k++, id);
        p.setString(k++, articleId);
        p.setInt(k++, e.sentence());
        p.setString(k++, e.trigger().of(clean.text()));
        p.setInt(k++, trigger.start());
        p.setInt(k++, trigger.end());
        p.setInt(k++, evidence.start());
        p.setInt(k++, evidence.end());
        p.setString(k++, e.cameo());
        p.setString(k++, code.ploverType());
        p.setString(k++, code.ploverMode());
        p.setInt(k++, code.quadClass());
        p.setDouble(k++, code.goldstein());
        k = participant(p, k, clean, e.source(), actorIds);
        k = participant(p, k, clean, e.target(), actorIds);
        p.setString(k++, e.date());
        p.setString(k++, e.dateText());
        p.setString(k++, e.precision().label());
        p.setString(k++, e.dateBasis());
        p.setString(k++, e.location() == null ? null : e.location().name());
        p.setString(k++, e.location() == null ? null : e.location().country());
        p.setString(k++, e.location() == null ? null : e.location().from());
        p.setString(k++, String.join(CHAIN_SEPARATOR, e.reportedBy()));
        p.setString(k++, e.modality());
        p.setString(k, e.rule());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static int participant(
      PreparedStatement p,
      int k,
      CleanText clean,
      Event.Participant who,
      Map<String, String> actorIds)
      throws SQLException {
    if (who == null) {
      for (int i = 0; i < 4; i++) {
        p.setNull(k + i, i < 2 ? Types.VARCHAR : Types.INTEGER);
      }
      return k + 4;
    }
    Span raw = clean.toRaw(who.span());
    p.setString(k, who.actor() == null ? null : actorIds.getOrDefault(who.actor(), who.actor()));
    p.setString(k + 1, who.text());
    p.setInt(k + 2, raw.start());
    p.setInt(k + 3, raw.end());
    return k + 4;
  }
}
