package org.annals.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses the elements that hold an HTML page's article text: paragraphs are scored by length and
 * commas, their ancestors collect the scores (less the further up), scores are discounted by link
 * density and class names, and the best element is taken with those of its siblings that score
 * close to it. Elements of the result are in document order.
 */
final class ContentScorer {
  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story|prose",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta"
              + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping"
              + "|tags|tool|widget|newsletter|subscribe|teaser|recommend",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ARTICLE_BODY =
      Pattern.compile(
          "article[-_]?body|articlebody|story[-_]?body|entry[-_]content|post[-_]content"
              + "|article[-_]content|article__body|story[-_]content|body[-_]text|rich[-_]text"
              + "|article-text|paywall-article|content__article-body",
          Pattern.CASE_INSENSITIVE);
  private static final int MIN_PARAGRAPH = 25;

  private ContentScorer() {}

  static List<Element> choose(Element body, TextLengths lengths) {
    Map<Element, Double> score = new IdentityHashMap<>();
    for (Element p : body.select("p, pre, td, blockquote, div, section, article, dd, li")) {
      String tag = p.normalName();
      boolean leafContainer =
          tag.equals("div")
              || tag.equals("section")
              || tag.equals("article")
              || tag.equals("li")
              || tag.equals("dd");
      if (leafContainer && hasBlockChild(p)) {
        continue;
      }
      int len = lengths.text(p);
      if (len < MIN_PARAGRAPH) {
        continue;
      }
      double s = 1 + commas(p.text()) + Math.min(len / 100.0, 3);
      if (tag.equals("li")) {
        s /= 2; // list items are more often menus and teasers than article text
      }
      Element a = p.parent();
      for (int level = 0; level < 4 && a != null; level++, a = a.parent()) {
        double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
        score.merge(a, s * share, Double::sum);
      }
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> e : score.entrySet()) {
      double own = e.getValue();
      // a class name may cost a block at most half of what its own text earns (issue 18)
      double named = Math.max(initial(e.getKey()), -own / 2);
      double s = (own + named) * (1 - lengths.linkDensity(e.getKey()));
      score.put(e.getKey(), s);
      if (best == null || s > bestScore) {
        best = e.getKey();
        bestScore = s;
      }
    }
    Element marked = markedArticleBody(body, lengths);
    if (marked != null && (best == null || lengths.text(marked) >= 0.5 * lengths.text(best))) {
      best = marked;
      bestScore = Math.max(bestScore, score.getOrDefault(marked, 0.0));
    }
    if (best == null) {
      return List.of(body);
    }
    // a paragraph alone is rarely the article: its parent holds the others too
    while (best.parent() != null
        && best != body
        && lengths.text(best) < 0.25 * lengths.text(best.parent())
        && best.parent() != body) {
      best = best.parent();
    }
    List<Element> chosen = new ArrayList<>(withSiblings(best, bestScore, score, lengths));
    addRepeatedContainers(body, best, chosen, lengths);
    addLeadCaption(best, chosen);
    addStandfirst(best, chosen);
    chosen.sort((a, b) -> Integer.compare(a.sourceRange().startPos(), b.sourceRange().startPos()));
    return chosen;
  }

  /**
   * Pages often split one article into several containers of the same class (between ads or layout
   * rows): take the others too.
   */
  private static void addRepeatedContainers(
      Element body, Element best, List<Element> chosen, TextLengths lengths) {
    if (best.className().isBlank()) {
      return;
    }
    for (Element e : body.getElementsByClass(best.classNames().iterator().next())) {
      if (e != best
          && e.normalName().equals(best.normalName())
          && e.className().equals(best.className())
          && lengths.text(e) >= MIN_PARAGRAPH
          && lengths.linkDensity(e) < 0.5
          && chosen.stream().noneMatch(c -> c == e || isAncestor(c, e) || isAncestor(e, c))) {
        chosen.add(e);
      }
    }
  }

  /** The caption of the lead picture, when it sits in the same article just before the body. */
  private static void addLeadCaption(Element best, List<Element> chosen) {
    Element article = best.closest("article, main");
    if (article == null) {
      return;
    }
    for (Element caption : article.select("figcaption")) {
      if (caption.sourceRange().startPos() >= best.sourceRange().startPos()) {
        break;
      }
      if (chosen.stream().noneMatch(c -> isAncestor(c, caption))) {
        chosen.add(caption);
        return;
      }
    }
  }

  /** The standfirst: paragraphs in the header of the article the body belongs to. */
  private static void addStandfirst(Element best, List<Element> chosen) {
    Element article = best.closest("article");
    Element header = article == null ? null : article.selectFirst("header");
    if (header == null || isAncestor(header, best)) {
      return;
    }
    for (Element p : header.select("p")) {
      if (chosen.stream().noneMatch(c -> c == p || isAncestor(c, p))) {
        chosen.add(p);
      }
    }
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** True when the page marks the element as its article body (schema.org or a common class). */
  static boolean isMarkedArticleBody(Element e) {
    return e.attr("itemprop").equalsIgnoreCase("articleBody")
        || ARTICLE_BODY.matcher(e.className()).find()
        || ARTICLE_BODY.matcher(e.id()).find();
  }

  /** An element the page itself marks as the article body, the largest if several. */
  private static Element markedArticleBody(Element body, TextLengths lengths) {
    Element found = null;
    for (Element e : body.select("[itemprop=articleBody], [class], [id]")) {
      if (isMarkedArticleBody(e)
          && lengths.text(e) > 200
          && (found == null || lengths.text(e) > lengths.text(found))) {
        found = e;
      }
    }
    return found;
  }

  private static List<Element> withSiblings(
      Element best, double bestScore, Map<Element, Double> score, TextLengths lengths) {
    Element parent = best.parent();
    if (parent == null) {
      return List.of(best);
    }
    double threshold = Math.max(10, bestScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == best) {
        out.add(sib);
        continue;
      }
      double s = score.getOrDefault(sib, 0.0);
      int len = lengths.text(sib);
      double ld = lengths.linkDensity(sib);
      boolean paragraph = sib.normalName().equals("p");
      if (s >= threshold
          || paragraph && len > 80 && ld < 0.25
          || paragraph && len > 0 && ld == 0 && sib.text().matches(".*\\.( |$).*")) {
        out.add(sib);
      }
    }
    return out;
  }

  private static double initial(Element e) {
    double s =
        switch (e.normalName()) {
          case "div", "article" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    String names = e.className() + " " + e.id();
    if (NEGATIVE.matcher(names).find()) {
      s -= 25;
    }
    if (POSITIVE.matcher(names).find()) {
      s += 25;
    }
    return s;
  }

  private static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (HtmlContentExtractor.isBlock(c) && !c.normalName().equals("br")) {
        return true;
      }
    }
    return false;
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }
}
