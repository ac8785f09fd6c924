package org.annals.pipeline;

import java.util.List;
import org.annals.model.CleanText;
import org.annals.model.RawArticle;

/**
 * What happened to one input: processed, or failed with a one-line reason. A failed outcome keeps
 * the raw article when the bytes could be read, so that it can be stored and looked at.
 *
 * @param source the input's name
 * @param raw the raw article, or null if the input could not be read
 * @param doc the processed document, or null on failure
 * @param error the reason for failure, or null
 * @param warnings things the user should know that did not stop processing (e.g. a legacy charset)
 */
public record ArticleOutcome(
    String source, RawArticle raw, Document doc, String error, List<String> warnings) {

  public ArticleOutcome {
    warnings = List.copyOf(warnings);
  }

  public boolean ok() {
    return error == null;
  }

  public CleanText clean() {
    return doc == null ? null : doc.clean();
  }
}
