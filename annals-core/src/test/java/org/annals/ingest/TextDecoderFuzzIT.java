package org.annals.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.annals.InputException;

/**
 * Issue 18: any bytes decode to text or fail with a one-line reason; nothing else escapes. Without
 * {@code JAZZER_FUZZ} only the kept inputs run (regression); the build's fuzz run sets it.
 */
class TextDecoderFuzzIT {
  private final TextDecoder decoder = new TextDecoder();

  @FuzzTest(maxDuration = "10s")
  void decodesOrFailsWithAReason(byte[] bytes) {
    for (boolean html : new boolean[] {false, true}) {
      try {
        TextDecoder.Decoded d = decoder.decode("fuzz", bytes, html);
        assertThat(d.text()).isNotNull();
        assertThat(d.charset()).isNotBlank();
      } catch (InputException e) {
        assertThat(e.reason()).isNotBlank().doesNotContain("\n");
      }
    }
  }
}
