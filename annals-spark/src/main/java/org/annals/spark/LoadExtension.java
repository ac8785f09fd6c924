package org.annals.spark;

import org.annals.cli.CommandExtension;

/** Adds {@code annals load} to the command line (run with annals-spark's class path). */
public final class LoadExtension implements CommandExtension {
  @Override
  public Object command() {
    return new LoadCommand();
  }
}
