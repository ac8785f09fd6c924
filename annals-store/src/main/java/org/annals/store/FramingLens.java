package org.annals.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.annals.AnnalsException;
import org.annals.framing.FramingTerms;
import org.annals.framing.FramingTerms.Term;
import org.annals.framing.Outlets;
import org.annals.store.ArticleStore.EventFilter;
import org.annals.store.ArticleStore.StoredText;
import org.annals.store.FramingReads.LabelRow;
import org.annals.store.FramingReads.MentionRow;
import org.annals.store.read.EventRecord;
import org.annals.store.read.Framings.ActorFraming;
import org.annals.store.read.Framings.EventFraming;
import org.annals.store.read.Framings.Example;
import org.annals.store.read.Framings.OutletFraming;
import org.annals.store.read.Framings.ReportWording;
import org.annals.store.read.Framings.SentenceLabel;
import org.annals.store.read.Framings.Use;
import org.annals.store.read.QuoteRecord;

/**
 * The framing lens (issue 19): per outlet, the names and labels it gives one actor; per report, the
 * words of one event. The lexicon classes come from {@code terms} when asked, so a user's lexicon
 * applies to articles stored before it. Not thread-safe, like the store it reads.
 */
public final class FramingLens {
  /** The outlet of an article that names none. */
  public static final String NO_OUTLET = "no outlet given";

  private final ArticleStore store;
  private final FramingReads reads;
  private final FramingTerms terms;
  private final Outlets outlets;
  private final Map<String, StoredArticle> articles = new HashMap<>();
  private final Map<String, Optional<StoredText>> texts = new HashMap<>();
  private final Map<String, List<int[]>> quotes = new HashMap<>();

  FramingLens(ArticleStore store, FramingReads reads, FramingTerms terms, Outlets outlets) {
    this.store = store;
    this.reads = reads;
    this.terms = terms;
    this.outlets = outlets;
  }

  /** An article's outlet: its listed or written name, what gave it and its comparison key. */
  public record ArticleOutlet(String name, String from, String key) {}

  /** The outlet of a stored article. */
  public ArticleOutlet outletOf(StoredArticle a) {
    Outlets.Outlet o = outlets.of(a.agency(), a.siteName(), a.url());
    if (o == null) {
      String file = a.source() == null ? a.id() : Path.of(a.source()).getFileName().toString();
      return new ArticleOutlet(NO_OUTLET + " (" + file + ")", "none", "none:" + a.id());
    }
    return new ArticleOutlet(o.name(), o.from(), o.key());
  }

  /**
   * How each outlet names the actor with this id: outlets with most mentions first, at most {@code
   * top} names and labels each (most used first). {@code from}/{@code to} (ISO dates or null) keep
   * the articles dated within them (by publication, else dateline); then undated articles are left
   * out.
   */
  public ActorFraming actor(String id, String from, String to, int top) {
    return actor(id, store.actor(id).map(StoredActor::name).orElse(id), from, to, top);
  }

  /** As {@link #actor(String, String, String, int)}, for an actor already read. */
  public ActorFraming actor(StoredActor a, String from, String to, int top) {
    return actor(a.id(), a.name(), from, to, top);
  }

  private ActorFraming actor(String id, String name, String from, String to, int top) {
    try {
      Map<String, Group> groups = new LinkedHashMap<>();
      for (MentionRow m : reads.mentionsOf(id)) {
        Group g = group(groups, m.article(), from, to);
        if (g != null) {
          g.mentions++;
          g.articles.add(m.article());
          g.names.add(
              m.text(),
              null,
              m.rule(),
              quoted(m.article(), m.start(), m.end()),
              () -> nameExample(m));
        }
      }
      for (LabelRow l : reads.labelsOf(id)) {
        Group g = group(groups, l.article(), from, to);
        if (g != null) {
          g.labels.add(
              l.label(),
              l.lemmas(),
              l.rule(),
              quoted(l.article(), l.phraseStart(), l.phraseEnd()),
              () -> labelExample(l));
        }
      }
      List<OutletFraming> out = new ArrayList<>();
      for (Group g : groups.values()) {
        if (g.mentions > 0 || !g.labels.uses.isEmpty()) {
          out.add(g.framing(top));
        }
      }
      out.sort(
          Comparator.comparingInt(OutletFraming::mentions)
              .reversed()
              .thenComparing(OutletFraming::outlet));
      return new ActorFraming(id, name, out);
    } catch (SQLException e) {
      throw new AnnalsException("cannot read the framing of " + id + ": " + e.getMessage(), e);
    }
  }

  /** Each report of the cluster and its words, in the store's event order (by date). */
  public EventFraming cluster(String cluster) {
    List<ReportWording> out = new ArrayList<>();
    try {
      for (EventRecord e : store.events(new EventFilter(null, null, null, null, null, cluster))) {
        StoredArticle a = article(e.article());
        ArticleOutlet o = a == null ? new ArticleOutlet(NO_OUTLET, "none", "") : outletOf(a);
        List<SentenceLabel> labels = new ArrayList<>();
        for (LabelRow l : reads.labelsIn(e.article(), e.evidence().sentence())) {
          labels.add(
              new SentenceLabel(l.actor(), l.label(), l.phrase(), terms.in(l.label(), l.lemmas())));
        }
        out.add(
            new ReportWording(
                e.id(),
                e.article(),
                o.name(),
                o.from(),
                a == null ? null : a.published() != null ? a.published() : a.datelineDate(),
                e.cameo(),
                e.trigger().text(),
                terms.in(e.trigger().text(), null),
                e.source() == null ? null : e.source().text(),
                e.target() == null ? null : e.target().text(),
                example(
                    e.article(),
                    e.evidence().sentence(),
                    e.evidence().start(),
                    e.evidence().end(),
                    e.trigger().start(),
                    e.trigger().end()),
                labels));
      }
    } catch (SQLException ex) {
      throw new AnnalsException("cannot read the labels of cluster " + cluster, ex);
    }
    return new EventFraming(cluster, out);
  }

  private Group group(Map<String, Group> groups, String articleId, String from, String to) {
    StoredArticle a = article(articleId);
    if (a == null) {
      return null;
    }
    String date = a.published() != null ? a.published() : a.datelineDate();
    if ((from != null || to != null)
        && (date == null
            || from != null && date.compareTo(from) < 0
            || to != null
                && date.substring(0, Math.min(date.length(), to.length())).compareTo(to) > 0)) {
      return null;
    }
    ArticleOutlet o = outletOf(a);
    return groups.computeIfAbsent(o.key(), k -> new Group(o));
  }

  /** Whether raw offsets {@code [start, end)} of an article lie inside quoted words. */
  private boolean quoted(String article, int start, int end) {
    for (int[] q : quotes.computeIfAbsent(article, this::directQuotes)) {
      if (q[0] <= start && end <= q[1]) {
        return true;
      }
    }
    return false;
  }

  private List<int[]> directQuotes(String article) {
    List<int[]> out = new ArrayList<>();
    for (QuoteRecord q : store.quotes(null, article)) {
      if (q.direct()) {
        out.add(new int[] {q.start(), q.end()});
      }
    }
    return out;
  }

  private StoredArticle article(String id) {
    return articles.computeIfAbsent(id, k -> store.article(k).orElse(null));
  }

  private Example labelExample(LabelRow l) {
    return example(
        l.article(),
        l.sentence(),
        l.sentenceStart(),
        l.sentenceEnd(),
        l.phraseStart(),
        l.phraseEnd());
  }

  /** A name's example: the sentence around it, as far as the clean text's sentence marks. */
  private Example nameExample(MentionRow m) {
    StoredText t = text(m.article());
    if (t == null) {
      return new Example(m.article(), m.sentence(), null, -1, -1, m.start(), m.end());
    }
    String clean = t.cleanText();
    int s = t.map().toClean(m.start());
    int e = t.map().toClean(m.end());
    int from = s;
    while (from > 0 && s - from < 300 && !endsSentence(clean, from - 1)) {
      from--;
    }
    int to = e;
    while (to < clean.length() && to - e < 300 && !endsSentence(clean, to - 1)) {
      to++;
    }
    // a window cut at its limit starts and ends at a word: past the cut word, not inside it
    if (from > 0
        && !endsSentence(clean, from - 1)
        && !Character.isWhitespace(clean.charAt(from - 1))) {
      while (from < s && !Character.isWhitespace(clean.charAt(from))) {
        from++;
      }
    }
    if (to < clean.length()
        && !endsSentence(clean, to - 1)
        && !Character.isWhitespace(clean.charAt(to))) {
      while (to > e && !Character.isWhitespace(clean.charAt(to - 1))) {
        to--;
      }
    }
    String sentence = clean.substring(from, to);
    int lead = sentence.length() - sentence.stripLeading().length();
    return new Example(
        m.article(),
        m.sentence(),
        sentence.strip(),
        s - from - lead,
        e - from - lead,
        m.start(),
        m.end());
  }

  private static boolean endsSentence(String text, int i) {
    char ch = text.charAt(i);
    return ch == '\n'
        || (ch == '.' || ch == '!' || ch == '?')
            && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** A sentence by its raw offsets, with a phrase's raw offsets made relative to it. */
  private Example example(
      String article, int sentence, int startRaw, int endRaw, int phraseStart, int phraseEnd) {
    StoredText t = text(article);
    if (t == null) {
      return new Example(article, sentence, null, -1, -1, phraseStart, phraseEnd);
    }
    int s = t.map().toClean(startRaw);
    int e = Math.max(s, t.map().toClean(endRaw));
    int ps = t.map().toClean(phraseStart) - s;
    int pe = t.map().toClean(phraseEnd) - s;
    String text = t.cleanText().substring(s, Math.min(e, t.cleanText().length()));
    boolean inside = ps >= 0 && pe <= text.length() && pe > ps;
    return new Example(
        article, sentence, text, inside ? ps : -1, inside ? pe : -1, phraseStart, phraseEnd);
  }

  private StoredText text(String article) {
    return texts
        .computeIfAbsent(
            article, id -> store.text(id).filter(x -> x.cleanText() != null && x.map() != null))
        .orElse(null);
  }

  /** One outlet's counts. */
  private final class Group {
    final ArticleOutlet outlet;
    final Set<String> articles = new LinkedHashSet<>();
    int mentions;
    final Uses names = new Uses();
    final Uses labels = new Uses();

    Group(ArticleOutlet outlet) {
      this.outlet = outlet;
    }

    OutletFraming framing(int top) {
      Map<String, Integer> classes = new TreeMap<>();
      names.countClasses(classes);
      labels.countClasses(classes);
      return new OutletFraming(
          outlet.name(),
          outlet.from(),
          articles.size(),
          mentions,
          classes,
          names.top(top),
          labels.top(top));
    }
  }

  /** Words counted case-insensitively, with their terms and first example. */
  private final class Uses {
    private final Map<String, Counted> uses = new LinkedHashMap<>();

    private static final class Counted {
      String text;
      String rule;
      List<Term> terms;
      java.util.function.Supplier<Example> example;
      boolean exampleQuoted;
      int count;
      int quoted;
    }

    void add(
        String text,
        String lemmas,
        String rule,
        boolean inQuote,
        java.util.function.Supplier<Example> ex) {
      Counted c =
          uses.computeIfAbsent(
              text.toLowerCase(Locale.ROOT),
              k -> {
                Counted n = new Counted();
                n.text = text;
                n.rule = rule;
                n.terms = terms.in(text, lemmas);
                n.example = ex;
                n.exampleQuoted = inQuote;
                return n;
              });
      if (c.exampleQuoted && !inQuote) {
        c.example = ex; // the outlet's own words make the better example
        c.exampleQuoted = false;
      }
      c.count++;
      if (inQuote) {
        c.quoted++;
      }
    }

    void countClasses(Map<String, Integer> classes) {
      for (Counted c : uses.values()) {
        if (c.count == c.quoted) {
          continue;
        }
        c.terms.stream()
            .flatMap(t -> t.classes().stream())
            .distinct()
            .forEach(k -> classes.merge(k, c.count - c.quoted, Integer::sum));
      }
    }

    List<Use> top(int n) {
      return uses.values().stream()
          .sorted(
              Comparator.comparingInt((Counted c) -> c.count)
                  .reversed()
                  .thenComparing(c -> c.text.toLowerCase(Locale.ROOT)))
          .limit(n)
          .map(c -> new Use(c.text, c.count, c.quoted, c.terms, c.rule, c.example.get()))
          .toList();
    }
  }
}
