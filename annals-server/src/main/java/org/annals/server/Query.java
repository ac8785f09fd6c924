package org.annals.server;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The query parameters of the API, checked: a wrong one is a 400 that says which and why. */
final class Query {
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;

  private Query() {}

  /** A text parameter, or null when absent or blank. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > 500) {
      throw new ApiError(HttpStatus.BAD_REQUEST, name + " is longer than 500 characters");
    }
    return v.strip();
  }

  static int limit(Context ctx) {
    return number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static int offset(Context ctx) {
    return number(ctx, "offset", 0, 0, Integer.MAX_VALUE);
  }

  /** An ISO date (YYYY-MM-DD), or null. */
  static String date(Context ctx, String name) {
    String v = text(ctx, name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v).toString();
    } catch (DateTimeParseException e) {
      throw new ApiError(
          HttpStatus.BAD_REQUEST, name + " must be a date as YYYY-MM-DD, not '" + v + "'");
    }
  }

  /** A CAMEO code prefix or a PLOVER type, or null. */
  static String type(Context ctx) {
    String v = text(ctx, "type");
    if (v != null && !v.matches("\\d{2,4}|[A-Za-z_]{3,20}")) {
      throw new ApiError(
          HttpStatus.BAD_REQUEST,
          "type must be a CAMEO code or prefix (04, 041) or a PLOVER type (CONSULT), not '"
              + v
              + "'");
    }
    return v;
  }

  static void checkRange(String from, String to) {
    if (from != null && to != null && from.compareTo(to) > 0) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "from " + from + " is after to " + to);
    }
  }

  private static int number(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(
          HttpStatus.BAD_REQUEST,
          name + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
    }
  }
}
