package org.annals.clean;

import java.util.List;
import java.util.Set;
import org.annals.InputException;
import org.annals.model.ArticleMetadata;
import org.annals.model.CleanText;
import org.annals.model.InputFormat;
import org.annals.model.RawArticle;
import org.annals.model.SourceHints;
import org.annals.pipeline.Document;
import org.annals.pipeline.Layer;
import org.annals.pipeline.Stage;

/**
 * The cleaning stage: raw text (or HTML) to clean text with metadata and an offset map back to the
 * raw input. HTML first has its main content extracted; then every text goes through Unicode
 * hygiene, homoglyph folding, plain-text metadata, boilerplate removal and white-space
 * normalisation. Thread-safe.
 */
public final class Cleaner implements Stage {
  private final HtmlContentExtractor html = new HtmlContentExtractor();
  private final List<CleaningStep> steps =
      List.of(
          new UnicodeHygiene(),
          new HomoglyphFolder(),
          new PlainTextMetadata(),
          new BoilerplateFilter(),
          new WhitespaceNormalizer());

  @Override
  public String name() {
    return "clean/1";
  }

  @Override
  public Set<Layer> requires() {
    return Set.of(Layer.RAW);
  }

  @Override
  public Set<Layer> produces() {
    return Set.of(Layer.CLEAN_TEXT, Layer.METADATA);
  }

  @Override
  public Document apply(Document doc) {
    return doc.withClean(clean(doc.raw()));
  }

  /** Cleans one raw article. */
  public CleanText clean(RawArticle raw) {
    if (raw.text().isBlank()) {
      throw new InputException(raw.source(), "no text (empty or only white space)");
    }
    CleanText c =
        raw.format() == InputFormat.HTML ? html.extract(raw.text()) : CleanText.of(raw.text());
    c = c.withMetadata(fromHints(c.metadata(), raw.hints()));
    for (CleaningStep step : steps) {
      c = step.apply(c);
    }
    if (c.text().isBlank()) {
      throw new InputException(
          raw.source(),
          raw.format() == InputFormat.HTML
              ? "no article text found in the page"
              : "no article text left after cleaning");
    }
    return c;
  }

  /** What a JSONL record says about the article wins over what the text says. */
  private static ArticleMetadata fromHints(ArticleMetadata m, SourceHints h) {
    if (h.title() != null && !h.title().isBlank()) {
      m = m.withTitle(h.title().strip());
    }
    if (h.published() != null) {
      String iso = Dates.fromTimestamp(h.published());
      if (iso != null) {
        m = m.withPublished(iso, "input:published");
      }
    }
    if (h.url() != null) {
      m = m.withUrl(h.url());
    }
    if (h.outlet() != null && m.siteName() == null) {
      m = m.withSiteName(h.outlet());
    }
    return m;
  }
}
