package org.annals.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The --from/--to options of the commands that select events by date, checked alike. */
final class DateRangeOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Only events on or after.")
  String from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Only events on or before.")
  String to;

  /** Fails the command line when a bound is not an ISO date (or year, or year and month). */
  void check() {
    check("--from", from);
    check("--to", to);
  }

  private void check(String option, String value) {
    if (value != null && !value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new ParameterException(
          spec.commandLine(), option + " expects a date as YYYY-MM-DD, got '" + value + "'");
    }
  }
}
