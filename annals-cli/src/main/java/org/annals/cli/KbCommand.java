package org.annals.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.annals.ConfigException;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.KnowledgeBaseLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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
final class KbCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The user knowledge base directory. */
  static Path home() {
    String prop = System.getProperty("annals.kb");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("ANNALS_KB");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".annals", "kb");
  }

  @Command(
      name = "import",
      mixinStandardHelpOptions = true,
      description =
          "Check each file (a bad line is reported with file and line, and that file is not imported), then copy it into the user knowledge base.")
  static final class Import implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
        arity = "1..*",
        paramLabel = "FILE",
        description = "Knowledge base files to import.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      Path home = home();
      int failed = 0;
      for (Path f : files) {
        try {
          KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled();
          int before = loader.build().size();
          KnowledgeBase kb = loader.addFile(f).build();
          Files.createDirectories(home);
          Files.copy(f, home.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
          out.printf(
              "imported %s: %d new actors%s%n",
              f,
              kb.size() - before,
              loader.warnings().isEmpty()
                  ? ""
                  : ", " + loader.warnings().size() + " lines left out");
          loader.warnings().forEach(w -> err.println("warning: " + w));
        } catch (ConfigException e) {
          failed++;
          err.println("failed: " + e.getMessage());
        }
      }
      out.flush();
      return failed > 0 ? Main.SOME_FAILED : Main.OK;
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
