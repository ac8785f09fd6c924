package org.annals.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.annals.linking.Linker;
import org.annals.linking.Mention;
import org.annals.model.DatePrecision;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-linking",
    mixinStandardHelpOptions = true,
    description = {
      "Measure cross-article linking on synthetic event mentions: each size is generated with a"
          + " fixed seed (real events between actors chosen with a skew, so a few are in most events, each reported one to four times with"
          + " dates that may disagree by a day or be given only as a weekday, and look-alike events"
          + " between the same actors on other dates), linked, and timed. Prints mentions/s and"
          + " pairwise precision and recall against the generated truth.",
      "",
      "Example:  annals bench-linking --events 10000 --events 100000"
    })
final class LinkBenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--events",
      paramLabel = "N",
      description = "Number of mentions to link (repeatable; default: 10000 and 100000).")
  List<Integer> sizes;

  @Option(
      names = "--actors",
      paramLabel = "N",
      description = "Distinct actors (default: ${DEFAULT-VALUE}).",
      defaultValue = "3000")
  int actors;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Integer> ns = sizes == null ? List.of(10_000, 100_000) : sizes;
    Linker.cluster(generate(5_000, actors, new HashMap<>())); // warm-up
    for (int n : ns) {
      Map<String, String> truth = new HashMap<>();
      List<Mention> mentions = generate(n, actors, truth);
      long t0 = System.nanoTime();
      Map<String, String> clusters = Linker.cluster(mentions);
      double secs = (System.nanoTime() - t0) / 1e9;
      double[] pr = pairwise(clusters, truth);
      out.printf(
          Locale.ROOT,
          "linking %,d mentions: %.2f s, %,.0f mentions/s, %,d clusters; pairwise precision %.3f,"
              + " recall %.3f%n",
          n,
          secs,
          n / secs,
          clusters.values().stream().distinct().count(),
          pr[0],
          pr[1]);
      out.flush();
    }
    return Main.OK;
  }

  private static final String[] ROOTS = {"040", "041", "042", "051", "111", "112", "190"};

  /** Mentions of random events; {@code truth} gets each mention's real event. */
  static List<Mention> generate(int n, int actors, Map<String, String> truth) {
    Random r = new Random(42);
    List<Mention> out = new ArrayList<>(n);
    LocalDate base = LocalDate.of(2030, 1, 1);
    int event = 0;
    while (out.size() < n) {
      event++;
      // a few actors are in most of the news: skewed choice, so that some blocks are large
      String a = "A" + (int) (actors * Math.pow(r.nextDouble(), 3));
      String b = "A" + (int) (actors * Math.pow(r.nextDouble(), 3));
      if (a.equals(b)) {
        continue;
      }
      String cameo = ROOTS[r.nextInt(ROOTS.length)];
      LocalDate day = base.plusDays(r.nextInt(730));
      int reports = 1 + r.nextInt(4);
      for (int k = 0; k < reports && out.size() < n; k++) {
        String id = "m" + out.size();
        LocalDate told = r.nextInt(5) == 0 ? day.plusDays(r.nextBoolean() ? 1 : -1) : day;
        boolean weekdayOnly = r.nextInt(4) == 0;
        String text = told.getDayOfWeek().toString().toLowerCase(Locale.ROOT);
        out.add(
            new Mention(
                id,
                "art" + event + "-" + k,
                a,
                b,
                cameo,
                "met",
                weekdayOnly ? null : told.toString(),
                weekdayOnly ? DatePrecision.UNKNOWN : DatePrecision.DAY,
                text));
        truth.put(id, "E" + event);
      }
    }
    return out;
  }

  /** Pairwise precision and recall of clusters against truth, counted per cluster and event. */
  static double[] pairwise(Map<String, String> clusters, Map<String, String> truth) {
    Map<String, Integer> byCluster = new HashMap<>();
    Map<String, Integer> byEvent = new HashMap<>();
    Map<String, Integer> byBoth = new HashMap<>();
    for (Map.Entry<String, String> e : clusters.entrySet()) {
      byCluster.merge(e.getValue(), 1, Integer::sum);
      byEvent.merge(truth.get(e.getKey()), 1, Integer::sum);
      byBoth.merge(e.getValue() + "|" + truth.get(e.getKey()), 1, Integer::sum);
    }
    double tp = pairs(byBoth);
    double predicted = pairs(byCluster);
    double real = pairs(byEvent);
    return new double[] {predicted == 0 ? 1 : tp / predicted, real == 0 ? 1 : tp / real};
  }

  private static double pairs(Map<String, Integer> counts) {
    double s = 0;
    for (int c : counts.values()) {
      s += c * (c - 1) / 2.0;
    }
    return s;
  }
}
