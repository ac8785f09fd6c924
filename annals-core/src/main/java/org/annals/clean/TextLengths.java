package org.annals.clean;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Characters of text below each node, of text inside links, and of text in paragraphs of prose
 * (long enough, few of them links), computed in one pass.
 */
record TextLengths(Map<Node, Integer> text, Map<Node, Integer> links, Map<Node, Integer> prose) {
  /** A paragraph shorter than this is a caption, a label or a teaser line, not prose. */
  private static final int PROSE_PARAGRAPH = 40;

  static TextLengths of(Element root) {
    Map<Node, Integer> text = new IdentityHashMap<>();
    Map<Node, Integer> links = new IdentityHashMap<>();
    Map<Node, Integer> prose = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            int t = 0;
            int l = 0;
            int p = 0;
            if (node instanceof TextNode tn) {
              t = HtmlContentExtractor.visibleLength(tn.getWholeText());
            } else {
              for (Node c : node.childNodes()) {
                t += text.getOrDefault(c, 0);
                l += links.getOrDefault(c, 0);
                p += prose.getOrDefault(c, 0);
              }
              if (node instanceof Element e && e.normalName().equals("a")) {
                l = t;
              }
              if (node instanceof Element e && e.normalName().equals("p")) {
                p = t >= PROSE_PARAGRAPH && l < 0.3 * t ? t : 0;
              }
            }
            text.put(node, t);
            links.put(node, l);
            if (p > 0) {
              prose.put(node, p);
            }
          }
        },
        root);
    return new TextLengths(text, links, prose);
  }

  /** Characters in the paragraphs of prose below {@code n}. */
  int prose(Node n) {
    return prose.getOrDefault(n, 0);
  }

  int text(Node n) {
    return text.getOrDefault(n, 0);
  }

  double linkDensity(Node n) {
    int t = text(n);
    return t == 0 ? 0 : links.getOrDefault(n, 0) / (double) t;
  }
}
