package org.annals.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.annals.model.CleanText;

/** Runs a cleaning step on a text and checks the result, offsets included, in one line. */
final class CleaningAssert {
  private CleaningAssert() {}

  static CleanText clean(CleaningStep step, String raw) {
    CleanText out = step.apply(CleanText.of(raw));
    assertOffsetsInside(out, raw);
    return out;
  }

  /** Cleans a file as the pipeline would (UTF-8), checking its offsets. */
  static CleanText cleanFile(java.nio.file.Path file, org.annals.model.InputFormat format)
      throws java.io.IOException {
    byte[] bytes = java.nio.file.Files.readAllBytes(file);
    String raw = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    CleanText c =
        new Cleaner()
            .clean(
                new org.annals.model.RawArticle(
                    file.toString(),
                    format,
                    bytes,
                    org.annals.pipeline.Pipeline.sha256(bytes),
                    "UTF-8",
                    "valid UTF-8",
                    raw,
                    null));
    assertOffsetsInside(c, raw);
    return c;
  }

  static void assertCleans(CleaningStep step, String raw, String expected) {
    assertThat(clean(step, raw).text()).isEqualTo(expected);
  }

  /** Every clean offset maps inside the raw text, in order. */
  static void assertOffsetsInside(CleanText c, String raw) {
    int previous = 0;
    for (int i = 0; i <= c.text().length(); i++) {
      int s = c.map().rawStart(i);
      assertThat(s).as("raw start of clean offset %d", i).isBetween(previous, raw.length());
      previous = s;
    }
    assertThat(c.map().rawLength()).isEqualTo(raw.length());
  }
}
