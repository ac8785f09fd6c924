package org.annals.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.annals.model.CleanText;

/**
 * Removes the web page furniture that survives in plain-text articles, line by line: teasers for
 * other stories ("Also read: …", "Read more:" and the headlines listed after it, "Related: …"),
 * previous/next links, share and subscribe prompts, copyright lines, and a trailing author bio (a
 * name line followed by a paragraph about that name, or an "About the author" section). Each
 * removal is recorded with its rule.
 */
public final class BoilerplateFilter implements CleaningStep {
  private static final String SEP = "\\s*[:\\-–—|»>]";
  private static final Pattern TEASER =
      Pattern.compile(
          "^(also read|read also|read more|more to read|see also|related( articles?| stories| news| content| coverage)?"
              + "|recommended( for you| stories)?|more from [\\p{L} ]{1,30}|more on this( story)?|more stories"
              + "|you (may|might) also (like|be interested in)|don'?t miss|top stories|most read"
              + "|watch|listen|trending( now)?|editor'?s picks)"
              + SEP,
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NAV =
      Pattern.compile(
          "^(?:[«‹<←]\\s*)?(previous|next|older|newer)\\s*(article|post|story|item|page)s?(?!(?-i:\\p{Ll}))",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PROMPT =
      Pattern.compile(
          "^(share (this|on|via|the)\\b|click here\\b|tap here\\b|subscribe\\b|sign up\\b|follow us\\b|join (us|our)\\b"
              + "|download (our|the) app|advertisement$|advertising$|sponsored( content)?$|print( this)?( article| page)?$"
              + "|email( this)?( article)?$|comments?( \\(\\d+\\))?$|\\d+ comments?$|tags?:|filed under\\b|copy link$"
              + "|we use cookies\\b|accept( all)? cookies\\b|skip to (main )?content$|back to top$"
              + "|(©|\\(c\\)|copyright\\b)|all rights reserved\\b)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DISCLAIMER =
      Pattern.compile(
          "(is|are) not responsible for the (opinions|views|content)|views expressed (here|in this)"
              + "|do(es)? not necessarily reflect the (views|opinions)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ABOUT_AUTHOR =
      Pattern.compile(
          "^(about the (author|writer)|author bio|the author)\\s*:?$", Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_LINE =
      Pattern.compile("^\\p{Lu}[\\p{L}'’.\\-]+( \\p{Lu}[\\p{L}'’.\\-]+){1,3}$");

  /** Short prompts only: a real sentence starting with "Subscribe" is not furniture. */
  private static final int PROMPT_MAX_WORDS = 14;

  @Override
  public String name() {
    return "boilerplate/1";
  }

  @Override
  public CleanText apply(CleanText in) {
    Lines lines = Lines.of(in.text());
    List<Lines.Line> all = lines.all();
    String[] rule = new String[all.size()];
    for (int i = 0; i < all.size(); i++) {
      Lines.Line line = all.get(i);
      String s = line.trimmed();
      if (s.isEmpty() || rule[i] != null) {
        continue;
      }
      if (TEASER.matcher(s).find()) {
        rule[i] = "boilerplate:teaser";
        if (afterColonIsEmpty(s)) {
          markListedHeadlines(all, i + 1, rule);
        }
      } else if (line.words() <= PROMPT_MAX_WORDS && NAV.matcher(s).find()) {
        rule[i] = "boilerplate:prev-next";
      } else if (line.words() <= PROMPT_MAX_WORDS && PROMPT.matcher(s).find()) {
        rule[i] = "boilerplate:prompt";
      } else if (line.words() <= 60 && DISCLAIMER.matcher(s).find()) {
        rule[i] = "boilerplate:disclaimer";
      } else if (ABOUT_AUTHOR.matcher(s).matches()) {
        for (int j = i; j < all.size(); j++) {
          rule[j] = "boilerplate:author-bio";
        }
      }
    }
    markTrailingBio(all, rule);

    TextEdits edits = new TextEdits(in);
    for (int i = 0; i < all.size(); i++) {
      Lines.Line line = all.get(i);
      if (rule[i] != null && !line.blank()) {
        edits.remove(line.start(), line.end(), rule[i]);
      }
    }
    return edits.apply(name());
  }

  private static boolean afterColonIsEmpty(String s) {
    int colon = s.indexOf(':');
    return colon < 0 ? s.split("\\s+").length <= 3 : s.substring(colon + 1).isBlank();
  }

  /**
   * After an empty "Read more:" come other stories' headlines: short lines that are not sentences.
   */
  private static void markListedHeadlines(List<Lines.Line> all, int from, String[] rule) {
    for (int j = from; j < all.size(); j++) {
      Lines.Line line = all.get(j);
      if (line.blank()) {
        continue;
      }
      if (!isHeadline(line)) {
        return;
      }
      rule[j] = "boilerplate:teaser";
    }
  }

  static boolean isHeadline(Lines.Line line) {
    String s = line.trimmed();
    return line.words() <= 20 && !s.matches(".*[.!?][\"”’']?$");
  }

  /**
   * An author bio at the end: a name line ("Jane Roe") followed by one last paragraph that names
   * that person (an "About the author" heading is handled above). A name line that ends the text is
   * a byline and goes too.
   */
  private static void markTrailingBio(List<Lines.Line> all, String[] rule) {
    List<Integer> tail = new ArrayList<>();
    for (int i = all.size() - 1; i >= 0 && tail.size() < 4; i--) {
      if (!all.get(i).blank() && rule[i] == null) {
        tail.add(0, i);
      }
    }
    for (int k = 0; k < tail.size(); k++) {
      Lines.Line nameLine = all.get(tail.get(k));
      String name = nameLine.trimmed();
      if (!NAME_LINE.matcher(name).matches() || isTitleCaseHeadline(name)) {
        continue;
      }
      boolean last = k == tail.size() - 1;
      boolean bioFollows =
          k == tail.size() - 2 && mentions(all.get(tail.get(k + 1)).trimmed(), name);
      if (last || bioFollows) {
        for (int j = k; j < tail.size(); j++) {
          rule[tail.get(j)] = "boilerplate:author-bio";
        }
        return;
      }
    }
  }

  /** "Iran Declares Support" is a headline, not a name: names have no lower-case function words. */
  private static boolean isTitleCaseHeadline(String s) {
    return s.split(" ").length > 4;
  }

  private static boolean mentions(String paragraph, String name) {
    String p = paragraph.toLowerCase(Locale.ROOT);
    for (String part : name.split(" ")) {
      if (part.length() > 2 && p.contains(part.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
