package org.annals.server;

import org.annals.cli.CommandExtension;

/** Adds {@code annals serve} to the command line. */
public final class ServeExtension implements CommandExtension {
  @Override
  public Object command() {
    return new ServeCommand();
  }
}
