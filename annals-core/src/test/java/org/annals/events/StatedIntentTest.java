package org.annals.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatedIntentTest {
  @Test
  void promisedCooperationIsAnIntentAndPromisedForceAThreat() {
    assertThat(StatedIntent.apply("073", "future"))
        .isEqualTo(new StatedIntent.Coded("0333", "asserted", "stated intent"));
    assertThat(StatedIntent.apply("040", "intended").cameo()).isEqualTo("036");
    assertThat(StatedIntent.apply("191", "future").cameo()).isEqualTo("1381");
    assertThat(StatedIntent.apply("1723", "conditional").cameo()).isEqualTo("1323");
    assertThat(StatedIntent.apply("195", "intended").cameo()).isEqualTo("1384");
  }

  @Test
  void refusedCooperationIsARejectionAndOtherModalitiesStay() {
    assertThat(StatedIntent.apply("0841", "refused"))
        .isEqualTo(new StatedIntent.Coded("1243", "asserted", "refusal"));
    assertThat(StatedIntent.apply("040", "refused").cameo()).isEqualTo("125");
    assertThat(StatedIntent.apply("190", "refused"))
        .isEqualTo(new StatedIntent.Coded("190", "negated", null));
    assertThat(StatedIntent.apply("040", "negated"))
        .isEqualTo(new StatedIntent.Coded("040", "negated", null));
    assertThat(StatedIntent.apply("041", "asserted"))
        .isEqualTo(new StatedIntent.Coded("041", "asserted", null));
    assertThat(StatedIntent.apply("111", "future").cameo()).isEqualTo("111");
  }
}
