package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Annotations;
import org.annals.model.CleanText;
import org.annals.model.Dependency;
import org.annals.model.EntityMention;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.TimeExpression;
import org.annals.model.Token;
import org.annals.pipeline.Budgets;
import org.annals.pipeline.Document;
import org.annals.pipeline.Layer;
import org.annals.pipeline.Stage;
import org.annals.pipeline.StepTimes;

/**
 * The language layer, by Stanford CoreNLP: sentences, tokens, POS, lemmas, named entities, and time
 * expressions normalised by SUTime against the article's own anchor date. The only class that sees
 * CoreNLP's types; everything leaves as Annals records.
 *
 * <p>The CoreNLP pipelines (splitting, then tagging) are built once per JVM, on first use (a few
 * seconds, ~1 GB of models on the heap), and shared by all threads. Settings, measured on the
 * seeds: a blank line ends a sentence (a title line and the first sentence would otherwise merge);
 * the fine-grained KBP NER layer is off (slow, and it tags "Palestine" as a CITY); no coreference;
 * SUTime runs only on the sentences with a {@link TemporalCues temporal cue} (see {@link
 * NerTaggers}): the same tags, for less time.
 */
public final class CoreNlpAnnotator implements Stage {
  private static final Set<String> NOT_NAMES =
      Set.of("DATE", "TIME", "DURATION", "SET", "NUMBER", "ORDINAL", "MONEY", "PERCENT", "O");
  private static final Pattern FULL_DATE =
      Pattern.compile(
          "\\b(\\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December),? \\d{4}"
              + "|(January|February|March|April|May|June|July|August|September|October|November|December) \\d{1,2},? \\d{4})\\b");

  /** Longest sentence worth parsing; longer ones are lists or run-ons, and cost quadratically. */
  static final int MAX_PARSE_TOKENS = 90;

  /** Sentences parsed in one call; the article's wall time is checked between calls. */
  private static final int PARSE_BATCH = 16;

  private final Predicate<List<Token>> parseIf;
  private final Budgets budgets;

  /** Without dependency parses. */
  public CoreNlpAnnotator() {
    this(tokens -> false);
  }

  /**
   * With dependency parses (UD enhanced++) for the sentences the predicate selects: parsing every
   * sentence would double the cost, and only sentences that may hold an event need it.
   */
  public CoreNlpAnnotator(Predicate<List<Token>> parseIf) {
    this(parseIf, Budgets.DEFAULT);
  }

  /**
   * With parses, and the article's sentences held to the budgets once split (before tagging, the
   * costly part): an article over them fails with {@link Budgets.Exceeded}.
   */
  public CoreNlpAnnotator(Predicate<List<Token>> parseIf, Budgets budgets) {
    this.parseIf = parseIf;
    this.budgets = budgets;
  }

  private static final class Parser {
    static final DependencyParseAnnotator PARSER = build();

    private static DependencyParseAnnotator build() {
      Holder.NER.getClass(); // logging configured once, by the main pipelines
      return new DependencyParseAnnotator(new Properties());
    }
  }

  /**
   * Two pipelines, so that sentences can be repaired between splitting and tagging (see {@link
   * StrayQuotes}): the tagger and NER then see each sentence as it really ends.
   */
  private static final class Holder {
    static final StanfordCoreNLP SPLIT = build("tokenize,ssplit");
    static final StanfordCoreNLP POS = build("pos");
    static final StanfordCoreNLP LEMMA = build("lemma");
    static final NerTaggers NER = new NerTaggers();

    private static StanfordCoreNLP build(String annotators) {
      // CoreNLP's INFO lines ("Adding annotator …") are noise on a user's terminal
      edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
      Properties p = properties();
      p.setProperty("annotators", annotators);
      p.setProperty("enforceRequirements", "false"); // TAG runs on SPLIT's output
      return new StanfordCoreNLP(p);
    }
  }

  /** The settings both pipelines share; each adds its annotators. */
  private static Properties properties() {
    Properties p = new Properties();
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneKeep");
    return p;
  }

  /** Loads the models now rather than at the first document (for benchmarks and servers). */
  public static void loadModels() {
    Holder.NER.getClass();
  }

  @Override
  public void warmUp() {
    loadModels();
    if (Parser.PARSER == null) {
      throw new IllegalStateException("no dependency parser");
    }
  }

  @Override
  public String name() {
    return "nlp/corenlp-4.5.10";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.CLEAN_TEXT, Layer.METADATA);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.ANNOTATIONS);
  }

  @Override
  public Document apply(Document doc) {
    String[] anchor = anchor(doc.clean());
    return doc.withAnnotations(
        annotate(doc.raw().source(), doc.clean().text(), anchor[0], anchor[1]));
  }

  /** Annotates a clean text; relative dates resolve against the article's own anchor only. */
  public Annotations annotate(CleanText clean) {
    String[] anchor = anchor(clean);
    return annotate(clean.text(), anchor[0], anchor[1]);
  }

  /** Annotates a text with an explicit anchor date (ISO) or none. */
  public Annotations annotate(String text, String anchorDate, String anchorFrom) {
    return annotate("text", text, anchorDate, anchorFrom);
  }

  private Annotations annotate(String source, String text, String anchorDate, String anchorFrom) {
    Annotation a = new Annotation(text);
    if (anchorDate != null) {
      a.set(CoreAnnotations.DocDateAnnotation.class, anchorDate);
    }
    long t0 = System.nanoTime();
    Holder.SPLIT.annotate(a);
    StrayQuotes.repair(a);
    t0 = step("nlp/split", t0);
    checkBudgets(source, a);
    tag(a, anchorDate);
    t0 = System.nanoTime();
    Annotations out = convert(a, anchorDate, anchorFrom);
    t0 = step("nlp/convert", t0);
    Annotations parsed = withParses(a, out);
    step("nlp/parse", t0);
    return parsed;
  }

  private void checkBudgets(String source, Annotation a) {
    List<CoreMap> cs = a.get(CoreAnnotations.SentencesAnnotation.class);
    int longest = 0;
    for (CoreMap s : cs) {
      longest = Math.max(longest, s.get(CoreAnnotations.TokensAnnotation.class).size());
    }
    budgets.checkSentences(source, cs.size(), longest, false);
    stopIfInterrupted();
  }

  /**
   * Tags the article: as one document, or, past {@link #TAG_AT_ONCE} sentences (no real news
   * article has that many), in batches with the wall time checked between them: CoreNLP's tagger
   * and NER do not look at the thread's interrupt, and 40,000 sentences take minutes.
   */
  private static void tag(Annotation a, String anchorDate) {
    List<CoreMap> cs = a.get(CoreAnnotations.SentencesAnnotation.class);
    if (cs.size() <= TAG_AT_ONCE) {
      runTaggers(a);
      stopIfInterrupted();
      return;
    }
    for (int from = 0; from < cs.size(); from += TAG_BATCH) {
      Annotation sub = part(a, cs.subList(from, Math.min(cs.size(), from + TAG_BATCH)));
      runTaggers(sub); // the tokens and sentences are shared: the article gets the tags
      stopIfInterrupted();
    }
  }

  /** Records the time since {@code t0} under {@code name}; answers the time now. */
  private static long step(String name, long t0) {
    long now = System.nanoTime();
    StepTimes.add(name, now - t0);
    return now;
  }

  /**
   * Runs the tagging pipelines on an article (or a batch of its sentences), timing each. SUTime (in
   * the NER) runs only on the sentences with a {@link TemporalCues temporal cue}; the others go
   * through the same NER without it, which gives them the same tags for a third of the time.
   */
  private static void runTaggers(Annotation a) {
    long t0 = System.nanoTime();
    Holder.POS.annotate(a);
    t0 = step("nlp/pos", t0);
    Holder.LEMMA.annotate(a);
    t0 = step("nlp/lemma", t0);
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> untimed = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      (mayHoldTime(s) ? timed : untimed).add(s);
    }
    StepTimes.count("sentences with a temporal cue", timed.size());
    if (untimed.isEmpty()) {
      Holder.NER.withTime.annotate(a);
    } else if (timed.isEmpty()) {
      Holder.NER.withoutTime.annotate(a);
    } else {
      Holder.NER.withTime.annotate(part(a, timed));
      Holder.NER.withoutTime.annotate(part(a, untimed));
    }
    step("nlp/ner", t0);
  }

  /**
   * Whether plain numbers count as temporal cues, as they did before issue 17: {@code
   * -Dannals.time.numberCues=true}, to compare. They do not by default: a sentence whose only cues
   * are numbers ("10", "a dozen", "two million") holds no date SUTime finds (TimeBank the same but
   * for years spelled out, which are cues of their own), and SUTime is 29% of all time.
   */
  private static final boolean NUMBER_CUES = Boolean.getBoolean("annals.time.numberCues");

  private static boolean mayHoldTime(CoreMap sentence) {
    List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<String> words = new ArrayList<>(tokens.size());
    List<String> tags = new ArrayList<>(tokens.size());
    for (CoreLabel t : tokens) {
      words.add(t.word());
      tags.add(t.tag());
    }
    return NUMBER_CUES ? TemporalCues.any(words, tags) : TemporalCues.anyTime(words, tags);
  }

  /**
   * Some sentences of an annotation as an annotation of their own, sharing their tokens (so that
   * what a tagger sets on them, the article has) and the anchor date.
   */
  private static Annotation part(Annotation a, List<CoreMap> sentences) {
    Annotation sub = new Annotation(a.get(CoreAnnotations.TextAnnotation.class));
    String date = a.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      sub.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    List<CoreLabel> tokens = new ArrayList<>();
    sentences.forEach(s -> tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class)));
    sub.set(CoreAnnotations.TokensAnnotation.class, tokens);
    sub.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    return sub;
  }

  /** Sentences an article may have for its tagging to be one piece of work. */
  private static final int TAG_AT_ONCE = 2_000;

  private static final int TAG_BATCH = 100;

  /** The article's wall time is spent (its thread was interrupted): stop here. */
  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted() || org.annals.pipeline.Pipeline.overWallTime()) {
      throw new org.annals.AnnalsException("interrupted: the article's wall time is spent");
    }
  }

  /** Parses the selected sentences and adds their edges. */
  private Annotations withParses(Annotation a, Annotations out) {
    List<CoreMap> cs = a.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> chosen = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    for (Sentence s : out.sentences()) {
      List<Token> toks = out.tokens(s);
      if (toks.size() >= 3 && toks.size() <= MAX_PARSE_TOKENS && parseIf.test(toks)) {
        chosen.add(cs.get(s.index()));
        firsts.add(s.firstToken());
      }
    }
    StepTimes.count("sentences", out.sentences().size());
    StepTimes.count("sentences parsed", chosen.size());
    if (chosen.isEmpty()) {
      return out;
    }
    for (int from = 0; from < chosen.size(); from += PARSE_BATCH) {
      Annotation sub = new Annotation(a.get(CoreAnnotations.TextAnnotation.class));
      sub.set(
          CoreAnnotations.SentencesAnnotation.class,
          chosen.subList(from, Math.min(chosen.size(), from + PARSE_BATCH)));
      Parser.PARSER.annotate(sub);
      stopIfInterrupted();
    }
    List<Dependency> deps = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      SemanticGraph g =
          chosen
              .get(i)
              .get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
      if (g == null) {
        continue;
      }
      int base = firsts.get(i) - 1; // CoreNLP's token indices start at 1
      for (var root : g.getRoots()) {
        deps.add(new Dependency(-1, base + root.index(), "root"));
      }
      for (SemanticGraphEdge e : g.edgeIterable()) {
        if (e.getGovernor().copyCount() > 0 || e.getDependent().copyCount() > 0) {
          continue; // copy nodes for ellipsis have no words of their own
        }
        deps.add(
            new Dependency(
                base + e.getGovernor().index(),
                base + e.getDependent().index(),
                e.getRelation().toString()));
      }
    }
    return new Annotations(
        out.sentences(),
        out.tokens(),
        out.mentions(),
        out.times(),
        deps,
        out.anchor(),
        out.anchorFrom());
  }

  /**
   * The date "today" means for this article: its publication date, else its dateline's date, else
   * the first full date (with a year) the text itself writes. Never a file's timestamp.
   */
  static String[] anchor(CleanText clean) {
    if (clean.metadata().published() != null) {
      return new String[] {clean.metadata().published(), "published"};
    }
    if (clean.metadata().datelineDate() != null) {
      return new String[] {clean.metadata().datelineDate(), "dateline"};
    }
    Matcher m = FULL_DATE.matcher(clean.text());
    if (m.find()) {
      String iso = org.annals.clean.Dates.iso(m.group(1));
      if (iso != null) {
        return new String[] {iso, "text"};
      }
    }
    return new String[] {null, null};
  }

  private static Annotations convert(Annotation a, String anchor, String anchorFrom) {
    List<Sentence> sentences = new ArrayList<>();
    List<Token> tokens = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    List<TimeExpression> times = new ArrayList<>();
    List<CoreMap> cs = a.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < cs.size(); s++) {
      CoreMap sentence = cs.get(s);
      int first = tokens.size();
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(
            new Token(
                tokens.size(),
                s,
                new Span(t.beginPosition(), t.endPosition()),
                t.word(),
                t.lemma(),
                t.tag(),
                t.ner()));
      }
      sentences.add(
          new Sentence(
              s,
              first,
              tokens.size(),
              new Span(
                  sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                  sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))));
      List<CoreMap> ms = sentence.get(CoreAnnotations.MentionsAnnotation.class);
      if (ms == null) {
        continue;
      }
      for (CoreMap m : ms) {
        String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
        Span span =
            new Span(
                m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
        String text = m.get(CoreAnnotations.TextAnnotation.class);
        Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
        if (timex != null) {
          String value =
              PastBias.apply(
                  timex.value(), text, anchor, tokens.subList(first, tokens.size()), span);
          TimexDates.Resolved r = TimexDates.resolve(value);
          times.add(
              new TimeExpression(s, span, text, timex.timexType(), value, r.date(), r.precision()));
          continue;
        }
        if (type == null || NOT_NAMES.contains(type)) {
          continue;
        }
        int begin =
            first + m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceTokenBase(sentence);
        int end =
            first + m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceTokenBase(sentence);
        if (isPronoun(tokens, begin, end)) {
          continue; // CoreNLP types "he" and "his" PERSON
        }
        mentions.add(new EntityMention(s, begin, end, span, text, type));
      }
    }
    String text = a.get(CoreAnnotations.TextAnnotation.class);
    times = TimexConventions.apply(times, text, sentences, anchor);
    times = ReferencePeriod.apply(times, text, sentences, anchor);
    return new Annotations(sentences, tokens, mentions, times, anchor, anchorFrom);
  }

  /** Mention token offsets are document-wide in CoreNLP; ours are too, rebased on our list. */
  private static int sentenceTokenBase(CoreMap sentence) {
    Integer b = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    return b == null ? 0 : b;
  }

  private static boolean isPronoun(List<Token> tokens, int begin, int end) {
    for (int i = begin; i < end; i++) {
      String pos = tokens.get(i).pos();
      if (!pos.startsWith("PRP") && !pos.equals("WP")) {
        return false;
      }
    }
    return true;
  }
}
