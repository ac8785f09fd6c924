package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Issue 18: any JSONL line becomes an article or a failure naming the line; nothing throws. */
class JsonlLineFuzzIT {
  private final InputWalker walker = new InputWalker(1 << 20);

  @FuzzTest(maxDuration = "10s")
  void everyLineIsAnArticleOrAFailure(FuzzedDataProvider data) {
    String line = data.consumeRemainingAsString();
    InputItem item = walker.jsonlItem("fuzz.jsonl#1", line);
    if (item.isFailure()) {
      assertThat(item.error()).isNotBlank().doesNotContain("\n");
      assertThat(item.bytes()).isNull();
    } else {
      assertThat(item.bytes()).isNotNull();
      assertThat(item.source()).isNotBlank();
    }
  }
}
