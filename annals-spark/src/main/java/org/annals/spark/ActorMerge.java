package org.annals.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The store's merging of discovered persons across articles (annals-store's ActorWriter), replayed
 * for a whole batch in input order: a lone surname ("p:_hene") is the one full-named person with
 * that surname stored before it, when there is exactly one; a full-named person met while a lone
 * surname exists (and no other full name of that surname) takes that lone surname's mentions. The
 * records of one actor met in several articles merge as the store merges them: the first article's
 * record, a longer name learnt later, the first country known, every alias, the roles read in each
 * text and a known actor's own roles once. The replay is grouped by surname key and by actor, so it
 * runs distributed. It is what one ingest thread stores; with several threads the store's result
 * can depend on which of two articles was stored first.
 */
final class ActorMerge implements Serializable {
  private static final int ID = EventColumns.at("actors", "id");
  private static final int KIND = EventColumns.at("actors", "kind");
  private static final int NAME = EventColumns.at("actors", "name");
  private static final int COUNTRY = EventColumns.at("actors", "country");
  private static final int KNOWN = EventColumns.at("actors", "known");
  private static final int SURNAME = EventColumns.at("actors", "surname_key");
  private static final int ROLE_ARTICLE = EventColumns.at("actor_roles", "article_id");

  /** Article id, tab, article-local id of a lone surname, to the person it is stored as. */
  private final Map<String, String> moves;

  ActorMerge(Map<String, String> moves) {
    this.moves = moves;
  }

  /**
   * A person with a surname key met in an article: a full-named one or a lone surname ({@code
   * p:_KEY}), at its place in the input ({@code seq}, then its place among the article's actors).
   */
  record Occurrence(String key, long seq, int order, String article, String id)
      implements Serializable {}

  /** The persons with a surname key of an article, in the order its actors were stored. */
  static List<Occurrence> occurrences(ArticleRows a) {
    List<Occurrence> out = new ArrayList<>();
    List<Object[]> actors = a.rows("actors");
    for (int i = 0; i < actors.size(); i++) {
      Object[] actor = actors.get(i);
      if (actor[SURNAME] != null) {
        out.add(new Occurrence((String) actor[SURNAME], a.seq(), i, a.id(), (String) actor[ID]));
      }
    }
    return out;
  }

  /**
   * Replays the store's rules for one surname key in input order: a lone surname is the one
   * full-named person stored so far when there is exactly one, else a person of its own; a
   * full-named person stored while a lone surname exists and no other full-named person of that
   * surname does takes the lone surname's earlier mentions. Returns the moves of lone surnames.
   */
  static List<scala.Tuple2<String, String>> replay(Iterable<Occurrence> occurrences) {
    List<Occurrence> all = new ArrayList<>();
    occurrences.forEach(all::add);
    all.sort(Comparator.comparingLong(Occurrence::seq).thenComparingInt(Occurrence::order));
    Set<String> full = new LinkedHashSet<>();
    List<Occurrence> pending = new ArrayList<>(); // lone surnames stored as persons of their own
    boolean lone = false;
    List<scala.Tuple2<String, String>> moves = new ArrayList<>();
    for (Occurrence o : all) {
      if (o.id().startsWith("p:_")) {
        if (full.size() == 1) {
          moves.add(move(o, full.iterator().next()));
        } else {
          lone = true;
          pending.add(o);
        }
        continue;
      }
      if (lone && (full.isEmpty() || full.size() == 1 && full.contains(o.id()))) {
        for (Occurrence p : pending) {
          moves.add(move(p, o.id()));
        }
        pending.clear();
        lone = false;
      }
      full.add(o.id());
    }
    return moves;
  }

  private static scala.Tuple2<String, String> move(Occurrence lone, String to) {
    return new scala.Tuple2<>(lone.article() + "\t" + lone.id(), to);
  }

  /** The id an article-local actor id is stored under. */
  String id(String article, String local) {
    if (local == null || !local.startsWith("p:_")) {
      return local;
    }
    return moves.getOrDefault(article + "\t" + local, local);
  }

  /** The article's rows with every actor reference stored under its batch id. */
  ArticleRows remap(ArticleRows a) {
    Map<String, List<Object[]>> t = new java.util.LinkedHashMap<>(a.tables());
    t.replaceAll((table, rows) -> rows.stream().map(r -> remap(a.id(), table, r)).toList());
    return new ArticleRows(a.seq(), a.id(), a.source(), a.error(), t);
  }

  private Object[] remap(String article, String table, Object[] row) {
    int[] cols =
        switch (table) {
          case "mentions" -> new int[] {EventColumns.at("mentions", "actor_id")};
          case "labels" -> new int[] {EventColumns.at("labels", "actor_id")};
          case "actor_aliases" -> new int[] {EventColumns.at("actor_aliases", "actor_id")};
          case "actor_roles" -> new int[] {EventColumns.at("actor_roles", "actor_id")};
          case "quotes" ->
              new int[] {
                EventColumns.at("quotes", "speaker_actor"),
                EventColumns.at("quotes", "addressee_actor")
              };
          case "events" -> new int[] {EventColumns.SOURCE, EventColumns.TARGET};
          default -> new int[0];
        };
    if (cols.length == 0) {
      return row;
    }
    Object[] out = row.clone();
    for (int c : cols) {
      out[c] = id(article, (String) out[c]);
    }
    return out;
  }

  /**
   * One article's view of an actor: its record as the article's scratch store wrote it (under the
   * article-local id), the aliases and roles written with it.
   */
  record Seen(long seq, String local, Object[] actor, List<Object[]> aliases, List<Object[]> roles)
      implements Serializable {}

  /**
   * What one actor's merged records are: its row (null if an earlier output has it), aliases,
   * roles.
   */
  record Merged(Object[] actor, List<Object[]> aliases, List<Object[]> roles)
      implements Serializable {}

  /** Every actor of an article (remapped rows), keyed by the id it is stored under. */
  List<scala.Tuple2<String, Seen>> seen(ArticleRows original) {
    List<scala.Tuple2<String, Seen>> out = new ArrayList<>();
    for (Object[] actor : original.rows("actors")) {
      String local = (String) actor[ID];
      String stored = id(original.id(), local);
      List<Object[]> aliases = new ArrayList<>();
      for (Object[] a : original.rows("actor_aliases")) {
        if (local.equals(a[0])) {
          Object[] r = a.clone();
          r[0] = stored;
          aliases.add(r);
        }
      }
      List<Object[]> roles = new ArrayList<>();
      for (Object[] r : original.rows("actor_roles")) {
        if (local.equals(r[0])) {
          Object[] c = r.clone();
          c[0] = stored;
          roles.add(c);
        }
      }
      out.add(new scala.Tuple2<>(stored, new Seen(original.seq(), local, actor, aliases, roles)));
    }
    return out;
  }

  /**
   * Replays the store's upserts of one actor, article after article in input order; {@code
   * storedBefore} when an earlier output has it already (its own roles were written with it).
   */
  static Merged merge(String id, Iterable<Seen> views, boolean storedBefore) {
    List<Seen> all = new ArrayList<>();
    views.forEach(all::add);
    all.sort(Comparator.comparingLong(Seen::seq));
    Object[] row = null;
    Set<List<Object>> aliases = new LinkedHashSet<>();
    List<Object[]> roles = new ArrayList<>();
    for (Seen s : all) {
      Object[] a = s.actor();
      s.aliases().forEach(x -> aliases.add(List.of(x)));
      boolean inserted = false;
      if (s.local().equals(id)) {
        if (row == null && storedBefore) {
          row = a.clone(); // as the earlier output stored it; load keeps that one
        } else if (row == null) {
          row = a.clone();
          row[ID] = id;
          inserted = true;
        } else if ("person".equals(a[KIND])) {
          improve(row, a, !s.local().startsWith("p:_"));
        }
      } else if (row != null) {
        improve(row, a, false); // a lone surname of a person stored before: its country only
      }
      boolean known = ((Number) a[KNOWN]).intValue() == 1;
      for (Object[] r : s.roles()) {
        boolean fromText = r[ROLE_ARTICLE] != null;
        if (!known || fromText || inserted) {
          roles.add(r);
        }
      }
    }
    List<Object[]> aliasRows = new ArrayList<>();
    aliases.forEach(x -> aliasRows.add(x.toArray()));
    return new Merged(row, aliasRows, roles);
  }

  private static void improve(Object[] row, Object[] a, boolean nameToo) {
    String name = (String) a[NAME];
    if (nameToo && ((String) row[NAME]).length() < name.length()) {
      row[NAME] = name;
    }
    if (row[COUNTRY] == null) {
      row[COUNTRY] = a[COUNTRY];
    }
  }
}
