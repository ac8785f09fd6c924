package org.annals.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;

/**
 * Finds the metadata that plain-text articles carry in their first lines and takes it out of the
 * text: a leading {@code date 2024-07-15} line, a dateline such as {@code Tehran, 24 October 2023
 * (TDI):} or {@code Tehran (IP) -} (place, date, agency code), a site label glued to the body such
 * as {@code Iran PressIran news:}, and a "By NAME" byline. The title (a short leading line without
 * sentence punctuation) is recorded but stays in the text. Metadata the input already had (from
 * HTML or a JSONL record) wins over what is found here.
 */
public final class PlainTextMetadata implements CleaningStep {
  private static final Pattern DATE_LINE =
      Pattern.compile(
          "\\A\\s*(?:date|published|posted|dated)\\s*[:=]?\\s*(" + Dates.FULL_DATE + ")\\s*",
          Pattern.CASE_INSENSITIVE);
  private static final String PLACE_WORD = "\\p{Lu}[\\p{L}'’.\\-]*";
  private static final String PLACE = PLACE_WORD + "(?: " + PLACE_WORD + "){0,3}";
  private static final String AGENCY = "\\p{Lu}[\\p{L}&.\\- ]{0,24}?";

  /** PLACE[, REGION][, DATE] (AGENCY) - or PLACE, DATE - at the start of a paragraph. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "\\A("
              + PLACE
              + ")(?:, ("
              + PLACE
              + "))??(?:,? ("
              + Dates.FULL_DATE
              + "|"
              + Dates.MONTH
              + " \\d{1,2}))?\\s*(?:\\(("
              + AGENCY
              + ")\\))?\\s*[:\\-–—]+\\s+(?=[\\p{Lu}\"“‘'])");

  /** A site or section label glued to the first words of a paragraph: "Iran PressIran news: ". */
  private static final Pattern SITE_LABEL =
      Pattern.compile("\\A((?:\\p{L}+ ){0,4}\\p{L}+):\\s+(?=\\p{Lu})");

  private static final Pattern GLUED = Pattern.compile("\\p{Ll}{3}\\p{Lu}");
  private static final Pattern BYLINE =
      Pattern.compile("\\A[Bb]y ((?:\\p{Lu}[\\p{L}'’.\\-]+ ?){1,4})\\s*\\z");
  private static final int HEAD_LINES = 6;

  @Override
  public String name() {
    return "text-metadata/1";
  }

  @Override
  public CleanText apply(CleanText in) {
    String t = in.text();
    TextEdits edits = new TextEdits(in);
    ArticleMetadata meta = in.metadata();

    Matcher date = DATE_LINE.matcher(t);
    int bodyFrom = 0;
    if (date.lookingAt() && Dates.iso(date.group(1)) != null) {
      if (meta.published() == null) {
        meta = meta.withPublished(Dates.iso(date.group(1)), "date-line");
      }
      edits.remove(date.start(), date.end(), "metadata:date-line");
      bodyFrom = date.end();
    }

    Lines lines = Lines.of(t);
    boolean datelineFound = false;
    int seen = 0;
    for (Lines.Line line : lines.all()) {
      if (line.end() <= bodyFrom || line.blank()) {
        continue;
      }
      if (++seen > HEAD_LINES) {
        break;
      }
      int from = Math.max(line.contentStart(), bodyFrom);
      String rest = t.substring(from, line.end());
      Matcher by = BYLINE.matcher(rest);
      if (by.matches()) {
        if (meta.author() == null) {
          meta = meta.withAuthor(by.group(1).strip());
        }
        edits.remove(from, line.end(), "metadata:byline");
        continue;
      }
      if (!datelineFound) {
        Matcher d = DATELINE.matcher(rest);
        if (d.lookingAt() && (d.group(4) != null || d.group(3) != null) && line.words() > 6) {
          datelineFound = true;
          String place = d.group(2) == null ? d.group(1) : d.group(1) + ", " + d.group(2);
          String iso = d.group(3) == null ? null : Dates.iso(d.group(3));
          String agency = d.group(4) == null ? meta.agency() : d.group(4).strip();
          if (meta.dateline() == null) {
            meta = meta.withDateline(titleCase(place), iso, agency);
          }
          if (meta.published() == null && iso != null) {
            meta =
                meta.withPublished(iso, "dateline"); // a dateline is dated when the story is filed
          }
          edits.remove(from, from + d.end(), "metadata:dateline");
          continue;
        }
      }
      Matcher label = SITE_LABEL.matcher(rest);
      if (label.lookingAt() && isSiteLabel(label.group(1), meta)) {
        edits.remove(from, from + label.end(), "boilerplate:site-label");
      }
    }
    if (meta.title() == null) {
      String title = title(lines, bodyFrom);
      if (title != null) {
        meta = meta.withTitle(title);
      }
    }
    return edits.apply(name()).withMetadata(meta);
  }

  private static boolean isSiteLabel(String label, ArticleMetadata meta) {
    return GLUED.matcher(label).find()
        || label.toLowerCase().endsWith(" news")
        || meta.siteName() != null && label.startsWith(meta.siteName());
  }

  /**
   * The headline: among the short leading lines that are not sentences, the first of three or more
   * words (a lone name above the headline is usually a tag or a photo caption). Only a line that is
   * a paragraph of its own (a blank line after it) is marked as a title: the first line of a
   * hard-wrapped paragraph is not one, however short (issue 18).
   */
  static String title(Lines lines, int bodyFrom) {
    String first = null;
    int looked = 0;
    for (int i = 0; i < lines.all().size() && looked < 3; i++) {
      Lines.Line line = lines.all().get(i);
      if (line.blank() || line.end() <= bodyFrom) {
        continue;
      }
      looked++;
      String s = line.trimmed();
      boolean headline = line.words() <= 25 && !s.matches(".*[.!?:;,]$") && !s.endsWith(".”");
      if (!headline || !standsAlone(lines, i, bodyFrom) || lines.nextNonBlank(i + 1) < 0) {
        break;
      }
      if (first == null) {
        first = s;
      }
      if (line.words() >= 3) {
        return s;
      }
    }
    return first;
  }

  /**
   * Whether line {@code i} is a paragraph of one line: blank (or nothing, or the date line) before,
   * blank after.
   */
  private static boolean standsAlone(Lines lines, int i, int bodyFrom) {
    List<Lines.Line> all = lines.all();
    Lines.Line before = i == 0 ? null : all.get(i - 1);
    boolean blankBefore = before == null || before.blank() || before.end() <= bodyFrom;
    return blankBefore && i + 1 < all.size() && all.get(i + 1).blank();
  }

  /** "GAZA CITY, Gaza Strip" becomes "Gaza City, Gaza Strip": each all-capitals part is recased. */
  private static String titleCase(String place) {
    int comma = place.indexOf(", ");
    if (comma > 0) {
      return titleCase(place.substring(0, comma)) + ", " + titleCase(place.substring(comma + 2));
    }
    if (!place.equals(place.toUpperCase())) {
      return place;
    }
    StringBuilder b = new StringBuilder(place.length());
    boolean start = true;
    for (char c : place.toCharArray()) {
      b.append(start ? c : Character.toLowerCase(c));
      start = !Character.isLetter(c);
    }
    return b.toString();
  }
}
