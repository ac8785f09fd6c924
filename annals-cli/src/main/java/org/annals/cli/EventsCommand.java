package org.annals.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
    name = "events",
    mixinStandardHelpOptions = true,
    description = {
      "List coded events: who did what to whom (CAMEO code, PLOVER type and mode, quad class,"
          + " Goldstein value), when (with the words the date came from and its precision), where,"
          + " who reported it, whether it is said to have happened, and where it is in the raw"
          + " input.",
      "",
      "Examples:",
      "  annals events --actor Haniyeh",
      "  annals events --type 04 --from 2024-07-01        (all consultations since July 2024)",
      "  annals events --type CONSULT --format jsonl"
    })
final class EventsCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--actor",
      paramLabel = "NAME_OR_ID",
      description = "Only events whose source or target is this actor (id, name or alias).")
  String actor;

  @Option(
      names = "--type",
      paramLabel = "CAMEO_OR_PLOVER",
      description =
          "Only this type: a CAMEO code or prefix (04, 041) or a PLOVER type (CONSULT, ASSAULT).")
  String type;

  @Mixin DateRangeOptions dates;

  @Option(names = "--article", paramLabel = "ID", description = "Only events of this article.")
  String article;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() {
    dates.check();
    List<Map<String, Object>> rows;
    try (ArticleStore store = ArticleStore.open(root.db)) {
      rows =
          Records.maps(
              store.events(
                  new ArticleStore.EventFilter(actor, type, dates.from, dates.to, article, null)));
    }
    Output.Format f = listing.chosen();
    if (f == Output.Format.table) {
      rows = flatten(rows);
    }
    Output.write(
        spec.commandLine().getOut(),
        f,
        rows,
        List.of(
            "date", "cameo", "plover", "source", "target", "trigger", "reported_by", "article"));
    return Main.OK;
  }

  /** One line per event for a terminal: names instead of records. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> flatten(List<Map<String, Object>> rows) {
    List<Map<String, Object>> flat = new ArrayList<>();
    for (Map<String, Object> r : rows) {
      Map<String, Object> t = new LinkedHashMap<>(r);
      t.put("date", dateCell(r));
      t.put("source", Output.partyName(r.get("source")));
      t.put("target", Output.partyName(r.get("target")));
      Map<String, Object> p = (Map<String, Object>) r.get("plover");
      t.put(
          "plover",
          p == null ? null : p.get("type") + (p.get("mode") == null ? "" : "/" + p.get("mode")));
      t.put("trigger", ((Map<String, Object>) r.get("trigger")).get("text"));
      List<String> chain = (List<String>) r.get("reported_by");
      t.put("reported_by", chain.isEmpty() ? null : String.join(" < ", chain));
      if (!"asserted".equals(r.get("modality"))) {
        t.put("cameo", r.get("cameo") + " (" + r.get("modality") + ")");
      }
      flat.add(t);
    }
    return flat;
  }

  /** The date at its precision ("2020" for a year), "~" when it is the article's date. */
  private static String dateCell(Map<String, Object> r) {
    Object date = r.get("date");
    Object text = r.get("date_text");
    if (date == null) {
      return text == null ? null : "? (" + text + ")";
    }
    String shown = PreciseDate.text((String) date, (String) r.get("date_precision"));
    return "article".equals(r.get("date_basis")) ? shown + "~" : shown;
  }
}
