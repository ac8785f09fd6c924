package org.annals.server;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.ArticleStore;
import org.annals.store.StoredArticle;
import org.annals.store.read.ClusterRecord;
import org.annals.store.read.EventRecord;

/**
 * One real-world event as the event page shows it: the cluster's summary and every report of it
 * side by side, each with its evidence sentence and where the trigger is in it.
 *
 * @param cluster the summary: best date, conflicting dates, code, actors, sources
 * @param reports each mention with its article and sentence
 */
record ClusterDetail(ClusterRecord cluster, List<Report> reports) {

  /**
   * One mention of the event.
   *
   * @param event the mention
   * @param article the article it is in (title, source, date, URL)
   * @param sentence the evidence sentence as the clean text reads, or null
   * @param triggerStart where the trigger starts in {@code sentence}, or -1
   * @param triggerEnd where it ends in {@code sentence}, or -1
   * @param at the clean-text offset of the sentence, to open the article there
   */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Report(
      EventRecord event,
      StoredArticle article,
      String sentence,
      int triggerStart,
      int triggerEnd,
      int at) {}

  static ClusterDetail of(ArticleStore store, ClusterRecord c, List<EventRecord> mentions) {
    Map<String, ArticleStore.StoredText> texts = new HashMap<>();
    Map<String, StoredArticle> articles = new HashMap<>();
    List<Report> reports = new ArrayList<>();
    for (EventRecord e : mentions) {
      StoredArticle a = articles.computeIfAbsent(e.article(), id -> store.article(id).orElse(null));
      ArticleStore.StoredText t =
          texts.computeIfAbsent(e.article(), id -> store.text(id).orElse(null));
      if (t == null || t.cleanText() == null || t.map() == null) {
        reports.add(new Report(e, a, null, -1, -1, 0));
        continue;
      }
      int s = t.map().toClean(e.evidence().start());
      int end = t.map().toClean(e.evidence().end());
      int ts = t.map().toClean(e.trigger().start()) - s;
      int te = t.map().toClean(e.trigger().end()) - s;
      String sentence = t.cleanText().substring(s, Math.max(s, end));
      boolean inside = ts >= 0 && te <= sentence.length() && te > ts;
      reports.add(new Report(e, a, sentence, inside ? ts : -1, inside ? te : -1, s));
    }
    return new ClusterDetail(c, reports);
  }
}
