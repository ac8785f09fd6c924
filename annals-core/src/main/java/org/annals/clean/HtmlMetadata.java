package org.annals.clean;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.annals.model.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page's metadata: title, publication date, site name, author and canonical URL, from
 * Open Graph and other meta tags, schema.org JSON-LD, {@code <time>} and {@code <title>}. Malformed
 * JSON-LD is ignored. Thread-safe.
 */
final class HtmlMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] DATE_META = {
    "article:published_time",
    "og:published_time",
    "datePublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "original-publish-date",
    "created"
  };

  private HtmlMetadata() {}

  static ArticleMetadata read(Document doc) {
    List<JsonNode> ld = jsonLd(doc);
    ArticleMetadata m = ArticleMetadata.EMPTY;
    String title = first(meta(doc, "og:title"), meta(doc, "twitter:title"), ldText(ld, "headline"));
    if (title == null) {
      Element h1 = doc.selectFirst("h1");
      title = h1 != null && !h1.text().isBlank() ? h1.text() : stripSiteSuffix(doc.title());
    }
    m = m.withTitle(blankToNull(title));
    for (String key : DATE_META) {
      String iso = Dates.fromTimestamp(meta(doc, key));
      if (iso != null) {
        m = m.withPublished(iso, "meta:" + key);
        break;
      }
    }
    if (m.published() == null) {
      String iso = Dates.fromTimestamp(ldText(ld, "datePublished"));
      if (iso != null) {
        m = m.withPublished(iso, "json-ld:datePublished");
      }
    }
    if (m.published() == null) {
      for (Element time : doc.select("time[datetime]")) {
        String iso = Dates.fromTimestamp(time.attr("datetime"));
        if (iso != null) {
          m = m.withPublished(iso, "time");
          break;
        }
      }
    }
    m =
        m.withSiteName(
            blankToNull(
                first(meta(doc, "og:site_name"), ldPublisher(ld), meta(doc, "application-name"))));
    String author = first(meta(doc, "author"), notUrl(meta(doc, "article:author")), ldAuthor(ld));
    if (author == null) {
      Element rel = doc.selectFirst("[rel=author]");
      author = rel == null ? null : rel.text();
    }
    m = m.withAuthor(blankToNull(author));
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    m =
        m.withUrl(
            blankToNull(
                first(canonical == null ? null : canonical.attr("href"), meta(doc, "og:url"))));
    return m;
  }

  private static String meta(Document doc, String key) {
    for (Element e : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        if (e.attr(attr).equalsIgnoreCase(key)) {
          String v = e.attr("content").strip();
          if (!v.isEmpty()) {
            return v;
          }
        }
      }
    }
    return null;
  }

  private static List<JsonNode> jsonLd(Document doc) {
    List<JsonNode> out = new ArrayList<>();
    for (Element s : doc.select("script[type=application/ld+json]")) {
      try {
        collect(JSON.readTree(s.data()), out);
      } catch (Exception e) {
        // malformed JSON-LD is common on the web; the page's other metadata still counts
      }
    }
    return out;
  }

  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n == null) {
      return;
    }
    if (n.isArray()) {
      n.forEach(c -> collect(c, out));
    } else if (n.isObject()) {
      out.add(n);
      collect(n.get("@graph"), out);
    }
  }

  private static String ldText(List<JsonNode> ld, String field) {
    for (JsonNode n : ld) {
      JsonNode v = n.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) {
        return v.asText();
      }
    }
    return null;
  }

  private static String ldPublisher(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode p = n.get("publisher");
      if (p != null && p.has("name") && p.get("name").isTextual()) {
        return p.get("name").asText();
      }
    }
    return null;
  }

  private static String ldAuthor(List<JsonNode> ld) {
    for (JsonNode n : ld) {
      JsonNode a = n.get("author");
      if (a != null && a.isArray() && a.size() > 0) {
        a = a.get(0);
      }
      if (a != null && a.isObject() && a.has("name")) {
        return a.get("name").asText();
      }
      if (a != null && a.isTextual()) {
        return a.asText();
      }
    }
    return null;
  }

  private static String notUrl(String s) {
    return s == null || s.startsWith("http") ? null : s;
  }

  private static String stripSiteSuffix(String title) {
    if (title == null) {
      return null;
    }
    return title.replaceFirst("\\s+[|–—-]\\s+[^|–—-]{1,40}$", "").strip();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
