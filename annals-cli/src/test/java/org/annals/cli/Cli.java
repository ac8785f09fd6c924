package org.annals.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the annals command in this JVM and keeps what it printed. */
record Cli(int status, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Cli(status, out.toString(), err.toString());
  }
}
