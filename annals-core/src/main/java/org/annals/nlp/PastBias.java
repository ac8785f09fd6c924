package org.annals.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Token;

/**
 * News reports what happened: a bare weekday ("on Tuesday") or a month without a year ("in March",
 * "Aug. 6") names the latest such day before the article, not the next one, unless its sentence
 * speaks of the future ("will", "next", "scheduled"). SUTime resolves these forward; this moves a
 * weekday back by a week, and a month more than {@value #FUTURE_MONTH_DAYS} days ahead back by a
 * year. Explicit forms ("next Tuesday", "March 2031") are left alone.
 */
final class PastBias {
  private static final String DAYS = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final String MONTHS =
      "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?"
          + "|nov(ember)?|dec(ember)?)\\.?";
  private static final Pattern BARE_DAY =
      Pattern.compile(
          "(on |early |late )?" + DAYS + "( (morning|afternoon|evening|night))?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern BARE_MONTH =
      Pattern.compile(
          "(in |early |late |mid-?|since )?("
              + MONTHS
              + "( \\d{1,2}(st|nd|rd|th)?)?|\\d{1,2}(st|nd|rd|th)? "
              + MONTHS
              + ")",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_VALUE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(.*)");
  private static final Pattern MONTH_VALUE = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Set<String> FUTURE =
      Set.of(
          "will",
          "shall",
          "'ll",
          "next",
          "upcoming",
          "coming",
          "scheduled",
          "tomorrow",
          "plans",
          "planned",
          "expected");

  /**
   * A month up to this many days ahead is taken as meant (payment dates, scheduled votes: "Dec. 15"
   * written in late October); further ahead, the past one is meant ("March" in October).
   */
  private static final int FUTURE_MONTH_DAYS = 90;

  private PastBias() {}

  private static final Pattern UNIT_AGO =
      Pattern.compile(
          ".*\\b(years?|months?|weeks?)\\s+(ago|earlier|before|later|after)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * "Two years ago" names a year, not the day two years before the article: the unit decides the
   * precision, so no day is made up.
   */
  static String unitPrecision(String value, String text) {
    Matcher m = UNIT_AGO.matcher(text);
    Matcher day = value == null ? null : DAY_VALUE.matcher(value);
    if (!m.matches() || day == null || !day.matches()) {
      return value;
    }
    LocalDate d;
    try {
      d = LocalDate.parse(day.group(1));
    } catch (DateTimeException e) {
      return value;
    }
    String unit = m.group(1).toLowerCase(Locale.ROOT);
    if (unit.startsWith("year")) {
      return String.format(Locale.ROOT, "%04d", d.getYear());
    }
    if (unit.startsWith("month")) {
      return String.format(Locale.ROOT, "%04d-%02d", d.getYear(), d.getMonthValue());
    }
    return String.format(
        Locale.ROOT,
        "%04d-W%02d",
        d.get(java.time.temporal.IsoFields.WEEK_BASED_YEAR),
        d.get(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  private static final Pattern LAST_MONTH =
      Pattern.compile("(?:last|this past)\\s+" + MONTHS, Pattern.CASE_INSENSITIVE);

  /**
   * "Last April" written in October is this year's April, the latest one before the article; SUTime
   * reads it as the April of last year.
   */
  static String lastMonth(String value, String text, String anchor) {
    Matcher month = value == null || anchor == null ? null : MONTH_VALUE.matcher(value);
    if (month == null || !month.matches() || !LAST_MONTH.matcher(text.strip()).matches()) {
      return value;
    }
    try {
      LocalDate base = LocalDate.parse(anchor.substring(0, 10));
      int m = Integer.parseInt(month.group(2));
      int year = m < base.getMonthValue() ? base.getYear() : base.getYear() - 1;
      return String.format(Locale.ROOT, "%04d-%02d", year, m);
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return value;
    }
  }

  /** The value to use instead of SUTime's, or {@code value} itself. */
  static String apply(String value, String text, String anchor, List<Token> sentence) {
    value = lastMonth(unitPrecision(value, text), text, anchor);
    if (value == null || anchor == null || hasFutureCue(sentence)) {
      return value;
    }
    LocalDate base;
    try {
      base = LocalDate.parse(anchor.substring(0, 10));
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return value;
    }
    String t = text.strip();
    try {
      Matcher day = DAY_VALUE.matcher(value);
      if (day.matches()) {
        LocalDate d = LocalDate.parse(day.group(1));
        if (!d.isAfter(base)) {
          return value;
        }
        if (BARE_DAY.matcher(t).matches()) {
          return d.minusWeeks(1) + day.group(2);
        }
        if (BARE_MONTH.matcher(t).matches() && d.isAfter(base.plusDays(FUTURE_MONTH_DAYS))) {
          return d.minusYears(1) + day.group(2);
        }
        return value;
      }
      Matcher month = MONTH_VALUE.matcher(value);
      if (month.matches() && BARE_MONTH.matcher(t).matches()) {
        LocalDate first =
            LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1);
        if (first.isAfter(base.plusDays(FUTURE_MONTH_DAYS))) {
          return String.format(Locale.ROOT, "%04d-%s", first.getYear() - 1, month.group(2));
        }
      }
    } catch (DateTimeException e) {
      return value;
    }
    return value;
  }

  private static boolean hasFutureCue(List<Token> sentence) {
    for (Token tok : sentence) {
      String w = tok.text().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(w) || w.equals("going") && tok.pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }
}
