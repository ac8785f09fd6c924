package org.annals.cli;

import java.io.PrintWriter;
import org.annals.AnnalsException;
import picocli.CommandLine;

/** Entry point of the {@code annals} command. */
public final class Main {
  /** Exit status: everything went well. */
  public static final int OK = 0;

  /** Exit status: the run finished, but some inputs failed. */
  public static final int SOME_FAILED = 1;

  /** Exit status: the command line was wrong. */
  public static final int USAGE = 2;

  /** Exit status: the run could not go on (database, configuration). */
  public static final int FATAL = 3;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command and returns its exit status. */
  public static int run(String... args) {
    return run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command with the given output streams; used by tests. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new AnnalsCommand());
    for (CommandExtension x : java.util.ServiceLoader.load(CommandExtension.class)) {
      cli.addSubcommand(x.command());
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          if (e instanceof AnnalsException) {
            cmd.getErr().println("annals: " + e.getMessage());
            return FATAL;
          }
          throw e;
        });
    cli.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? USAGE : FATAL);
    return cli.execute(args);
  }
}
