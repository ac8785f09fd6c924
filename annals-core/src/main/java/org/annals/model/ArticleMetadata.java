package org.annals.model;

/**
 * What cleaning learned about an article besides its text. All fields may be null.
 *
 * @param title the headline
 * @param published ISO date (yyyy-MM-dd) of publication
 * @param publishedFrom where {@code published} came from, e.g. "date-line",
 *     "meta:article:published_time"
 * @param agency news agency or outlet code of the dateline or byline, e.g. "TDI", "IP", "Reuters"
 * @param dateline the place named by the dateline, e.g. "Tehran"
 * @param datelineDate ISO date the dateline gives, if any
 * @param siteName the publishing site's name
 * @param author the byline
 * @param url the article's address
 */
public record ArticleMetadata(
    String title,
    String published,
    String publishedFrom,
    String agency,
    String dateline,
    String datelineDate,
    String siteName,
    String author,
    String url) {

  /** The day the article reports from: its publication date, else its dateline's; or null. */
  public String reportDate() {
    return published != null ? published : datelineDate;
  }

  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(null, null, null, null, null, null, null, null, null);

  public ArticleMetadata withTitle(String v) {
    return new ArticleMetadata(
        v, published, publishedFrom, agency, dateline, datelineDate, siteName, author, url);
  }

  public ArticleMetadata withPublished(String v, String from) {
    return new ArticleMetadata(
        title, v, from, agency, dateline, datelineDate, siteName, author, url);
  }

  public ArticleMetadata withDateline(String place, String date, String agencyCode) {
    return new ArticleMetadata(
        title, published, publishedFrom, agencyCode, place, date, siteName, author, url);
  }

  public ArticleMetadata withSiteName(String v) {
    return new ArticleMetadata(
        title, published, publishedFrom, agency, dateline, datelineDate, v, author, url);
  }

  public ArticleMetadata withAuthor(String v) {
    return new ArticleMetadata(
        title, published, publishedFrom, agency, dateline, datelineDate, siteName, v, url);
  }

  public ArticleMetadata withUrl(String v) {
    return new ArticleMetadata(
        title, published, publishedFrom, agency, dateline, datelineDate, siteName, author, v);
  }
}
