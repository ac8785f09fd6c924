package org.annals.cli;

import java.util.ArrayList;
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
    return org.annals.store.read.Records.map(a);
  }
}
