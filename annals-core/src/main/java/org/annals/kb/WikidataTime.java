package org.annals.kb;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A Wikidata time value cut to what it says: a day, a month or a year. Wikidata writes {@code
 * "+2019-03-00T00:00:00Z"} with precision 10 for "March 2019"; we write {@code "2019-03"}. Values
 * coarser than a year (decades, centuries) keep the year Wikidata stores. Calendar models are not
 * converted: a Julian date keeps its digits, which is off by days only before 1923.
 *
 * @param precision Wikidata's precision: 11 day, 10 month, 9 year, lower coarser
 */
record WikidataTime(int year, int month, int day, int precision) {
  static final int DAY = 11;
  static final int MONTH = 10;

  /**
   * The time of a qualifier snak's value, or null when the snak has no usable value (unknown value,
   * no value, a year before 1 or after 9999, or not a time).
   */
  static WikidataTime of(JsonNode snak) {
    JsonNode v = snak.path("datavalue").path("value");
    String time = v.path("time").asText(null);
    if (time == null || !time.startsWith("+")) {
      return null; // "-0044-03-15" is BCE: no news actor held an office then
    }
    int dash = time.indexOf('-', 1);
    if (dash < 0 || time.length() < dash + 6) {
      return null;
    }
    try {
      int year = Integer.parseInt(time.substring(1, dash));
      int month = Integer.parseInt(time.substring(dash + 1, dash + 3));
      int day = Integer.parseInt(time.substring(dash + 4, dash + 6));
      int precision = v.path("precision").asInt(DAY);
      if (year < 1 || year > 9999) {
        return null;
      }
      if (precision >= MONTH && (month < 1 || month > 12)) {
        precision = 9;
      }
      if (precision >= DAY && (day < 1 || day > YearMonth.of(year, month).lengthOfMonth())) {
        precision = MONTH;
      }
      return new WikidataTime(year, month, day, Math.min(precision, DAY));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "2019-03-04", "2019-03" or "2019", as the actors file's dates. */
  String text() {
    if (precision >= DAY) {
      return String.format("%04d-%02d-%02d", year, month, day);
    }
    return precision == MONTH
        ? String.format("%04d-%02d", year, month)
        : String.format("%04d", year);
  }

  /** The first day the value can mean. */
  LocalDate firstDay() {
    if (precision >= DAY) {
      return LocalDate.of(year, month, day);
    }
    return precision == MONTH ? LocalDate.of(year, month, 1) : LocalDate.of(year, 1, 1);
  }

  /** The last day the value can mean. */
  LocalDate lastDay() {
    if (precision >= DAY) {
      return firstDay();
    }
    return precision == MONTH
        ? YearMonth.of(year, month).atEndOfMonth()
        : LocalDate.of(year, 12, 31);
  }
}
