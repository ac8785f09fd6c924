package org.annals.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.read.PreciseDate;
import org.annals.store.read.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "event",
    mixinStandardHelpOptions = true,
    description = {
      "Show one real-world event (a cluster): its best-supported date and any conflicting ones,"
          + " first and last report, sources, and every mention with the score and evidence that"
          + " linked it.",
      "",
      "Example:  annals event 646c4914780cfe22-e1   (cluster or event ids from: annals events)"
    })
final class EventCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "CLUSTER", description = "A cluster id, or the id of any of its events.")
  String which;

  @Mixin ListingOptions listing;

  private static ArticleStore.EventFilter byCluster(String cluster) {
    return new ArticleStore.EventFilter(null, null, null, null, null, cluster);
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = ArticleStore.open(root.db)) {
      String cluster = which;
      List<Map<String, Object>> mentions = Records.maps(store.events(byCluster(which)));
      if (mentions.isEmpty()) {
        java.util.Optional<String> of = store.clusterOfEvent(which);
        if (of.isEmpty()) {
          spec.commandLine().getErr().println("annals: no event or cluster '" + which + "'");
          return Main.SOME_FAILED;
        }
        cluster = of.get();
        mentions = Records.maps(store.events(byCluster(cluster)));
      }
      Map<String, Object> summary = Records.map(store.clusters(byCluster(cluster)).get(0));
      Output.Format f = listing.chosen();
      if (f != Output.Format.table) {
        Map<String, Object> both = new java.util.LinkedHashMap<>(summary);
        both.put("mentions", mentions);
        Output.write(out, f, List.of(both), List.of());
        return Main.OK;
      }
      out.printf(
          "Cluster %s: %s %s → %s%n",
          cluster,
          summary.get("cameo"),
          TimelineCommand.name(summary.get("source")),
          TimelineCommand.name(summary.get("target")));
      List<?> others = (List<?>) summary.get("conflicting_dates");
      List<?> precisions = (List<?>) summary.get("conflicting_precisions");
      List<String> otherShown = new java.util.ArrayList<>();
      for (int i = 0; i < others.size(); i++) {
        otherShown.add(PreciseDate.text((String) others.get(i), (String) precisions.get(i)));
      }
      out.printf(
          "  date %s%s%n",
          summary.get("date") == null ? "unknown" : TimelineCommand.shownDate(summary),
          others.isEmpty() ? "" : "  (other dates reported: " + otherShown + ")");
      out.printf(
          "  %s mention(s) in %s article(s); sources %s; first report %s, last %s%n%n",
          summary.get("mentions"),
          summary.get("articles"),
          summary.get("sources"),
          summary.get("first_report"),
          summary.get("last_report"));
      for (Map<String, Object> e : mentions) {
        @SuppressWarnings("unchecked")
        Map<String, Object> link = (Map<String, Object>) e.get("link");
        @SuppressWarnings("unchecked")
        Map<String, Object> trigger = (Map<String, Object>) e.get("trigger");
        out.printf(
            "  %s  article %s  %s '%s'  date %s%n",
            e.get("id"),
            e.get("article"),
            e.get("cameo"),
            trigger.get("text"),
            e.get("date") != null
                ? PreciseDate.text((String) e.get("date"), (String) e.get("date_precision"))
                : e.get("date_text"));
        out.println(
            link == null
                ? "      first mention of the cluster"
                : String.format(
                    java.util.Locale.ROOT,
                    "      linked to %s, score %.2f: %s",
                    link.get("with"),
                    ((Number) link.get("score")).doubleValue(),
                    link.get("evidence")));
      }
    }
    out.flush();
    return Main.OK;
  }
}
