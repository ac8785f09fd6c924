package org.annals.clean;

import java.util.List;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;
import org.annals.model.OffsetMap;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads the {@code articleBody} of a page's schema.org JSON-LD straight from the raw page, decoding
 * the JSON string literal by hand so that every character keeps its raw offset.
 */
final class JsonLdArticleBody {
  private static final String KEY = "\"articleBody\"";

  private JsonLdArticleBody() {}

  /** The article body as clean text, or null when the page has none worth having. */
  static CleanText extract(Document doc, String raw, ArticleMetadata meta) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      if (script.childNodeSize() == 0 || !(script.childNode(0) instanceof DataNode data)) {
        continue;
      }
      int from = data.sourceRange().startPos();
      int to = data.sourceRange().endPos();
      if (from < 0 || to > raw.length()) {
        continue;
      }
      int key = raw.indexOf(KEY, from);
      if (key < 0 || key >= to) {
        continue;
      }
      int quote = raw.indexOf('"', raw.indexOf(':', key + KEY.length()) + 1);
      CleanText body = quote < 0 || quote >= to ? null : decode(raw, quote + 1, to, meta);
      if (body != null && body.text().length() > 200) {
        return body;
      }
    }
    return null;
  }

  private static CleanText decode(String raw, int start, int limit, ArticleMetadata meta) {
    StringBuilder text = new StringBuilder();
    OffsetMap.Builder map = new OffsetMap.Builder(raw.length());
    int i = start;
    while (i < limit) {
      char c = raw.charAt(i);
      if (c == '"') {
        return new CleanText(
            text.toString(), map.build(), meta, List.of(), 0, List.of("json-ld-body/1"));
      }
      if (c != '\\') {
        text.append(c);
        map.copy(i, 1);
        i++;
        continue;
      }
      if (i + 1 >= limit) {
        return null;
      }
      char e = raw.charAt(i + 1);
      int len = 2;
      String out =
          switch (e) {
            case 'n', 'r' -> "\n";
            case 't' -> " ";
            case 'b', 'f' -> "";
            case 'u' -> {
              if (i + 6 > limit) {
                yield null;
              }
              len = 6;
              try {
                yield String.valueOf((char) Integer.parseInt(raw.substring(i + 2, i + 6), 16));
              } catch (NumberFormatException ex) {
                yield null;
              }
            }
            default -> String.valueOf(e); // \" \\ \/
          };
      if (out == null) {
        return null;
      }
      text.append(out);
      map.replace(i, i + len, out.length());
      i += len;
    }
    return null; // unterminated string
  }
}
