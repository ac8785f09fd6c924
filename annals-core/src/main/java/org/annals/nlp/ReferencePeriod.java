package org.annals.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.DatePrecision;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.TimeExpression;

/**
 * A report of results names its period once ("third-quarter profit fell") and then refers back to
 * it: "the quarter", "the latest period", and, for the comparison, "a year earlier", "the year-ago
 * quarter", "last year's period". Each of these means the reported quarter, or that quarter one
 * year before; SUTime resolves them against the article's date instead (the current quarter, the
 * previous calendar year). The reported quarter is the latest quarter named with its ordinal that
 * had ended by the article's date: a forecast ("the third quarter of 1990") is not what is being
 * reported on. Without a reported quarter, "the latest quarter" is the last one ended before the
 * article. Values this pass gives keep SUTime's span and type.
 */
final class ReferencePeriod {
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern NAMED_QUARTER =
      Pattern.compile(
          ".*\\b(first|second|third|fourth|1st|2nd|3rd|4th)[- ](fiscal[- ])?quarter\\b.*",
          Pattern.CASE_INSENSITIVE);

  /**
   * The same period a year before: "a year ago", "the year-earlier quarter", "last year's results".
   */
  private static final Pattern YEAR_BEFORE =
      Pattern.compile(
          "(the |a )?(comparable |corresponding |same )?"
              + "(a year (ago|earlier|before)|year[- ](ago|earlier)|last year's|the previous year's)"
              + "( (third|second|first|fourth|fiscal)?[- ]?(quarter|period))?"
              + "|(the )?(quarter|period) (a year (ago|earlier)|last year)"
              + "|(the )?(comparable |corresponding |same )?(quarter|period) (of |in )?(the previous"
              + " year|last year)",
          Pattern.CASE_INSENSITIVE);

  /** The reported period itself: "the quarter", "the latest period", "this quarter". */
  private static final Pattern SAME_PERIOD =
      Pattern.compile(
          "((the|this|that) )?((latest|recent|most recent) )?(fiscal )?(quarter|period)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LATEST =
      Pattern.compile("the (latest|most recent) (fiscal )?quarter", Pattern.CASE_INSENSITIVE);

  /** "the 1988 quarter": the reported quarter of the year named. */
  private static final Pattern YEAR_PERIOD =
      Pattern.compile("(the )?(\\d{4}) (quarter|period)", Pattern.CASE_INSENSITIVE);

  private static final Pattern YEAR_PERIOD_AFTER = Pattern.compile("\\s+(quarter|period)\\b");

  private ReferencePeriod() {}

  /**
   * Period references SUTime does not tag ("the year-ago quarter", "year-earlier", "the latest
   * period", "second quarter"); they become time expressions only when a reported quarter gives
   * them a value.
   */
  private static final Pattern UNTAGGED =
      Pattern.compile(
          "\\b((the )?(comparable |corresponding |same )?(year[- ](ago|earlier))( (quarter|period))?"
              + "|last year's (quarter|period)"
              + "|(the|that|this) (latest |most recent )?(quarter|period)"
              + "|(the )?(first|second|third|fourth)[- ]quarter)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final String[] ORDINALS = {"first", "second", "third", "fourth"};
  private static final String[] SHORT_ORDINALS = {"1st", "2nd", "3rd", "4th"};

  /** The time expressions of one article, in text order, with reference periods resolved. */
  static List<TimeExpression> apply(
      List<TimeExpression> tagged, String article, List<Sentence> sentences, String anchor) {
    LocalDate base = date(anchor);
    if (base == null) {
      return tagged;
    }
    List<TimeExpression> times = new ArrayList<>(tagged);
    Matcher u = UNTAGGED.matcher(article);
    while (u.find()) {
      Span span = new Span(u.start(), u.end());
      Sentence in = TimexConventions.sentenceOf(sentences, span);
      if (in != null && !TimexConventions.covered(tagged, span)) {
        times.add(
            new TimeExpression(
                in.index(), span, u.group(), "DATE", null, null, DatePrecision.UNKNOWN));
      }
    }
    times.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    List<TimeExpression> out = new ArrayList<>(times.size());
    int[] reported = null; // {year, quarter}
    for (TimeExpression t : times) {
      String text = t.text().strip();
      Matcher q = t.value() == null ? null : QUARTER.matcher(t.value());
      int[] named = null;
      if (q != null && q.matches() && NAMED_QUARTER.matcher(text).matches()) {
        // the ordinal written decides ("the fiscal-first quarter" is not SUTime's "the quarter")
        named =
            new int[] {Integer.parseInt(q.group(1)), ordinal(text, Integer.parseInt(q.group(2)))};
        t = withValue(t, quarter(named[0], named[1]));
        if (!text.matches("(?i).*(\\d{4}|next|coming).*")
            && end(named).minusMonths(3).isAfter(base)) {
          named[
              0]--; // SUTime reads a bare "third-quarter" forward; a quarter not yet begun is past
          t = withValue(t, quarter(named[0], named[1]));
        }
      } else if (t.value() == null && NAMED_QUARTER.matcher(text).matches()) {
        named = new int[] {base.getYear(), ordinal(text, 1)};
        if (end(named).minusMonths(3).isAfter(base)) {
          named[0]--; // a quarter not yet begun is last year's
        }
        t = withValue(t, quarter(named[0], named[1]));
      }
      if (named != null) {
        if (!end(named).isAfter(base)) {
          reported = named;
        }
        out.add(t);
        continue;
      }
      if (!"DATE".equals(t.type()) && !"DURATION".equals(t.type())) {
        out.add(t);
        continue;
      }
      String value = null;
      Matcher y = YEAR_PERIOD.matcher(text);
      if (reported != null && YEAR_BEFORE.matcher(text).matches()) {
        value = quarter(reported[0] - 1, reported[1]);
      } else if (reported != null && SAME_PERIOD.matcher(text).matches()) {
        value = quarter(reported[0], reported[1]);
      } else if (reported != null && y.matches()) {
        value = quarter(Integer.parseInt(y.group(2)), reported[1]);
      } else if (reported != null
          && t.value() != null
          && t.value().matches("\\d{4}")
          && YEAR_PERIOD_AFTER
              .matcher(article)
              .region(t.span().end(), article.length())
              .lookingAt()) {
        value = quarter(Integer.parseInt(t.value()), reported[1]); // "the [1988] quarter"
      } else if (reported == null && LATEST.matcher(text).matches()) {
        int[] last = {base.getYear(), (base.getMonthValue() - 1) / 3}; // the quarter ended last
        if (last[1] == 0) {
          last = new int[] {base.getYear() - 1, 4};
        }
        value = quarter(last[0], last[1]);
      }
      if (value == null || value.equals(t.value())) {
        if (t.value() != null) {
          out.add(t); // untagged candidates without a value are dropped
        }
        continue;
      }
      out.add(withValue(t, value));
    }
    return out;
  }

  private static TimeExpression withValue(TimeExpression t, String value) {
    return TimexConventions.withValue(t, value);
  }

  private static int ordinal(String text, int otherwise) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (int i = 0; i < ORDINALS.length; i++) {
      if (lower.contains(ORDINALS[i]) || lower.contains(SHORT_ORDINALS[i])) {
        return i + 1;
      }
    }
    return otherwise;
  }

  private static String quarter(int year, int q) {
    return String.format(Locale.ROOT, "%04d-Q%d", year, q);
  }

  private static LocalDate end(int[] quarter) {
    return LocalDate.of(quarter[0], quarter[1] * 3, 1).plusMonths(1).minusDays(1);
  }

  private static LocalDate date(String anchor) {
    if (anchor == null || anchor.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(anchor.substring(0, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
