package org.annals.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.StoredActor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "actors",
    mixinStandardHelpOptions = true,
    description =
        "List the actors the stored articles mention, most mentioned first, with every name they go by and the roles the texts give them.")
final class ActorsCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Option(
      names = "--search",
      paramLabel = "NAME",
      description = "Only actors with a name, alias or id containing NAME.")
  String search;

  @Mixin ListingOptions listing;

  @Override
  public Integer call() {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(root.db)) {
      for (StoredActor a : store.actors(search)) {
        rows.add(record(a));
      }
    }
    Output.write(
        spec.commandLine().getOut(),
        listing.chosen(),
        rows,
        List.of("id", "name", "kind", "country", "sectors", "mentions", "known", "aliases"));
    return Main.OK;
  }

  /** The actor record of the CLI contract. */
  static Map<String, Object> record(StoredActor a) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("name", a.name());
    r.put("kind", a.kind());
    r.put("country", a.country());
    r.put("sectors", a.sectors());
    r.put("aliases", a.aliases());
    r.put("roles", a.roles());
    r.put("mentions", a.mentions());
    r.put("known", a.known());
    r.put("articles", a.articles());
    return r;
  }
}
