package org.annals.server;

import org.annals.cli.CommandExtension;

/** Adds {@code annals bench-api} to the command line. */
public final class ApiBenchExtension implements CommandExtension {
  @Override
  public Object command() {
    return new ApiBenchCommand();
  }
}
