package org.annals.clean;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;
import org.annals.model.OffsetMap;
import org.annals.model.RemovedSpan;
import org.annals.model.Span;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Extracts an HTML page's article: its main content as paragraphs of plain text, every character
 * mapped to its place in the raw HTML, plus the page's metadata.
 *
 * <p>The main content is chosen by scoring paragraphs and crediting their ancestors (the
 * Readability approach), after dropping elements that are never content (scripts, navigation,
 * forms, hidden elements) and elements whose class or id names page furniture (share, related,
 * newsletter, comments, …). Inside the content, link lists are dropped. All traversals are
 * iterative, so deeply nested pages cannot exhaust the stack. Thread-safe.
 */
public final class HtmlContentExtractor {
  private static final Set<String> NEVER_CONTENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "iframe",
          "form",
          "button",
          "select",
          "input",
          "textarea",
          "nav",
          "aside",
          "object",
          "embed",
          "canvas",
          "audio",
          "video",
          "picture",
          "img",
          "head",
          "title",
          "meta",
          "link",
          "dialog",
          "menu");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "main",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "li",
          "ul",
          "ol",
          "blockquote",
          "pre",
          "table",
          "tr",
          "td",
          "th",
          "dd",
          "dt",
          "dl",
          "figcaption",
          "figure",
          "header",
          "footer",
          "address",
          "hr",
          "body",
          "center");

  /** Class or id words that always mean furniture, whatever else the element is called. */
  private static final Pattern STRONG_NEGATIVE =
      Pattern.compile(
          "(^|[-_\\s])(comments?|share|sharing|social|related|newsletters?|subscribe|subscription|promo"
              + "|cookie|consent|advert|ads?|adv|breadcrumbs?|outbrain|taboola|disqus|recirc|recirculation"
              + "|paywall|signup|sign-up|more-stories|read-more|readmore|most-read|most-popular|donate"
              + "|sponsored|author-bio|bio|byline|visually-hidden|sr-only|skip-link|jump-link)($|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  /**
   * Words that mean furniture unless the element is also named as content ("sticky-sidebar
   * article-content").
   */
  private static final Pattern WEAK_NEGATIVE =
      Pattern.compile(
          "(^|[-_\\s])(sidebar|banner|menu|nav|navbar|navigation|footer|masthead|tags|tag-list|popular"
              + "|trending|modal|popup|widget|sponsor|toolbar|print|skip|hidden|teaser|card"
              + "|pagination|header)($|[-_\\s])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|main|page|post|text|blog|story|prose|rich-text",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

  /** Extracts the article from a page; {@code raw} is the page's decoded text. */
  public CleanText extract(String raw) {
    Document doc = Jsoup.parse(raw, "", Parser.htmlParser().setTrackPosition(true));
    ArticleMetadata meta = HtmlMetadata.read(doc);
    Element body = doc.body();
    TextLengths lengths = TextLengths.of(body);
    int pageProse = lengths.prose(body);
    Set<Element> keptForProse = dropFurniture(body, lengths, pageProse);
    lengths = TextLengths.of(body);
    List<Element> content = ContentScorer.choose(body, lengths);
    Emitter emitter = new Emitter(raw, lengths, e -> isFurniture(e) && !keptForProse.contains(e));
    for (Element e : content) {
      emitter.emit(e);
    }
    CleanText fromDom = emitter.result(meta);
    CleanText fromJsonLd = JsonLdArticleBody.extract(doc, raw, meta);
    if (fromJsonLd != null
        && visibleLength(fromDom.text()) < 0.6 * visibleLength(fromJsonLd.text())) {
      return fromJsonLd; // pages rendered by script often have their text only in JSON-LD
    }
    if (visibleLength(fromDom.text()) < 0.2 * pageProse) {
      CleanText fallback = fallback(raw, meta);
      if (fallback != null && visibleLength(fallback.text()) > 2 * visibleLength(fromDom.text())) {
        return fallback;
      }
    }
    return fromDom;
  }

  /**
   * The scorer rejected every candidate of a page that has prose: the article is where the prose
   * is, whatever its containers are called (issue 18). Only scripts, hidden and other never-content
   * elements are left out.
   */
  private static CleanText fallback(String raw, ArticleMetadata meta) {
    Document doc = Jsoup.parse(raw, "", Parser.htmlParser().setTrackPosition(true));
    TextLengths lengths = TextLengths.of(doc.body());
    Element article = ArticleFallback.choose(doc.body(), lengths);
    if (article == null) {
      return null;
    }
    Emitter emitter = new Emitter(raw, lengths, HtmlContentExtractor::isNeverContent);
    emitter.emit(article);
    return emitter.result(meta);
  }

  /** Elements that are never an article's text, whatever they are called. */
  private static boolean isNeverContent(Element e) {
    return NEVER_CONTENT.contains(e.normalName())
        || e.hasAttr("hidden")
        || "true".equalsIgnoreCase(e.attr("aria-hidden"))
        || HIDDEN_STYLE.matcher(e.attr("style")).find();
  }

  static boolean isFurniture(Element e) {
    String tag = e.normalName();
    if (isNeverContent(e)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("a")) {
      return false;
    }
    if (tag.equals("footer") || tag.equals("header") && e.closest("article") == null) {
      return true; // a header inside an article holds its headline and standfirst
    }
    String names = names(e);
    if (ContentScorer.isMarkedArticleBody(e)) {
      return false;
    }
    if (STRONG_NEGATIVE.matcher(names).find()) {
      return !tag.equals("article");
    }
    return WEAK_NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
  }

  /**
   * Removes furniture, but never an element holding most of the page's text (a page wrapper), nor
   * one that only its weaker names ("widget", "sidebar", …) make furniture while it holds most of
   * the page's prose: a name does not outweigh the text (issue 18).
   *
   * @return the elements kept for their prose despite their names
   */
  private static Set<Element> dropFurniture(Element body, TextLengths lengths, int pageProse) {
    int bodyText = lengths.text(body);
    List<Element> drop = new ArrayList<>();
    Set<Element> kept = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e && e != body && isFurniture(e)) {
              if (pageProse > 0 && 2 * lengths.prose(e) >= pageProse && onlyWeaklyFurniture(e)) {
                kept.add(e);
                return FilterResult.CONTINUE;
              }
              drop.add(e);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
    for (Element e : drop) {
      if (NEVER_CONTENT.contains(e.normalName()) || lengths.text(e) < 0.5 * bodyText) {
        e.remove();
      }
    }
    return kept;
  }

  /** Furniture by a weak name only: not by kind, tag (header, footer) or a strong name. */
  private static boolean onlyWeaklyFurniture(Element e) {
    String tag = e.normalName();
    return !isNeverContent(e)
        && !tag.equals("footer")
        && !tag.equals("header")
        && !STRONG_NEGATIVE.matcher(names(e)).find();
  }

  private static String names(Element e) {
    return e.className() + " " + e.id() + " " + e.attr("role") + " " + e.attr("data-component");
  }

  static int visibleLength(String s) {
    int n = 0;
    boolean space = true;
    for (int i = 0; i < s.length(); i++) {
      boolean ws = Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0';
      if (!ws || !space) {
        n++;
      }
      space = ws;
    }
    return n;
  }

  static boolean isBlock(Element e) {
    return BLOCKS.contains(e.normalName()) || e.normalName().equals("br");
  }

  /**
   * Writes the text of the chosen elements block by block, with the offset map into the raw page.
   */
  private static final class Emitter {
    private final String raw;
    private final TextLengths lengths;
    private final java.util.function.Predicate<Element> skip;
    private final StringBuilder text = new StringBuilder();
    private final OffsetMap.Builder map;
    private final List<RemovedSpan> removed = new ArrayList<>();
    private int lastRaw;

    /** {@code skip} says which elements below a chosen one are left out. */
    Emitter(String raw, TextLengths lengths, java.util.function.Predicate<Element> skip) {
      this.raw = raw;
      this.lengths = lengths;
      this.skip = skip;
      this.map = new OffsetMap.Builder(raw.length());
    }

    void emit(Element root) {
      NodeTraversor.filter(
          new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
              if (node instanceof TextNode tn) {
                appendText(tn);
              } else if (node instanceof Element e) {
                if (e != root && skip.test(e)) {
                  return FilterResult.SKIP_ENTIRELY;
                }
                if (e.normalName().equals("br")) {
                  breakLine("\n");
                } else if (isBlock(e)) {
                  if (isLinkList(e)) {
                    record(e, "html:link-list");
                    return FilterResult.SKIP_ENTIRELY;
                  }
                  breakLine("\n\n");
                }
              }
              return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
              if (node instanceof Element e && isBlock(e) && !e.normalName().equals("br")) {
                breakLine("\n\n");
              }
              return FilterResult.CONTINUE;
            }
          },
          root);
    }

    /** A block made mostly of links (menus, lists of other stories) is not the article. */
    private boolean isLinkList(Element e) {
      int t = lengths.text(e);
      return t > 0 && lengths.linkDensity(e) > 0.5 && t < 1500;
    }

    private void record(Element e, String rule) {
      int start = e.sourceRange().startPos();
      int end = e.endSourceRange().isTracked() ? e.endSourceRange().endPos() : start;
      if (start >= 0 && end >= start && lengths.text(e) > 0) {
        String t = e.text();
        removed.add(
            new RemovedSpan(
                new Span(start, end), rule, t.length() > 300 ? t.substring(0, 300) + "…" : t));
      }
    }

    private void breakLine(String brk) {
      int have = 0;
      for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\n' && have < 2; i--) {
        have++;
      }
      if (text.length() == 0 || have >= brk.length()) {
        return;
      }
      String add = brk.substring(have);
      text.append(add);
      map.replace(lastRaw, lastRaw, add.length());
    }

    private void appendText(TextNode tn) {
      String s = tn.getWholeText();
      if (s.isEmpty()) {
        return;
      }
      int start = tn.sourceRange().startPos();
      int end = tn.sourceRange().endPos();
      if (start < 0 || end < start || end > raw.length()) {
        // untracked (created by the parser): map it onto the place we are at
        text.append(whiteToSpace(s));
        map.replace(lastRaw, lastRaw, s.length());
        return;
      }
      align(s, start, end);
      lastRaw = end;
    }

    /** Maps decoded text onto its raw source, entity by entity. */
    private void align(String s, int rawStart, int rawEnd) {
      int r = rawStart;
      int k = 0;
      while (k < s.length()) {
        if (r >= rawEnd) {
          text.append(whiteToSpace(s.substring(k)));
          map.replace(rawEnd, rawEnd, s.length() - k);
          return;
        }
        char rc = raw.charAt(r);
        if (rc == '&') {
          int semi = entityEnd(r, rawEnd);
          if (semi > 0) {
            String decoded = Parser.unescapeEntities(raw.substring(r, semi), false);
            if (!decoded.equals(raw.substring(r, semi)) && s.startsWith(decoded, k)) {
              text.append(whiteToSpace(decoded));
              map.replace(r, semi, decoded.length());
              k += decoded.length();
              r = semi;
              continue;
            }
          }
        }
        if (rc == '\r' && s.charAt(k) != '\r') {
          r++; // the parser folded CRLF to LF
          continue;
        }
        char c = s.charAt(k);
        text.append(Character.isWhitespace(c) ? ' ' : c);
        map.copy(r, 1);
        k++;
        r++;
      }
    }

    private int entityEnd(int amp, int limit) {
      int max = Math.min(limit, amp + 33);
      for (int i = amp + 1; i < max; i++) {
        char c = raw.charAt(i);
        if (c == ';') {
          return i + 1;
        }
        if (!Character.isLetterOrDigit(c) && c != '#') {
          return i > amp + 2 ? i : -1; // legacy entities without ';' ("&amp ")
        }
      }
      return -1;
    }

    private static String whiteToSpace(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        b.append(Character.isWhitespace(c) ? ' ' : c);
      }
      return b.toString();
    }

    CleanText result(ArticleMetadata meta) {
      return new CleanText(
          text.toString(), map.build(), meta, removed, 0, List.of("html-content/1"));
    }
  }
}
