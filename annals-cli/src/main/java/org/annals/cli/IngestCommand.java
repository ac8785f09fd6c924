package org.annals.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.annals.ingest.InputWalker;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.BatchRunner;
import org.annals.pipeline.Pipeline;
import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Read articles, run the pipeline and store the results.",
      "",
      "PATH is a file or a directory (read recursively): .txt, .html/.htm, .jsonl (one article per line with a \"text\" or \"html\" field and optional id, url, title, published, source), each possibly .gz. Inputs already stored (same bytes) are reported as unchanged and not redone, so a run that was stopped can simply be started again.",
      "",
      "Each failed input gets one line on stderr naming it; the others go on. Exit status 1 when any input failed.",
      "",
      "Each article is held to budgets (longest token, longest sentence, number of sentences, wall time); one over a budget is stored as failed with the budget named. Failed articles are not retried by later runs unless --retry-failed is given.",
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand AnnalsCommand root;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to read.")
  List<String> paths;

  @Mixin PipelineOptions options;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line and no warnings; failures and the summary only.")
  boolean quiet;

  @Option(
      names = "--retry-failed",
      description = "Process again the inputs stored as failed by earlier runs.")
  boolean retryFailed;

  @Option(
      names = "--outlet",
      paramLabel = "NAME",
      description =
          "The outlet of the articles read that name none themselves (no site name, agency or"
              + " JSONL source): e.g. --outlet BBC for a folder of BBC stories. Stored as their"
              + " site name; 'annals framing' groups by it.")
  String outlet;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int[] counts = new int[5]; // ingested, repaired, unchanged, failed, failed before
    List<String> warnings = new ArrayList<>();
    Progress progress = new Progress(err, !quiet && Progress.onTerminal());
    try (ArticleStore store = ArticleStore.open(root.db)) {
      Set<String> known = store.okIds();
      Set<String> failedBefore = retryFailed ? Set.of() : store.failedIds();
      known.addAll(failedBefore);
      InputWalker walker = new InputWalker(options.maxBytes).withOutlet(outlet);
      Pipeline pipeline = options.pipeline(err);
      pipeline.warmUp();
      new BatchRunner(pipeline, options.threads)
          .onSlowArticle(
              30,
              w -> {
                progress.finish();
                err.printf("still working on %s (%d s)%n", w.source(), w.seconds());
                err.flush();
              })
          .run(
              paths,
              walker,
              known::contains,
              true,
              r -> {
                ArticleOutcome o = r.outcome();
                if (r.unchanged()) {
                  counts[failedBefore.contains(o.raw().id()) ? 4 : 2]++;
                } else {
                  ArticleStore.Saved saved = store.save(o);
                  if (!o.ok()) {
                    counts[3]++;
                    progress.finish();
                    err.println("failed: " + o.source() + ": " + o.error());
                  } else if (saved == ArticleStore.Saved.UNCHANGED) {
                    counts[2]++;
                  } else {
                    counts[saved == ArticleStore.Saved.REPAIRED ? 1 : 0]++;
                  }
                  for (String w : o.warnings()) {
                    warnings.add(o.source() + ": " + w);
                  }
                }
                progress.update(
                    "ingest",
                    counts[0] + counts[1] + counts[2] + counts[3] + counts[4],
                    counts[0]
                        + counts[1]
                        + " new, "
                        + counts[2]
                        + " unchanged, "
                        + counts[3]
                        + " failed");
              });
      progress.finish();
      if (!quiet) {
        warnings.forEach(w -> err.println("warning: " + w));
      }
      out.printf(
          "ingested %d, unchanged %d, failed %d%s%s%s into %s%n",
          counts[0] + counts[1],
          counts[2],
          counts[3],
          counts[1] > 0 ? " (" + counts[1] + " had failed before)" : "",
          counts[4] > 0
              ? "; " + counts[4] + " failed before, not retried (use --retry-failed)"
              : "",
          (walker.skipped() > 0 ? "; skipped " + walker.skipped() + " files of other types" : "")
              + (walker.skippedRecords() > 0
                  ? "; skipped " + walker.skippedRecords() + " WARC records that are no article"
                  : ""),
          root.shownDb());
      out.flush();
      err.flush();
    }
    return counts[3] > 0 ? Main.SOME_FAILED : Main.OK;
  }
}
