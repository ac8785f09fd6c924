package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.ConfigException;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.KnowledgeBaseLoader;
import org.annals.kb.ImportReport;
import org.annals.kb.WikidataImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "kb",
    mixinStandardHelpOptions = true,
    description = {
      "Manage your own knowledge base: actor, country and agent files that every ingest loads after the bundled ones.",
      "",
      "Files live in the user knowledge base directory: $ANNALS_KB (or -Dannals.kb), else ~/.annals/kb. Annals files (*.jsonl actors,"
          + " countries.tsv, agents.tsv) and Phoenix/PETRARCH dictionaries (*.actors.txt, *agents*.txt) are understood.",
    },
    subcommands = {KbCommand.Import.class, KbCommand.ListFiles.class})
public final class KbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /**
   * The user knowledge base directory ({@code -Dannals.kb}, {@code ANNALS_KB}, or {@code
   * ~/.annals/kb}), where {@code annals kb import} writes and every pipeline reads.
   */
  public static Path home() {
    String prop = System.getProperty("annals.kb");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("ANNALS_KB");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".annals", "kb");
  }

  /**
   * The knowledge base directories a command reads: {@link #home()} where it exists, then {@code
   * extra} (the --kb options) in order.
   */
  public static java.util.List<Path> directories(java.util.List<Path> extra) {
    java.util.List<Path> dirs = new java.util.ArrayList<>();
    if (java.nio.file.Files.isDirectory(home())) {
      dirs.add(home()); // imported with 'annals kb import'
    }
    dirs.addAll(extra);
    return dirs;
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description = {
        "Check each file (a bad line is reported with file and line, and that file is not imported), then copy it into the user knowledge base.",
        "",
        "--wikidata DUMP reads a Wikidata JSON dump (.json, .json.gz or .json.bz2, e.g. latest-all.json.bz2 from dumps.wikimedia.org) and writes wikidata-NAME.jsonl into the user knowledge base."
            + " It keeps persons (instance of Q5) and organisations (parties PTY, intergovernmental organisations IGO, armed and terrorist groups REB, government agencies GOV,"
            + " armed forces MIL, news agencies and outlets MED, NGOs, companies BUS, and plain organisations), each with its English label and aliases, its country"
            + " (citizenship P27, or country P17) as ISO alpha-3, and for persons the positions held (P39) as roles with the position's English label, start and end"
            + " (as precise as Wikidata: a day, a month or a year) and the jurisdiction's country (sector GOV when it is one). Ids are wd:Q…, and each role's ref names the person and the position (\"wd:Q42 P39 wd:Q11696\")."
            + " Entities without an English label, other entities and malformed lines are skipped and counted. Memory stays small whatever the dump's size:"
            + " it takes two passes, the second over a temporary file of the kept actors beside the output.",
        "",
        "Speed, measured on a generated dump of 1 million entities of 2.3 KB on a shared 2-core machine: from .json.gz 38,800 entities/s (89 MB/s of JSON);"
            + " from .json.bz2 (200,000 of them) 2,400 entities/s (5.5 MB/s: decompressing bzip2 is the bottleneck, so prefer the .gz dump). Real entities are larger and a full dump has"
            + " over 100 million (well over 1 TB of JSON): count on about three hours per terabyte from .gz, more than a day from .bz2. Try a small or filtered dump first.",
      })
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        arity = "0..*",
        paramLabel = "FILE",
        description = "Knowledge base files to import.")
    List<Path> files = List.of();

    @Option(
        names = "--wikidata",
        paramLabel = "DUMP",
        description = "A Wikidata JSON dump (.json, .json.gz, .json.bz2) to import; see above.")
    Path wikidata;

    @Option(
        names = "--progress-every",
        paramLabel = "N",
        description =
            "With --wikidata: a progress line on stderr every N entities (default: ${DEFAULT-VALUE}; 0: none).")
    long progressEvery = 1_000_000;

    @Override
    public Integer call() throws IOException {
      if (files.isEmpty() && wikidata == null) {
        throw new ParameterException(spec.commandLine(), "give FILE... or --wikidata DUMP");
      }
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int failed = 0;
      for (Path f : files) {
        failed += importFile(f, out, err) ? 0 : 1;
      }
      if (wikidata != null) {
        failed += importWikidata(out, err) ? 0 : 1;
      }
      out.flush();
      return failed > 0 ? Main.SOME_FAILED : Main.OK;
    }

    private boolean importFile(Path f, PrintWriter out, PrintWriter err) throws IOException {
      try {
        KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
        int before = loader.build().size();
        KnowledgeBase kb = loader.addFile(f).build();
        Files.createDirectories(home());
        Files.copy(f, home().resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        out.printf(
            "imported %s: %d new actors%s%n",
            f,
            kb.size() - before,
            loader.warnings().isEmpty() ? "" : ", " + loader.warnings().size() + " lines left out");
        loader.warnings().forEach(w -> err.println("warning: " + w));
        return true;
      } catch (ConfigException e) {
        err.println("failed: " + e.getMessage());
        return false;
      }
    }

    private boolean importWikidata(PrintWriter out, PrintWriter err) {
      Path target = WikidataImporter.actorsFile(wikidata, home());
      WikidataImporter importer =
          new WikidataImporter(
              progressEvery,
              r -> {
                err.println("wikidata: " + r.progressLine());
                err.flush();
              });
      try {
        ImportReport report = importer.importDump(wikidata, target);
        out.printf("imported %s into %s%n", wikidata, target);
        report.summary().forEach(line -> out.println("  " + line));
        report.malformedLines().forEach(m -> err.println("malformed: " + m));
        return true;
      } catch (IOException | RuntimeException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
        err.println("failed: " + wikidata + ": " + why);
        return false;
      }
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the files of the user knowledge base.")
  static final class ListFiles implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      Path home = home();
      out.println("user knowledge base: " + home);
      if (Files.isDirectory(home)) {
        try (Stream<Path> s = Files.list(home)) {
          s.sorted().forEach(f -> out.println("  " + f.getFileName()));
        }
      }
      out.flush();
      return Main.OK;
    }
  }
}
