package org.annals.store;

import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.annals.AnnalsException;

/**
 * The PostgreSQL errors after which an article's transaction is tried again: a serialization
 * failure (another writer's transaction read or wrote what this one did), a deadlock, or a unique
 * key taken by a writer that committed first (the same article or actor, stored by another
 * process). On the next try the transaction sees what the other writer committed.
 */
final class WriteConflicts {
  /** Tries in all before the conflict is reported. */
  static final int ATTEMPTS = 20;

  private static final Set<String> STATES =
      Set.of(
          "40001", // serialization_failure
          "40P01", // deadlock_detected
          "23505"); // unique_violation

  private WriteConflicts() {}

  static boolean isConflict(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException se) {
        for (SQLException s = se; s != null; s = s.getNextException()) {
          if (STATES.contains(s.getSQLState())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Waits a little, more after each try, at random so that two writers do not meet again. */
  static void backOff(int attempt) {
    long ms = ThreadLocalRandom.current().nextLong(5, 20L * Math.min(attempt, 10) + 6);
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted while waiting to store again", e);
    }
  }
}
