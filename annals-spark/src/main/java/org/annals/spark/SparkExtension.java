package org.annals.spark;

import org.annals.cli.CommandExtension;

/** Adds {@code annals spark} to the command line (run with annals-spark's class path). */
public final class SparkExtension implements CommandExtension {
  @Override
  public Object command() {
    return new SparkCommand();
  }
}
