package org.annals.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** The two statement chores every read class has: binding text parameters, counting rows. */
final class Sql {
  private Sql() {}

  /** Sets {@code args} as the statement's first parameters, in order. */
  static void bind(PreparedStatement p, List<String> args) throws SQLException {
    for (int i = 0; i < args.size(); i++) {
      p.setString(i + 1, args.get(i));
    }
  }

  /** The number a {@code SELECT COUNT(*)} statement answers. */
  static int count(Connection c, String sql, List<String> args) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      bind(p, args);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next() ? rs.getInt(1) : 0;
      }
    }
  }
}
