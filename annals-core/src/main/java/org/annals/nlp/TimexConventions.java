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
 * TimeML's values where SUTime writes its own or writes none:
 *
 * <ul>
 *   <li>a decade is three digits ("the 1980s" is {@code 198}, SUTime's {@code 198X}), a century two
 *       ("the 20th century" is {@code 19});
 *   <li>vague references are dates, not durations: "recent years", "the last few months" are {@code
 *       PAST_REF}; "coming months", "the near term" {@code FUTURE_REF}; "these days" {@code
 *       PRESENT_REF};
 *   <li>the deictic words SUTime does not tag at all: "recent", "soon" (it does tag "recently" and
 *       "now"); "mid-November", "mid-1996".
 * </ul>
 *
 * None of these invents a calendar date: the references resolve to no date.
 */
final class TimexConventions {
  private static final Pattern DECADE = Pattern.compile("(\\d{3})X");
  private static final Pattern CENTURY = Pattern.compile("(\\d{2})XX");
  private static final String UNITS = "(days|weeks|months|years|decades|quarters)";
  private static final Pattern PAST =
      Pattern.compile(
          "(in )?(the )?(more )?(recent|last few|past few) "
              + UNITS
              + "( and "
              + UNITS
              + ")?|past (years|decades)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern FUTURE =
      Pattern.compile(
          "(the )?(coming|future|next few) "
              + UNITS
              + "|(the )?(near|short) term|(the )?near future",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PRESENT = Pattern.compile("these days", Pattern.CASE_INSENSITIVE);

  /** Words and phrases SUTime leaves untagged. */
  private static final Pattern UNTAGGED =
      Pattern.compile(
          "\\b(recent|soon|(the )?(coming|future) "
              + UNITS
              + "|(the )?(near|short) term|mid-(\\d{4}|[A-Z][a-z]+))\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern MID_YEAR = Pattern.compile("mid-(\\d{4})");
  private static final Pattern MID_MONTH =
      Pattern.compile(
          "mid-(January|February|March|April|May|June|July|August|September|October|"
              + "November|December)");

  private TimexConventions() {}

  static List<TimeExpression> apply(
      List<TimeExpression> tagged, String article, List<Sentence> sentences, String anchor) {
    List<TimeExpression> out = new ArrayList<>(tagged.size());
    for (TimeExpression t : tagged) {
      out.add(convert(t));
    }
    Matcher u = UNTAGGED.matcher(article);
    while (u.find()) {
      Span span = new Span(u.start(), u.end());
      String value = untaggedValue(u.group(), article, span, anchor);
      Sentence in = sentenceOf(sentences, span);
      if (value == null || in == null || covered(tagged, span)) {
        continue;
      }
      out.add(
          withValue(
              new TimeExpression(
                  in.index(), span, u.group(), "DATE", null, null, DatePrecision.UNKNOWN),
              value));
    }
    out.sort((x, y) -> Integer.compare(x.span().start(), y.span().start()));
    return out;
  }

  private static TimeExpression convert(TimeExpression t) {
    String value = t.value();
    String text = t.text().strip();
    if (value == null) {
      return t;
    }
    Matcher m = DECADE.matcher(value);
    if (m.matches() && text.matches("(?i).*(\\d0s|'\\d0s|decade|nineties|eighties|seventies).*")) {
      return withValue(t, m.group(1));
    }
    m = CENTURY.matcher(value);
    if (m.matches() && text.toLowerCase(Locale.ROOT).contains("century")) {
      return withValue(t, m.group(1));
    }
    if (PAST.matcher(text).matches()) {
      return withValue(t, "PAST_REF");
    }
    if (FUTURE.matcher(text).matches()) {
      return withValue(t, "FUTURE_REF");
    }
    if (PRESENT.matcher(text).matches()) {
      return withValue(t, "PRESENT_REF");
    }
    return t;
  }

  private static String untaggedValue(String text, String article, Span span, String anchor) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.equals("soon")) {
      // "as soon as" is a conjunction unless it ends in "possible"
      boolean as =
          article.substring(Math.max(0, span.start() - 3), span.start()).equalsIgnoreCase("as ");
      boolean asPossible = article.startsWith(" as possible", span.end());
      return as && !asPossible ? null : "FUTURE_REF";
    }
    if (lower.equals("recent")) {
      return "PAST_REF";
    }
    if (FUTURE.matcher(text).matches()) {
      return "FUTURE_REF";
    }
    Matcher m = MID_YEAR.matcher(text);
    if (m.matches()) {
      return m.group(1);
    }
    m = MID_MONTH.matcher(text);
    if (m.matches() && anchor != null && anchor.length() >= 10) {
      try {
        LocalDate base = LocalDate.parse(anchor.substring(0, 10));
        int month = java.time.Month.valueOf(m.group(1).toUpperCase(Locale.ROOT)).getValue();
        return PastBias.monthOf(month, base);
      } catch (DateTimeException | IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  static boolean covered(List<TimeExpression> times, Span span) {
    for (TimeExpression t : times) {
      if (t.span().start() < span.end() && span.start() < t.span().end()) {
        return true;
      }
    }
    return false;
  }

  static Sentence sentenceOf(List<Sentence> sentences, Span span) {
    for (Sentence s : sentences) {
      if (s.span().start() <= span.start() && span.end() <= s.span().end()) {
        return s;
      }
    }
    return null;
  }

  static TimeExpression withValue(TimeExpression t, String value) {
    TimexDates.Resolved r = TimexDates.resolve(value);
    return new TimeExpression(
        t.sentence(), t.span(), t.text(), "DATE", value, r.date(), r.precision());
  }
}
