package org.annals.store;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's reporting facts, for cluster summaries and exports. Nothing here is made up: an
 * article without a publication date has no report date, and one without an agency, site or web
 * address has no outlet (its file path is not one).
 */
public record ArticleFacts(
    String id,
    String source,
    String published,
    String agency,
    String siteName,
    String url,
    String ingestedAt,
    long rawSize) {
  private static final Pattern HOST = Pattern.compile("^https?://([^/]+)");

  /** Who reported it: the agency of its dateline, else its site, else its URL's host, else null. */
  public String outlet() {
    if (agency != null) {
      return agency;
    }
    if (siteName != null) {
      return siteName;
    }
    for (String s : new String[] {url, source}) {
      Matcher m = s == null ? null : HOST.matcher(s);
      if (m != null && m.find()) {
        return m.group(1);
      }
    }
    return null;
  }

  /** When it was reported: its publication date, or null when it has none (issue 18). */
  public String reported() {
    return published;
  }
}
