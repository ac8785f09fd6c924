package org.annals.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Where a page's article is when the content scorer found none: of the element the page marks as
 * its article body ({@code itemprop=articleBody}), its {@code <article>} elements and the densest
 * block of paragraphs (the element whose own paragraphs hold the most prose), the one with the most
 * prose. Class names play no part: a page that has paragraphs of prose never loses them all (issue
 * 18). Stateless.
 */
final class ArticleFallback {
  private ArticleFallback() {}

  /** The element holding the page's article by prose alone, or null when it has no prose. */
  static Element choose(Element body, TextLengths lengths) {
    Element best = densestBlock(body, lengths);
    int bestProse = best == null ? 0 : lengths.prose(best);
    for (Element e : body.select("[itemprop=articleBody], article")) {
      int p = lengths.prose(e);
      if (p > bestProse) {
        best = e;
        bestProse = p;
      }
    }
    return bestProse > 0 ? best : null;
  }

  /** The parent of the most prose held in paragraphs that are its own children. */
  private static Element densestBlock(Element body, TextLengths lengths) {
    Map<Element, Integer> byParent = new IdentityHashMap<>();
    Element best = null;
    int most = 0;
    for (Element p : body.getElementsByTag("p")) {
      Element parent = p.parent();
      int len = lengths.prose(p);
      if (parent == null || len == 0) {
        continue;
      }
      int sum = byParent.merge(parent, len, Integer::sum);
      if (sum > most) {
        most = sum;
        best = parent;
      }
    }
    return best;
  }
}
