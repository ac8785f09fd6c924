package org.annals.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.annals.model.OffsetMap;
import org.annals.store.ArticleStore;
import org.annals.store.StoredArticle;
import org.annals.store.read.EventRecord;
import org.annals.store.read.MentionRecord;
import org.annals.store.read.QuoteRecord;
import org.annals.store.read.RemovedRecord;

/**
 * One article as the article page shows it: the clean text, and everything found in it with offsets
 * into that text ({@code marks}), beside the records themselves (whose offsets are into the raw
 * input, as everywhere else).
 *
 * @param article the article's row
 * @param text the clean text, or null when cleaning failed
 * @param removed what cleaning removed, each with the clean offset where it was ({@code at})
 * @param marks actor mentions, quotes, event evidence and triggers, in clean-text offsets
 * @param events the article's event mentions
 * @param quotes the article's quotes
 * @param mentions the article's actor mentions
 */
record ArticleDetail(
    StoredArticle article,
    String text,
    List<Removed> removed,
    List<Mark> marks,
    List<EventRecord> events,
    List<QuoteRecord> quotes,
    List<MentionRecord> mentions) {

  /**
   * A span of the clean text and what it is.
   *
   * @param kind actor, quote, evidence (an event's sentence) or trigger (an event's words)
   * @param ref the actor, quote or event id
   * @param start clean-text offset
   * @param end clean-text end offset
   * @param label what the span is, in words (actor name, event code, speaker)
   */
  record Mark(String kind, String ref, int start, int end, String label) {}

  /**
   * Removed text and where it was.
   *
   * @param at the clean-text offset where it was removed
   * @param rule the rule that removed it
   * @param text the removed text
   * @param start raw offset
   * @param end raw end offset
   */
  record Removed(int at, String rule, String text, int start, int end) {}

  static ArticleDetail of(ArticleStore store, StoredArticle a) {
    ArticleStore.StoredText stored = store.text(a.id()).orElse(null);
    List<EventRecord> events =
        store.events(new ArticleStore.EventFilter(null, null, null, null, a.id(), null));
    List<QuoteRecord> quotes = store.quotes(null, a.id());
    List<MentionRecord> mentions = store.mentions(a.id());
    List<RemovedRecord> cut = store.removed(a.id());
    if (stored == null || stored.cleanText() == null || stored.map() == null) {
      return new ArticleDetail(a, null, List.of(), List.of(), events, quotes, mentions);
    }
    OffsetMap map = stored.map();
    List<Mark> marks = new ArrayList<>();
    for (MentionRecord m : mentions) {
      add(marks, map, "actor", m.actor(), m.start(), m.end(), m.name());
    }
    for (QuoteRecord q : quotes) {
      String who = q.speaker() == null ? null : q.speaker().name();
      add(marks, map, "quote", q.id(), q.start(), q.end(), who == null ? "quote" : who);
    }
    for (EventRecord e : events) {
      String label = e.cameo() + (e.plover() == null ? "" : " " + e.plover().type());
      add(marks, map, "evidence", e.id(), e.evidence().start(), e.evidence().end(), label);
      add(marks, map, "trigger", e.id(), e.trigger().start(), e.trigger().end(), label);
    }
    marks.sort(Comparator.comparingInt(Mark::start).thenComparingInt(m -> -m.end()));
    List<Removed> removed = new ArrayList<>();
    for (RemovedRecord r : cut) {
      removed.add(new Removed(map.toClean(r.start()), r.rule(), r.text(), r.start(), r.end()));
    }
    removed.sort(Comparator.comparingInt(Removed::at));
    return new ArticleDetail(a, stored.cleanText(), removed, marks, events, quotes, mentions);
  }

  private static void add(
      List<Mark> marks,
      OffsetMap map,
      String kind,
      String ref,
      int rawStart,
      int rawEnd,
      String label) {
    int s = map.toClean(rawStart);
    int e = map.toClean(rawEnd);
    if (e > s) {
      marks.add(new Mark(kind, ref, s, e, label));
    }
  }
}
