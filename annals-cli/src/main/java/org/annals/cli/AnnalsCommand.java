package org.annals.cli;

import org.annals.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: holds the options every command shares. */
@Command(
    name = "annals",
    mixinStandardHelpOptions = true,
    version = "annals 0.1.0",
    description = {
      "Reads news and writes history: turns articles into a sourced record of political events.",
      "",
      "Start with:  annals ingest DIR   then   annals articles, annals events, annals timeline --actor NAME",
    },
    subcommands = {
      IngestCommand.class,
      CleanCommand.class,
      ArticlesCommand.class,
      ActorsCommand.class,
      ActorCommand.class,
      QuotesCommand.class,
      EventsCommand.class,
      EventCommand.class,
      TimelineCommand.class,
      NetworkCommand.class,
      FramingCommand.class,
      ExportCommand.class,
      ShowCommand.class,
      KbCommand.class,
      BenchCommand.class,
      BenchCoreNlpCommand.class,
      SoakCommand.class,
      LinkBenchCommand.class,
      picocli.CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 all well, 1 some inputs failed, 2 wrong command line, 3 the run could not go on.",
      "Annals is free software under the GNU GPL v3 or later."
    })
public final class AnnalsCommand implements Runnable {
  @Option(
      names = "--db",
      scope = ScopeType.INHERIT,
      defaultValue = "annals.db",
      paramLabel = "PATH_OR_JDBC_URL",
      description = {
        "Database: a SQLite file path, or a PostgreSQL server as",
        "jdbc:postgresql://HOST:PORT/DB?user=NAME (password from PGPASSWORD or",
        "&password=; it is never printed). Default: ${DEFAULT-VALUE}."
      })
  String db;

  /** The database as messages show it: no password. */
  String shownDb() {
    return ArticleStore.shown(db);
  }

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
