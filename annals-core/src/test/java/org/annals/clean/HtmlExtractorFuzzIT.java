package org.annals.clean;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.annals.model.CleanText;

/** Issue 18: any page, however broken, yields a text whose offsets all map inside the page. */
class HtmlExtractorFuzzIT {
  private final HtmlContentExtractor extractor = new HtmlContentExtractor();

  @FuzzTest(maxDuration = "10s")
  void extractsFromAnyPageWithOffsetsInside(FuzzedDataProvider data) {
    String page = data.consumeRemainingAsString();
    CleanText c = extractor.extract(page);
    CleaningAssert.assertOffsetsInside(c, page);
  }
}
