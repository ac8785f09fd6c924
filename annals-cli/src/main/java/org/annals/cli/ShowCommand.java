package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.model.OffsetMap;
import org.annals.store.ArticleStore;
import org.annals.store.read.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Print one stored article's clean text with its events and quotes marked inline:"
          + " {E1 trigger words} for an event, [Q1 quoted words] for a quote, then a legend of"
          + " what each mark was coded as.",
      "",
      "Example:  annals show 3f2a9c0d1e2b4a5c   (ids from: annals articles)"
    })
final class ShowCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ARTICLE", description = "The article's id (or a unique prefix of it).")
  String article;

  private record Mark(int at, boolean open, int order, String text) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (ArticleStore store = ArticleStore.open(root.db)) {
      List<String> ids =
          store.articles(null).stream()
              .map(a -> a.id())
              .filter(i -> i.startsWith(article))
              .toList();
      if (ids.size() != 1) {
        spec.commandLine()
            .getErr()
            .println(
                ids.isEmpty()
                    ? "annals: no stored article has an id starting with '" + article + "'"
                    : "annals: '" + article + "' matches " + ids.size() + " articles: " + ids);
        return Main.SOME_FAILED;
      }
      String id = ids.get(0);
      ArticleStore.StoredText stored = store.text(id).orElseThrow();
      if (stored.cleanText() == null || stored.map() == null) {
        spec.commandLine().getErr().println("annals: article " + id + " has no clean text");
        return Main.SOME_FAILED;
      }
      List<Map<String, Object>> events =
          Records.maps(
              store.events(new ArticleStore.EventFilter(null, null, null, null, id, null)));
      events = new ArrayList<>(events);
      events.sort(Comparator.comparingInt(e -> (Integer) sub(e, "trigger").get("start")));
      List<Map<String, Object>> quotes = Records.maps(store.quotes(null, id));
      out.println("Article " + id);
      out.println();
      out.println(marked(stored.cleanText(), stored.map(), events, quotes));
      out.println();
      for (int i = 0; i < events.size(); i++) {
        out.println(legend("E" + (i + 1), events.get(i)));
      }
      for (int i = 0; i < quotes.size(); i++) {
        Map<String, Object> q = quotes.get(i);
        out.printf(
            "Q%d  %s%s (%s)%n",
            i + 1,
            TimelineCommand.name(sub(q, "speaker")),
            q.get("addressee") == null ? "" : " → " + TimelineCommand.name(sub(q, "addressee")),
            q.get("cue"));
      }
    }
    out.flush();
    return Main.OK;
  }

  private static String marked(
      String text, OffsetMap map, List<Map<String, Object>> events, List<Map<String, Object>> qs) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 0; i < qs.size(); i++) {
      Map<String, Object> q = qs.get(i);
      marks.add(new Mark(map.toClean((Integer) q.get("start")), true, 0, "[Q" + (i + 1) + " "));
      marks.add(new Mark(map.toClean((Integer) q.get("end")), false, 1, "]"));
    }
    for (int i = 0; i < events.size(); i++) {
      Map<String, Object> t = sub(events.get(i), "trigger");
      marks.add(new Mark(map.toClean((Integer) t.get("start")), true, 1, "{E" + (i + 1) + " "));
      marks.add(new Mark(map.toClean((Integer) t.get("end")), false, 0, "}"));
    }
    // closing marks before opening ones at one offset; quotes open outside events
    marks.sort(
        Comparator.comparingInt(Mark::at)
            .thenComparing(m -> m.open() ? 1 : 0)
            .thenComparingInt(Mark::order));
    StringBuilder b = new StringBuilder();
    int pos = 0;
    for (Mark m : marks) {
      int at = Math.min(Math.max(m.at(), pos), text.length());
      b.append(text, pos, at).append(m.text());
      pos = at;
    }
    return b.append(text.substring(pos)).toString();
  }

  @SuppressWarnings("unchecked")
  private static String legend(String label, Map<String, Object> e) {
    Map<String, Object> p = sub(e, "plover");
    List<String> chain = (List<String>) e.get("reported_by");
    Object date = e.get("date");
    String when =
        date == null
            ? (e.get("date_text") == null
                ? "date unknown"
                : "'" + e.get("date_text") + "' (undated)")
            : date + ("article".equals(e.get("date_basis")) ? " (article's date)" : "");
    Map<String, Object> loc = sub(e, "location");
    return String.format(
        "%s  %s %s  %s → %s  %s%s%s%s",
        label,
        e.get("cameo"),
        p == null ? "" : p.get("type") + (p.get("mode") == null ? "" : "/" + p.get("mode")),
        TimelineCommand.name(sub(e, "source")),
        TimelineCommand.name(sub(e, "target")),
        when,
        loc == null ? "" : "  in " + loc.get("name"),
        chain.isEmpty() ? "" : "  reported by " + String.join(" < ", chain),
        "asserted".equals(e.get("modality")) ? "" : "  [" + e.get("modality") + "]");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> sub(Map<String, Object> r, String key) {
    return (Map<String, Object>) r.get(key);
  }
}
