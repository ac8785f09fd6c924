package org.annals.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.annals.ingest.InputWalker;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;
import org.annals.model.RemovedSpan;
import org.annals.pipeline.ArticleOutcome;
import org.annals.pipeline.Pipeline;
import org.annals.pipeline.StandardPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "clean",
    mixinStandardHelpOptions = true,
    description = {
      "Print the cleaned text of one input, without storing anything.",
      "",
      "--format json adds the metadata found (title, published, dateline, agency, …), the spans removed as boilerplate with the rule that removed each (offsets into the raw input), and the number of homoglyphs folded. A JSONL file prints every line's article.",
    })
final class CleanCommand implements Callable<Integer> {
  enum Format {
    text,
    json
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The input: .txt, .html, .jsonl, possibly .gz.")
  String file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Mixin PipelineOptions options; // --threads is accepted and unused: one input

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Pipeline pipeline = StandardPipeline.create();
    int[] failed = {0};
    new InputWalker(options.maxBytes)
        .walk(
            List.of(file),
            item -> {
              ArticleOutcome o = pipeline.process(item);
              if (!o.ok()) {
                failed[0]++;
                err.println("failed: " + o.source() + ": " + o.error());
                return;
              }
              o.warnings().forEach(w -> err.println("warning: " + o.source() + ": " + w));
              if (format == Format.text) {
                out.println(o.clean().text());
              } else {
                out.println(Output.json(record(o)));
              }
            });
    out.flush();
    err.flush();
    return failed[0] > 0 ? Main.SOME_FAILED : Main.OK;
  }

  static Map<String, Object> record(ArticleOutcome o) {
    CleanText c = o.clean();
    ArticleMetadata m = c.metadata();
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("id", o.raw().id());
    r.put("source", o.source());
    r.put("title", m.title());
    r.put("published", m.published());
    r.put("published_from", m.publishedFrom());
    r.put("agency", m.agency());
    r.put("dateline", m.dateline());
    r.put("dateline_date", m.datelineDate());
    r.put("site_name", m.siteName());
    r.put("author", m.author());
    r.put("url", m.url());
    r.put("charset", o.raw().charset());
    r.put("folded_chars", c.foldedChars());
    r.put("steps", c.steps());
    r.put("removed", c.removed().stream().map(RemovedSpan::asRow).toList());
    r.put("text", c.text());
    return r;
  }
}
