package org.annals.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The annals command in a child JVM (to be killed, or to run beside another), and store checks. */
final class ChildIngest {
  private ChildIngest() {}

  /** Starts {@code annals ARGS...} with the test class path; its output goes to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                "org.annals.cli.Main"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** The first column of the first row of a query, or -1 when the database cannot answer yet. */
  static long number(String db, String sql) {
    if (!java.nio.file.Files.exists(Path.of(db))) {
      return -1;
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getLong(1) : -1;
    } catch (Exception e) {
      return -1; // the schema may not exist yet
    }
  }

  /** The answer of {@code PRAGMA integrity_check}: "ok" when the file is sound. */
  static String integrity(String db) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
