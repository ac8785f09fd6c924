package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.actors.ArticleActors;
import org.annals.actors.PersonNames;
import org.annals.actors.ResolvedMention;
import org.annals.actors.Role;
import org.annals.model.CleanText;
import org.annals.model.Span;

/**
 * Writes an article's actors and mentions inside the article's transaction, merging discovered
 * persons across articles: a surname-only person ("p:_hene") joins the one stored person with that
 * surname; a person with a full name absorbs a stored surname-only person of that surname.
 */
final class ActorWriter {
  private final Connection c;

  ActorWriter(Connection c) {
    this.c = c;
  }

  /** Writes the actors and mentions; returns how article-local actor ids map to stored ones. */
  Map<String, String> write(String articleId, CleanText clean, ArticleActors actors)
      throws SQLException {
    Map<String, String> remap = new HashMap<>();
    for (ResolvedMention m : actors.mentions()) {
      if (!m.rule().equals("title") && !m.rule().equals("name-suffix")) { // "Jr." is no name
        seen.computeIfAbsent(m.actorId(), k -> new java.util.LinkedHashSet<>()).add(m.text());
      }
    }
    for (Actor a : actors.actors()) {
      String id = a.id();
      if (id.startsWith("p:_")) {
        String full = uniqueFullNameWithSurname(id.substring(3));
        if (full != null) {
          id = full;
        }
      } else {
        absorbSurnameOnly(id, surnameKey(a, id)); // "Khamenei" alone, stored before
      }
      remap.put(a.id(), id);
      upsert(a, id, articleId);
    }
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO mentions (article_id, actor_id, sentence, start_raw, end_raw, text, rule) VALUES (?,?,?,?,?,?,?)")) {
      for (ResolvedMention m : actors.mentions()) {
        Span raw = clean.toRaw(m.span());
        p.setString(1, articleId);
        p.setString(2, remap.getOrDefault(m.actorId(), m.actorId()));
        p.setInt(3, m.sentence());
        p.setInt(4, raw.start());
        p.setInt(5, raw.end());
        p.setString(6, m.text());
        p.setString(7, m.rule());
        p.addBatch();
      }
      p.executeBatch();
    }
    return remap;
  }

  /**
   * Stored persons with a full name ("p:first_last", not a surname-only "p:_last") whose surname
   * key is {@code surnameKey}, by the indexed surname_key column.
   */
  private List<String> fullNamesWithSurname(String surnameKey) throws SQLException {
    List<String> found = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement("SELECT id FROM actors WHERE surname_key = ?")) {
      p.setString(1, surnameKey);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          if (!rs.getString(1).startsWith("p:_")) {
            found.add(rs.getString(1));
          }
        }
      }
    }
    return found;
  }

  private String uniqueFullNameWithSurname(String surnameKey) throws SQLException {
    List<String> found = fullNamesWithSurname(surnameKey);
    return found.size() == 1 ? found.get(0) : null;
  }

  /**
   * The surname key a person is found by: a discovered person's from its id, a known person's from
   * its name (a lone "Khamenei" of another article joins them); null for other actors.
   */
  private static String surnameKey(Actor a, String id) {
    return a.known() && a.kind() == ActorKind.PERSON
        ? PersonNames.surnameKey(a.name())
        : surnameKeyOf(id);
  }

  /** Surname key of a discovered person's id: its last part; null for other actors. */
  static String surnameKeyOf(String id) {
    return id.startsWith("p:") ? id.substring(id.lastIndexOf('_') + 1) : null;
  }

  private void absorbSurnameOnly(String fullId, String surnameKey) throws SQLException {
    if (surnameKey == null) {
      return;
    }
    String surnameOnly = "p:_" + surnameKey;
    if (!exists(surnameOnly)) {
      return;
    }
    List<String> others = fullNamesWithSurname(surnameOnly.substring(3));
    others.remove(fullId);
    if (!others.isEmpty()) {
      return; // two people share the surname: the lone surname stays apart
    }
    for (String update :
        new String[] {
          "UPDATE mentions SET actor_id = ? WHERE actor_id = ?",
          "UPDATE labels SET actor_id = ? WHERE actor_id = ?",
          "UPDATE actor_roles SET actor_id = ? WHERE actor_id = ?",
          "UPDATE quotes SET speaker_actor = ? WHERE speaker_actor = ?",
          "UPDATE quotes SET addressee_actor = ? WHERE addressee_actor = ?",
          "UPDATE events SET source_actor = ? WHERE source_actor = ?",
          "UPDATE events SET target_actor = ? WHERE target_actor = ?"
        }) {
      try (PreparedStatement p = c.prepareStatement(update)) {
        p.setString(1, fullId);
        p.setString(2, surnameOnly);
        p.executeUpdate();
      }
    }
    List<String> aliases = new ArrayList<>();
    try (PreparedStatement p =
        c.prepareStatement("SELECT alias FROM actor_aliases WHERE actor_id = ?")) {
      p.setString(1, surnameOnly);
      try (ResultSet rs = p.executeQuery()) {
        while (rs.next()) {
          aliases.add(rs.getString(1));
        }
      }
    }
    for (String table : new String[] {"actor_aliases", "actors"}) {
      try (PreparedStatement p =
          c.prepareStatement(
              "DELETE FROM "
                  + table
                  + " WHERE "
                  + (table.equals("actors") ? "id" : "actor_id")
                  + " = ?")) {
        p.setString(1, surnameOnly);
        p.executeUpdate();
      }
    }
    pendingAliases.put(fullId, aliases);
  }

  private final Map<String, List<String>> pendingAliases = new HashMap<>();
  private final Map<String, java.util.Set<String>> seen = new HashMap<>();

  private boolean exists(String id) throws SQLException {
    try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM actors WHERE id = ?")) {
      p.setString(1, id);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  private void upsert(Actor a, String id, String articleId) throws SQLException {
    boolean inserted = !exists(id);
    if (inserted) {
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO actors (id, kind, name, country, sectors, known, source, surname_key)"
                  + " VALUES (?,?,?,?,?,?,?,?)")) {
        p.setString(1, id);
        p.setString(2, a.kind().label());
        p.setString(3, a.name());
        p.setString(4, a.country());
        p.setString(5, String.join(",", a.sectors()));
        p.setInt(6, a.known() ? 1 : 0);
        p.setString(7, a.source());
        p.setString(8, surnameKey(a, id));
        p.executeUpdate();
      }
    } else if (!id.equals(a.id()) || a.kind().label().equals("person")) {
      // a fuller name or a country learnt later improves the stored record
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE actors SET name = CASE WHEN LENGTH(name) < LENGTH(?) AND ? THEN ? ELSE name END,"
                  + " country = COALESCE(country, ?) WHERE id = ?")) {
        p.setString(1, a.name());
        p.setBoolean(2, !a.id().startsWith("p:_"));
        p.setString(3, a.name());
        p.setString(4, a.country());
        p.setString(5, id);
        p.executeUpdate();
      }
    }
    // a known actor's aliases are the forms the texts used, not the whole dictionary's
    java.util.Set<String> aliasSet =
        new java.util.LinkedHashSet<>(a.known() ? List.of(a.name()) : a.aliases());
    aliasSet.addAll(seen.getOrDefault(a.id(), java.util.Set.of()));
    List<String> aliases = new ArrayList<>(aliasSet);
    aliases.addAll(pendingAliases.getOrDefault(id, List.of()));
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO actor_aliases (actor_id, alias) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
      for (String alias : aliases) {
        p.setString(1, id);
        p.setString(2, alias);
        p.addBatch();
      }
      p.executeBatch();
    }
    for (Role r : a.roles()) {
      boolean fromText = r.fromArticle();
      if (a.known() && !fromText && !inserted) {
        continue; // a known actor's own roles are the knowledge base's, written when first stored
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "INSERT INTO actor_roles (actor_id, title, of_actor, sector, from_date, to_date, article_id, source) VALUES (?,?,?,?,?,?,?,?)")) {
        p.setString(1, id);
        p.setString(2, r.title());
        p.setString(3, r.of());
        p.setString(4, r.sector());
        p.setString(5, r.from() == null ? null : r.from().toString());
        p.setString(6, r.to() == null ? null : r.to().toString());
        p.setString(7, fromText ? articleId : null);
        p.setString(8, r.source());
        p.executeUpdate();
      }
    }
  }
}
