package org.annals.clean;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.annals.InputException;
import org.annals.model.CleanText;
import org.annals.model.InputFormat;
import org.annals.model.RawArticle;
import org.annals.pipeline.Pipeline;

/**
 * Issue 18: every cleaning step on any text (plain or HTML) ends, and every clean offset maps back
 * inside the raw text; the only failure allowed is an input one ("no article text found").
 */
class CleanerFuzzIT {
  private final Cleaner cleaner = new Cleaner();

  @FuzzTest(maxDuration = "10s")
  void cleansAnyTextKeepingOffsetsInside(FuzzedDataProvider data) {
    InputFormat format = data.consumeBoolean() ? InputFormat.HTML : InputFormat.TEXT;
    String raw = data.consumeRemainingAsString();
    byte[] bytes = raw.getBytes(StandardCharsets.UTF_8);
    try {
      CleanText c =
          cleaner.clean(
              new RawArticle(
                  "fuzz", format, bytes, Pipeline.sha256(bytes), "UTF-8", "", raw, null));
      CleaningAssert.assertOffsetsInside(c, raw);
    } catch (InputException e) {
      // an input without article text: a reason, which is what the pipeline stores
    }
  }
}
