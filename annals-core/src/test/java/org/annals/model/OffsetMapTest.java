package org.annals.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.annals.clean.TextEdits;
import org.junit.jupiter.api.Test;

class OffsetMapTest {
  @Test
  void identityMapsEveryOffsetToItself() {
    OffsetMap m = OffsetMap.identity(10);
    for (int i = 0; i <= 10; i++) {
      assertThat(m.rawStart(i)).isEqualTo(i);
      assertThat(m.rawEnd(i)).isEqualTo(i);
    }
  }

  @Test
  void replacedCharactersMapToTheWholeRawRange() {
    // raw "a&amp;b" -> clean "a&b"
    OffsetMap m = new OffsetMap.Builder(7).copy(0, 1).replace(1, 6, 1).copy(6, 1).build();
    assertThat(m.toRaw(new Span(1, 2))).isEqualTo(new Span(1, 6));
    assertThat(m.toRaw(new Span(0, 3))).isEqualTo(new Span(0, 7));
    assertThat(m.toRaw(new Span(2, 3))).isEqualTo(new Span(6, 7));
  }

  @Test
  void encodingRoundTrips() {
    OffsetMap m =
        new OffsetMap.Builder(100)
            .copy(5, 10)
            .replace(20, 25, 1)
            .replace(25, 25, 2)
            .copy(30, 40)
            .build();
    OffsetMap back = OffsetMap.decode(m.encode());
    assertThat(back.length()).isEqualTo(m.length());
    for (int i = 0; i <= m.length(); i++) {
      assertThat(back.rawStart(i)).isEqualTo(m.rawStart(i));
      assertThat(back.rawEnd(i)).isEqualTo(m.rawEnd(i));
    }
  }

  @Test
  void rejectsRawRangesOutsideTheRawText() {
    assertThatThrownBy(() -> new OffsetMap.Builder(5).copy(3, 4))
        .hasMessageContaining("raw range [3, 7) outside raw text of 5");
  }

  @Test
  void randomEditChainsKeepEveryOffsetInsideTheRawTextAndInOrder() {
    Random random = new Random(42);
    for (int trial = 0; trial < 200; trial++) {
      String raw = randomText(random, 1 + random.nextInt(200));
      CleanText c = CleanText.of(raw);
      for (int step = 0; step < 4; step++) {
        TextEdits edits = new TextEdits(c);
        int pos = 0;
        while (pos < c.text().length()) {
          int start = pos + random.nextInt(Math.max(1, c.text().length() - pos));
          int end = Math.min(c.text().length(), start + random.nextInt(4));
          switch (random.nextInt(3)) {
            case 0 -> edits.delete(start, end);
            case 1 -> edits.replace(start, end, "xy".substring(0, random.nextInt(3)));
            default -> edits.remove(start, end, "test");
          }
          pos = end + 1;
        }
        c = edits.apply("random");
      }
      OffsetMap m = c.map();
      int previous = 0;
      for (int i = 0; i <= c.text().length(); i++) {
        int s = m.rawStart(i);
        assertThat(s).isBetween(0, raw.length()).isGreaterThanOrEqualTo(previous);
        previous = s;
        if (i < c.text().length()) {
          assertThat(m.rawEnd(i + 1)).isBetween(s, raw.length());
        }
      }
      OffsetMap decoded = OffsetMap.decode(m.encode());
      assertThat(decoded.rawStart(c.text().length())).isEqualTo(m.rawStart(c.text().length()));
    }
  }

  private static String randomText(Random r, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append("ab cd\n".charAt(r.nextInt(6)));
    }
    return b.toString();
  }
}
