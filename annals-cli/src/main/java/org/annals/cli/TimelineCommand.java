package org.annals.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.read.PreciseDate;
import org.annals.store.read.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = {
      "One actor's events in date order, one line per real-world event (cluster) however many"
          + " articles reported it, with the number of reports and their sources. Undated events"
          + " come last.",
      "",
      "Examples:",
      "  annals timeline --actor Haniyeh",
      "  annals timeline --actor Haniyeh --svg haniyeh.svg    (also draw it)"
    })
final class TimelineCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--actor",
      required = true,
      paramLabel = "NAME_OR_ID",
      description = "The actor (id, name or alias).")
  String actor;

  @Mixin DateRangeOptions dates;

  @Option(names = "--svg", paramLabel = "FILE", description = "Also draw the timeline as SVG.")
  Path svg;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() throws IOException {
    dates.check();
    List<Map<String, Object>> clusters;
    try (ArticleStore store = ArticleStore.open(root.db)) {
      clusters =
          Records.maps(
              store.clusters(
                  new ArticleStore.EventFilter(actor, null, dates.from, dates.to, null, null)));
    }
    if (svg != null) {
      Output.checkWritable(svg);
      Files.writeString(svg, svg(actor, clusters), StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("annals: timeline drawn to " + svg);
    }
    Output.Format f = listing.chosen();
    List<Map<String, Object>> rows = clusters;
    if (f == Output.Format.table) {
      rows = new ArrayList<>();
      for (Map<String, Object> c : clusters) {
        Map<String, Object> t = new LinkedHashMap<>(c);
        t.put("date", c.get("date") == null ? "?" : shownDate(c));
        t.put("event", label(c));
        t.put(
            "reports",
            c.get("articles") + " (" + String.join(", ", strings(c.get("sources"))) + ")");
        rows.add(t);
      }
    }
    Output.write(
        spec.commandLine().getOut(), f, rows, List.of("date", "event", "reports", "cluster"));
    return Main.OK;
  }

  /** A cluster's best date at its precision ("2020" for a year). */
  static String shownDate(Map<String, Object> c) {
    return PreciseDate.text((String) c.get("date"), (String) c.get("date_precision"));
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Object o) {
    return (List<String>) o;
  }

  static String name(Object party) {
    return java.util.Objects.requireNonNullElse(Output.partyName(party), "?");
  }

  @SuppressWarnings("unchecked")
  static String label(Map<String, Object> c) {
    Map<String, Object> p = (Map<String, Object>) c.get("plover");
    return c.get("cameo")
        + (p == null ? "" : " " + p.get("type"))
        + ": "
        + name(c.get("source"))
        + " → "
        + name(c.get("target"));
  }

  /** A chart: a date axis, one row per event, a dot on its date sized by its reports. */
  static String svg(String actor, List<Map<String, Object>> clusters) {
    List<LocalDate> dates = new ArrayList<>();
    for (Map<String, Object> c : clusters) {
      if (c.get("date") != null && ((String) c.get("date")).length() == 10) {
        dates.add(LocalDate.parse((String) c.get("date")));
      }
    }
    LocalDate min = dates.stream().min(LocalDate::compareTo).orElse(LocalDate.now());
    LocalDate max = dates.stream().max(LocalDate::compareTo).orElse(min);
    long span = Math.max(1, ChronoUnit.DAYS.between(min, max));
    int left = 360;
    int width = 1000;
    int row = 22;
    int height = 70 + row * Math.max(1, clusters.size());
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                + " font-family=\"sans-serif\" font-size=\"12\">\n"
                + "  <rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n"
                + "  <text x=\"10\" y=\"20\" font-size=\"15\">Timeline: %s</text>\n"
                + "  <line x1=\"%d\" y1=\"40\" x2=\"%d\" y2=\"40\" stroke=\"#999\"/>\n"
                + "  <text x=\"%d\" y=\"35\">%s</text>\n"
                + "  <text x=\"%d\" y=\"35\" text-anchor=\"end\">%s</text>\n",
            width,
            height,
            Output.xml(actor),
            left,
            width - 20,
            left,
            min,
            width - 20,
            max));
    int y = 60;
    for (Map<String, Object> c : clusters) {
      String date = (String) c.get("date");
      String color = ((Number) c.get("quad_class")).intValue() <= 2 ? "#2e7d32" : "#c62828";
      b.append(
          String.format(
              Locale.ROOT,
              "  <text x=\"10\" y=\"%d\">%s  %s</text>\n",
              y + 4,
              date == null ? "?" : shownDate(c),
              Output.xml(label(c))));
      if (date != null && date.length() == 10) {
        double x =
            left
                + (width - 20 - left)
                    * ChronoUnit.DAYS.between(min, LocalDate.parse(date))
                    / (double) span;
        int articles = ((Number) c.get("articles")).intValue();
        b.append(
            String.format(
                Locale.ROOT,
                "  <circle cx=\"%.1f\" cy=\"%d\" r=\"%.1f\" fill=\"%s\"><title>%s reports</title>"
                    + "</circle>\n",
                x,
                y,
                4 + 2.0 * Math.min(articles, 6),
                color,
                articles));
      }
      y += row;
    }
    return b.append("</svg>\n").toString();
  }
}
