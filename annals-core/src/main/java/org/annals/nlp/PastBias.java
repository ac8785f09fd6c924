package org.annals.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.Span;
import org.annals.model.Token;

/**
 * News reports what happened: a bare weekday ("on Tuesday") or a month without a year ("in March",
 * "Aug. 6") names the latest such day before the article, not the next one, unless its sentence
 * speaks of the future ("will", "next", "scheduled"), when it names the next one. A month more than
 * {@value #FUTURE_MONTH_DAYS} days ahead is last year's. This class decides these from the
 * article's date alone, whatever SUTime answered. Explicit forms ("next Tuesday", "March 2031") are
 * left alone.
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
  private static final Pattern WEEKEND =
      Pattern.compile("(the |this |over the |during the )?weekend", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKEND_VALUE = Pattern.compile("\\d{4}-W\\d{2}-WE");
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
    return apply(value, text, anchor, sentence, null);
  }

  /**
   * As {@link #apply(String, String, String, List)}, where the tense nearest the expression (up to
   * {@value #NEAR} tokens either side: "said Friday", "will meet Monday") decides before the
   * sentence's future words do.
   */
  static String apply(String value, String text, String anchor, List<Token> sentence, Span span) {
    value = lastMonth(unitPrecision(value, text), text, anchor);
    if (value == null || anchor == null) {
      return value;
    }
    LocalDate base;
    try {
      base = LocalDate.parse(anchor.substring(0, 10));
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      return value;
    }
    boolean future = future(sentence, span);
    String t = text.strip();
    try {
      Matcher day = DAY_VALUE.matcher(value);
      if (day.matches()) {
        LocalDate d = LocalDate.parse(day.group(1));
        if (BARE_DAY.matcher(t).matches()) {
          DayOfWeek w = d.getDayOfWeek();
          LocalDate r =
              future
                  ? base.with(TemporalAdjusters.nextOrSame(w))
                  : base.with(TemporalAdjusters.previousOrSame(w));
          return r + day.group(2);
        }
        if (BARE_MONTH.matcher(t).matches()) {
          return year(d, base, future) + day.group(2);
        }
        return value;
      }
      Matcher weekend = WEEKEND_VALUE.matcher(value);
      if (weekend.matches() && WEEKEND.matcher(t).matches() && !future) {
        // "the weekend" in a report written on a weekday is the one just past
        LocalDate saturday = base.with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        return String.format(
            Locale.ROOT,
            "%04d-W%02d-WE",
            saturday.get(IsoFields.WEEK_BASED_YEAR),
            saturday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      }
      Matcher month = MONTH_VALUE.matcher(value);
      if (month.matches() && BARE_MONTH.matcher(t).matches()) {
        LocalDate first = LocalDate.of(base.getYear(), Integer.parseInt(month.group(2)), 1);
        return year(first, base, future).toString().substring(0, 7);
      }
    } catch (DateTimeException e) {
      return value;
    }
    return value;
  }

  /**
   * The year of a day or month written without one, decided here rather than by SUTime: SUTime
   * keeps the direction it last resolved a weekday or month in across documents (CoreNLP issue
   * #1061), so its answer depends on what it read before. In a sentence about the future, the
   * nearest such date, before or after the article's date (the cue may belong to another clause:
   * "will … since September"); otherwise the latest one up to {@value #FUTURE_MONTH_DAYS} days
   * ahead.
   */
  private static LocalDate year(LocalDate d, LocalDate base, boolean future) {
    if (!future) {
      LocalDate r = sameDayIn(d, base.getYear() + 1);
      while (r.isAfter(base.plusDays(FUTURE_MONTH_DAYS))) {
        r = sameDayIn(d, r.getYear() - 1);
      }
      return r;
    }
    LocalDate r = sameDayIn(d, base.getYear());
    LocalDate other = sameDayIn(d, r.isBefore(base) ? base.getYear() + 1 : base.getYear() - 1);
    long toR = Math.abs(r.toEpochDay() - base.toEpochDay());
    long toOther = Math.abs(other.toEpochDay() - base.toEpochDay());
    return toOther < toR || toOther == toR && other.isAfter(r) ? other : r;
  }

  /** The month (1–12) of a text that gives no year, as "YYYY-MM", read as in a past sentence. */
  static String monthOf(int month, LocalDate base) {
    return year(LocalDate.of(base.getYear(), month, 1), base, false).toString().substring(0, 7);
  }

  private static LocalDate sameDayIn(LocalDate d, int year) {
    return d.withYear(year); // 29 February becomes the 28th in other years
  }

  private static final int NEAR = 3;

  private static boolean future(List<Token> sentence, Span span) {
    int first = -1;
    int last = -1;
    for (int i = 0; span != null && i < sentence.size(); i++) {
      Span t = sentence.get(i).span();
      if (t.start() < span.end() && span.start() < t.end()) {
        first = first < 0 ? i : first;
        last = i;
      }
    }
    for (int d = 1; first >= 0 && d <= NEAR; d++) {
      for (int i : new int[] {first - d, last + d}) {
        if (i < 0 || i >= sentence.size()) {
          continue;
        }
        Token tok = sentence.get(i);
        if (FUTURE.contains(tok.text().toLowerCase(Locale.ROOT))) {
          return true;
        }
        if (tok.pos().equals("VBD") || tok.pos().equals("VBN")) {
          return false;
        }
      }
    }
    return hasFutureCue(sentence);
  }

  /**
   * A future word of the sentence's own voice; quoted words ("“We will …,” he said") do not count.
   */
  private static boolean hasFutureCue(List<Token> sentence) {
    boolean quoted = false;
    for (Token tok : sentence) {
      String w = tok.text().toLowerCase(Locale.ROOT);
      switch (w) {
        case "“", "``" -> quoted = true;
        case "”", "''" -> quoted = false;
        case "\"" -> quoted = !quoted;
        default -> {}
      }
      if (quoted) {
        continue;
      }
      if (FUTURE.contains(w) || w.equals("going") && tok.pos().equals("VBG")) {
        return true;
      }
    }
    return false;
  }
}
