package org.annals.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.read.Records;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description =
        "List attributed quotes: the words, who said them (as written and as actor), the reporting cue, and where they are in the raw input.")
final class QuotesCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--speaker",
      paramLabel = "NAME_OR_ID",
      description = "Only quotes of this actor (id, name or alias).")
  String speaker;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() {
    List<Map<String, Object>> rows;
    try (ArticleStore store = ArticleStore.open(root.db)) {
      rows = Records.maps(store.quotes(speaker));
    }
    Output.Format f = listing.chosen();
    if (f == Output.Format.table) {
      List<Map<String, Object>> flat = new ArrayList<>();
      for (Map<String, Object> r : rows) {
        Map<String, Object> t = new LinkedHashMap<>(r);
        @SuppressWarnings("unchecked")
        Map<String, Object> s = (Map<String, Object>) r.get("speaker");
        t.put("speaker", s == null ? null : s.get("name") != null ? s.get("name") : s.get("text"));
        flat.add(t);
      }
      rows = flat;
    }
    Output.write(
        spec.commandLine().getOut(),
        f,
        rows,
        List.of("article", "speaker", "cue", "direct", "text"));
    return Main.OK;
  }
}
