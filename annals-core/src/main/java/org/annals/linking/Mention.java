package org.annals.linking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import org.annals.model.DatePrecision;

/**
 * What linking needs of one event mention: its actors, code, date and manner.
 *
 * @param id the event's id
 * @param article the article it was read in
 * @param source source actor id, or null
 * @param target target actor id, or null
 * @param cameo CAMEO code
 * @param trigger the trigger's words (they tell a letter from a call)
 * @param date ISO date or null
 * @param precision the date's precision
 * @param dateText the words of the date ("Monday"), or null
 *     <p>Serializable: the Spark job ships mentions to the executor that links their block.
 */
public record Mention(
    String id,
    String article,
    String source,
    String target,
    String cameo,
    String trigger,
    String date,
    DatePrecision precision,
    String dateText)
    implements java.io.Serializable {

  public String root() {
    return cameo.substring(0, 2);
  }

  /** Whether it can be linked at all: both actors named. */
  public boolean linkable() {
    return source != null && target != null;
  }

  /**
   * The block it is compared within: its CAMEO root and its actors, as an unordered pair for
   * consultations and cooperation (a call between A and B is reported either way round).
   */
  public String block() {
    if (!linkable()) {
      return null;
    }
    boolean symmetric = root().equals("04") || root().equals("06");
    String a = source;
    String b = target;
    if (symmetric && a.compareTo(b) > 0) {
      a = target;
      b = source;
    }
    return root() + "|" + a + "|" + b;
  }

  public LocalDate day() {
    return date != null && precision == DatePrecision.DAY ? LocalDate.parse(date) : null;
  }

  /** The date cut to its precision: "2031" for a year, "2031-05" for a month; null if none. */
  public String coarse() {
    if (date == null) {
      return null;
    }
    return switch (precision) {
      case YEAR -> date.substring(0, Math.min(4, date.length()));
      case MONTH -> date.substring(0, Math.min(7, date.length()));
      default -> date;
    };
  }

  /** The weekday the date words name ("on Monday"), or null. */
  public DayOfWeek weekday() {
    if (dateText == null) {
      return null;
    }
    String t = dateText.toLowerCase(Locale.ROOT);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (t.contains(d.name().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    return null;
  }

  /** How the contact was made: "letter", "phone", "visit", "meeting" or "other". */
  public String manner() {
    String t = trigger == null ? "" : trigger.toLowerCase(Locale.ROOT);
    if (t.contains("letter")
        || t.contains("message")
        || t.contains("wrote")
        || t.contains("writ")) {
      return "letter";
    }
    if (cameo.equals("041")) {
      return "phone";
    }
    if (cameo.equals("042") || cameo.equals("043")) {
      return "visit";
    }
    if (t.contains("meet")) {
      return "meeting";
    }
    return "other";
  }
}
