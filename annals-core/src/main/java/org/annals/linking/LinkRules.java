package org.annals.linking;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether two mentions report the same real-world event, with a score and the evidence for it. Same
 * block (CAMEO root and actors) is required; then the manner must agree (a letter is not a call)
 * and the dates must not contradict: the same day, one day apart (reports disagree on day names by
 * one), a weekday named within a day of the other's date, or a coarser date that contains it. Two
 * mentions without any date link only within one article.
 */
public final class LinkRules {
  /** Score from which two mentions are one event. */
  public static final double THRESHOLD = 0.7;

  /** A comparison's result: its score (0 when they cannot be one event) and why. */
  public record Verdict(double score, List<String> evidence) {
    public boolean same() {
      return score >= THRESHOLD;
    }
  }

  private LinkRules() {}

  public static Verdict compare(Mention a, Mention b) {
    List<String> why = new ArrayList<>();
    if (!a.linkable() || !b.linkable() || !a.block().equals(b.block())) {
      return new Verdict(0, List.of("different actors or kind of event"));
    }
    double score = 0.5;
    why.add("same actors and CAMEO root " + a.root());
    String ma = a.manner();
    String mb = b.manner();
    if (a.cameo().equals(b.cameo()) && ma.equals(mb)) {
      score += 0.15;
      why.add("same code " + a.cameo());
    } else if (compatible(ma, mb)) {
      score += 0.05;
      why.add("compatible manner (" + ma + ", " + mb + ")");
    } else {
      return new Verdict(0, List.of("different manner: " + ma + " vs " + mb));
    }
    double date = dates(a, b, why);
    if (date < 0) {
      return new Verdict(0, why.subList(why.size() - 1, why.size()));
    }
    if (a.article().equals(b.article()) && date > 0) {
      score += 0.05; // told again in one article: the likelier of two otherwise equal matches
      why.add("same article");
    }
    return new Verdict(Math.min(1.0, score + date), why);
  }

  private static boolean compatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    if (a.equals("letter") || b.equals("letter")) {
      return false;
    }
    return a.equals("other") || b.equals("other") || a.equals("meeting") || b.equals("meeting");
  }

  /** The date evidence: a bonus, or -1 when the dates contradict each other. */
  private static double dates(Mention a, Mention b, List<String> why) {
    LocalDate da = a.day();
    LocalDate db = b.day();
    if (da != null && db != null) {
      long gap = Math.abs(ChronoUnit.DAYS.between(da, db));
      if (gap == 0) {
        why.add("same date " + da);
        return 0.35;
      }
      if (gap == 1) {
        why.add("dates one day apart (" + da + ", " + db + ")");
        return 0.25;
      }
      why.add("dates " + gap + " days apart (" + da + ", " + db + ")");
      return -1;
    }
    if (da != null || db != null) {
      LocalDate known = da != null ? da : db;
      Mention other = da != null ? b : a;
      if (other.weekday() != null) {
        int d = weekdayGap(known.getDayOfWeek(), other.weekday());
        if (d <= 1) {
          why.add(
              "'"
                  + other.dateText()
                  + "' is within a day of "
                  + known
                  + " ("
                  + known.getDayOfWeek()
                  + ")");
          return 0.2;
        }
        why.add("'" + other.dateText() + "' is not near " + known);
        return -1;
      }
      if (other.coarse() != null && known.toString().startsWith(other.coarse())) {
        why.add(known + " lies in " + other.coarse());
        return 0.1;
      }
      if (other.coarse() != null) {
        why.add(known + " is outside " + other.coarse());
        return -1;
      }
      return sameArticle(a, b, why);
    }
    if (a.weekday() != null && b.weekday() != null) {
      int d = weekdayGap(a.weekday(), b.weekday());
      if (d <= 1) {
        why.add("weekdays '" + a.dateText() + "' and '" + b.dateText() + "' within a day");
        return d == 0 ? 0.2 : 0.1;
      }
      why.add("weekdays '" + a.dateText() + "' and '" + b.dateText() + "' differ");
      return -1;
    }
    if (a.coarse() != null && b.coarse() != null) {
      if (a.coarse().startsWith(b.coarse()) || b.coarse().startsWith(a.coarse())) {
        why.add("dates " + a.coarse() + " and " + b.coarse() + " agree");
        return 0.1;
      }
      why.add("dates " + a.coarse() + " and " + b.coarse() + " differ");
      return -1;
    }
    return sameArticle(a, b, why);
  }

  private static double sameArticle(Mention a, Mention b, List<String> why) {
    if (a.article().equals(b.article())) {
      why.add("told twice in one article, neither dated");
      return 0.1;
    }
    why.add("no date to compare");
    return 0;
  }

  private static int weekdayGap(DayOfWeek x, DayOfWeek y) {
    int d = Math.abs(x.getValue() - y.getValue());
    return Math.min(d, 7 - d);
  }
}
