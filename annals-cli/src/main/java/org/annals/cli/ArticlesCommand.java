package org.annals.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    description = "List stored articles, by publication date (unknown dates last).")
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
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", a.id());
    r.put("source", a.source());
    r.put("title", a.title());
    r.put("published", a.published());
    r.put("agency", a.agency());
    r.put("dateline", a.dateline());
    r.put("status", a.status());
    r.put("error", a.error());
    r.put("published_from", a.publishedFrom());
    r.put("dateline_date", a.datelineDate());
    r.put("site_name", a.siteName());
    r.put("author", a.author());
    r.put("url", a.url());
    r.put("format", a.format());
    r.put("charset", a.charset());
    r.put("folded_chars", a.foldedChars());
    r.put("raw_size", a.rawSize());
    r.put("sha256", a.sha256());
    r.put("ingested_at", a.ingestedAt());
    return r;
  }
}
