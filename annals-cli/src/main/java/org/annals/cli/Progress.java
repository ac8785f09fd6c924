package org.annals.cli;

import java.io.PrintWriter;

/** A one-line progress report redrawn in place, shown only when the user watches a terminal. */
final class Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  static boolean onTerminal() {
    return System.console() != null;
  }

  void update(String what, int done, String detail) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double secs = (now - start) / 1e9;
    err.printf("\r%s %d (%s) %.1f/s   ", what, done, detail, secs > 0 ? done / secs : 0.0);
    err.flush();
    drawn = true;
  }

  void finish() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
