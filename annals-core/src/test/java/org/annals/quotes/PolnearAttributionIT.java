package org.annals.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.annals.Shared;
import org.annals.model.Annotations;
import org.annals.model.Span;
import org.annals.nlp.CoreNlpAnnotator;
import org.junit.jupiter.api.Test;

/**
 * Attribution on PolNeAR (train split): precision, recall and F1 of content spans, and speaker
 * accuracy. Matching rule: a found quote matches a gold attribution when their content spans
 * overlap by at least half of the longer of the two; each gold attribution is matched at most once.
 * The speaker is right when the found speaker span overlaps the gold Source span. A gold span made
 * of several fragments (brat's {@code 2103 2168;2170 2425}, about one content in seven, mostly
 * words interrupted by their reporting clause: "“…,” he said. “…”") counts as its fragments
 * together: their summed length and their summed overlap. Where an article has several annotators'
 * files, the first (by name) is used. Prints the scores.
 */
class PolnearAttributionIT {
  private static final Pattern T =
      Pattern.compile("^(T\\d+)\\t(\\w+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t");
  private static final Pattern E = Pattern.compile("^E\\d+\\tAttribution:T\\d+ (.*)$");
  private static final int ARTICLES = Integer.getInteger("annals.polnear.articles", 300);

  /**
   * Articles to pass over first: {@code -Dannals.polnear.skip=300 -Dannals.polnear.articles=540}
   * scores the rest of the split, which no rule was read from.
   */
  private static final int SKIP = Integer.getInteger("annals.polnear.skip", 0);

  record Gold(List<Span> content, List<Span> source, List<Span> cue) {}

  @Test
  void measuresAttributionAgainstGoldSpans() throws Exception {
    Path root = Shared.path("devsets/polnear-train");
    List<Path> texts;
    try (Stream<Path> s = Files.list(root.resolve("text"))) {
      texts = s.sorted().skip(SKIP).limit(ARTICLES).toList();
    }
    CoreNlpAnnotator nlp = new CoreNlpAnnotator();
    QuoteExtractor quotes = new QuoteExtractor();
    int tp = 0;
    int found = 0;
    int gold = 0;
    int speakerRight = 0;
    List<String> errors = new ArrayList<>();
    List<String> foundRows = new ArrayList<>();
    for (Path t : texts) {
      String name = t.getFileName().toString().replaceFirst("\\.txt$", "");
      Path ann;
      try (Stream<Path> s = Files.list(root.resolve("attributions"))) {
        ann =
            s.filter(p -> p.getFileName().toString().startsWith(name + "_"))
                .sorted()
                .findFirst()
                .orElse(null);
      }
      if (ann == null) {
        continue;
      }
      String text = Files.readString(t);
      List<Gold> golds = gold(Files.readAllLines(ann));
      Annotations a = annotations(nlp, name, text);
      List<Quote> qs = quotes.extract(text, a, null);
      gold += golds.size();
      found += qs.size();
      boolean[] used = new boolean[golds.size()];
      for (Quote q : qs) {
        foundRows.add(
            String.join(
                "\t",
                name,
                q.rule(),
                q.content().start() + " " + q.content().end(),
                q.speaker() == null ? "-" : q.speaker().start() + " " + q.speaker().end(),
                q.cue().start() + " " + q.cue().end()));
        boolean hit = false;
        for (int g = 0; g < golds.size(); g++) {
          if (!used[g] && matches(q.content(), golds.get(g).content())) {
            used[g] = true;
            hit = true;
            tp++;
            List<Span> src = golds.get(g).source();
            if (q.speaker() != null && src != null && overlap(q.speaker(), src) > 0) {
              speakerRight++;
            } else {
              errors.add(
                  "SPEAKER ours="
                      + (q.speaker() == null ? null : q.speaker().of(text))
                      + " gold="
                      + (src == null ? null : of(text, src)));
            }
            break;
          }
        }
        if (!hit) {
          errors.add(
              "FP "
                  + q.rule()
                  + " cue="
                  + q.cue().of(text)
                  + " content="
                  + snippet(q.content().of(text)));
        }
      }
      for (int g = 0; g < golds.size(); g++) {
        if (!used[g]) {
          Gold x = golds.get(g);
          errors.add(
              "FN cue="
                  + (x.cue() == null ? null : of(text, x.cue()).toLowerCase())
                  + " content="
                  + snippet(of(text, x.content())));
        }
      }
    }
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/polnear-errors.txt"), errors);
    Files.write(Path.of("target/polnear-found.tsv"), foundRows);
    double p = tp / (double) found;
    double r = tp / (double) gold;
    double f1 = 2 * p * r / (p + r);
    double speaker = speakerRight / (double) tp;
    System.out.printf(
        "PolNeAR attribution (%d articles after %d): precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f; speaker accuracy %.3f (%d/%d)%n",
        texts.size(), SKIP, p, tp, found, r, tp, gold, f1, speaker, speakerRight, tp);
    // regression guards at the measured 0.690 (held-out 540: 0.678) / 0.94; the aims are 0.85 /
    // 0.90
    assertThat(f1).isGreaterThan(0.675);
    assertThat(speaker).isGreaterThan(0.90);
  }

  /**
   * What the aim can be: the articles that several annotators annotated (16 of the split, six
   * annotators each) give their agreement with one another under the same matching rule (each
   * annotator in turn as the found side, fragments and all), and ours with each of them. Prints
   * both; the guard is that we stay within reach of the annotators' own agreement.
   */
  @Test
  void comparesWithTheAgreementOfAnnotators() throws Exception {
    Path root = Shared.path("devsets/polnear-train");
    java.util.Map<String, List<Path>> byArticle = new java.util.TreeMap<>();
    try (Stream<Path> s = Files.list(root.resolve("attributions"))) {
      for (Path p : s.sorted().toList()) {
        String f = p.getFileName().toString();
        byArticle
            .computeIfAbsent(f.substring(0, f.lastIndexOf('_')), k -> new ArrayList<>())
            .add(p);
      }
    }
    byArticle.values().removeIf(files -> files.size() < 2);
    CoreNlpAnnotator nlp = new CoreNlpAnnotator();
    QuoteExtractor quotes = new QuoteExtractor();
    int[] human = new int[3]; // matched, found, gold
    int[] ours = new int[3];
    int pairs = 0;
    for (var e : byArticle.entrySet()) {
      List<List<Gold>> annotators = new ArrayList<>();
      for (Path p : e.getValue()) {
        annotators.add(gold(Files.readAllLines(p)));
      }
      String text = Files.readString(root.resolve("text").resolve(e.getKey() + ".txt"));
      List<List<Span>> found =
          quotes.extract(text, annotations(nlp, e.getKey(), text), null).stream()
              .map(q -> List.of(q.content()))
              .toList();
      for (List<Gold> y : annotators) {
        add(ours, agreement(found, y));
        for (List<Gold> x : annotators) {
          if (x != y) {
            add(human, agreement(x.stream().map(Gold::content).toList(), y));
            pairs++;
          }
        }
      }
    }
    double humanF1 = f1(human);
    double oursF1 = f1(ours);
    System.out.printf(
        "PolNeAR annotator agreement (%d articles, %d ordered pairs of annotators): F1 %.3f;"
            + " ours against the same annotators: F1 %.3f (P %.3f, R %.3f)%n",
        byArticle.size(),
        pairs,
        humanF1,
        oursF1,
        ours[0] / (double) ours[1],
        ours[0] / (double) ours[2]);
    assertThat(pairs).isGreaterThan(400);
    assertThat(humanF1).isBetween(0.7, 0.9); // as the split's own annotations give it
    assertThat(oursF1).isGreaterThan(0.8 * humanF1);
  }

  private static int[] agreement(List<List<Span>> found, List<Gold> gold) {
    boolean[] used = new boolean[gold.size()];
    int matched = 0;
    for (List<Span> f : found) {
      for (int g = 0; g < gold.size(); g++) {
        if (!used[g] && matches(f, gold.get(g).content())) {
          used[g] = true;
          matched++;
          break;
        }
      }
    }
    return new int[] {matched, found.size(), gold.size()};
  }

  private static void add(int[] sum, int[] x) {
    for (int i = 0; i < sum.length; i++) {
      sum[i] += x[i];
    }
  }

  private static double f1(int[] c) {
    double p = c[0] / (double) c[1];
    double r = c[0] / (double) c[2];
    return 2 * p * r / (p + r);
  }

  /**
   * The language layer of one article; with {@code -Dannals.polnear.cache=DIR} it is kept in DIR
   * (JSON) and read back on later runs, so that a change to the quote rules is measured in seconds.
   * The cache is the developer's to clear when the language layer changes.
   */
  private static Annotations annotations(CoreNlpAnnotator nlp, String name, String text)
      throws java.io.IOException {
    String dir = System.getProperty("annals.polnear.cache");
    if (dir == null) {
      return nlp.annotate(text, null, null);
    }
    Path file = Path.of(dir, name + ".json");
    if (Files.exists(file)) {
      return JSON.readValue(file.toFile(), Annotations.class);
    }
    Annotations a = nlp.annotate(text, null, null);
    Files.createDirectories(file.getParent());
    JSON.writeValue(file.toFile(), a);
    return a;
  }

  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();

  private static String snippet(String s) {
    s = s.replaceAll("\\s+", " ");
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  static boolean matches(Span a, List<Span> b) {
    return matches(List.of(a), b);
  }

  /** As above, for a found span of several fragments too (another annotator's). */
  static boolean matches(List<Span> a, List<Span> b) {
    int overlap = a.stream().mapToInt(f -> overlap(f, b)).sum();
    int length = b.stream().mapToInt(Span::length).sum();
    int found = a.stream().mapToInt(Span::length).sum();
    return overlap > 0 && overlap * 2 >= Math.max(found, length);
  }

  static int overlap(Span a, List<Span> fragments) {
    int sum = 0;
    for (Span b : fragments) {
      sum += Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }
    return sum;
  }

  private static String of(String text, List<Span> fragments) {
    return String.join(" … ", fragments.stream().map(f -> f.of(text)).toList());
  }

  static List<Gold> gold(List<String> lines) {
    java.util.Map<String, List<Span>> spans = new java.util.HashMap<>();
    List<Gold> out = new ArrayList<>();
    for (String line : lines) {
      Matcher m = T.matcher(line);
      if (m.find()) {
        List<Span> fragments = new ArrayList<>();
        for (String f : m.group(3).split(";")) {
          String[] se = f.split(" ");
          fragments.add(new Span(Integer.parseInt(se[0]), Integer.parseInt(se[1])));
        }
        spans.put(m.group(1), fragments);
      }
    }
    for (String line : lines) {
      Matcher m = E.matcher(line);
      if (!m.find()) {
        continue;
      }
      List<Span> content = null;
      List<Span> source = null;
      List<Span> cue = null;
      for (String part : m.group(1).split(" ")) {
        String[] kv = part.split(":");
        if (kv.length == 2 && kv[0].equals("Content")) {
          content = spans.get(kv[1]);
        } else if (kv.length == 2 && kv[0].equals("Source")) {
          source = spans.get(kv[1]);
        } else if (kv.length == 2 && kv[0].equals("Cue")) {
          cue = spans.get(kv[1]);
        }
      }
      if (content != null) {
        out.add(new Gold(content, source, cue));
      }
    }
    return out;
  }
}
