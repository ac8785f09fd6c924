package org.annals.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.store.ArticleStore;
import org.annals.store.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "articles",
    mixinStandardHelpOptions = true,
    description =
        "List stored articles, newest first (unknown dates last), in the order of /api/articles.")
final class ArticlesCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Mixin ListingOptions listing;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      description = "Only articles with this status: ok or failed.")
  String status;

  @Override
  public Integer call() {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (ArticleStore store = ArticleStore.open(root.db)) {
      for (StoredArticle a : store.articles(status)) {
        rows.add(record(a));
      }
    }
    Output.write(
        spec.commandLine().getOut(),
        listing.chosen(),
        rows,
        List.of(
            "id", "published", "agency", "dateline", "status", "folded_chars", "title", "source"));
    return Main.OK;
  }

  /** The article record of the CLI contract, with extra fields after the contract's. */
  static Map<String, Object> record(StoredArticle a) {
    return org.annals.store.read.Records.map(a);
  }
}
