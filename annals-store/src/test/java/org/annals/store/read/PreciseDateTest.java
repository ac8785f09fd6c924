package org.annals.store.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PreciseDateTest {
  @Test
  void aYearIsShownAsTheYearNotItsFirstDay() {
    assertThat(PreciseDate.text("2020-01-01", "year")).isEqualTo("2020");
  }

  @Test
  void aMonthIsShownAsTheMonth() {
    assertThat(PreciseDate.text("2020-03-01", "month")).isEqualTo("2020-03");
  }

  @Test
  void aWeekIsShownAsItsIsoWeek() {
    // the Monday of ISO week 1 of 2021 is 2021-01-04; 2019-12-30 is in week 1 of 2020
    assertThat(PreciseDate.text("2021-01-04", "week")).isEqualTo("2021-W01");
    assertThat(PreciseDate.text("2019-12-30", "week")).isEqualTo("2020-W01");
  }

  @Test
  void aDayAnUnknownPrecisionAndNoDateAreLeftAsTheyAre() {
    assertThat(PreciseDate.text("2020-03-05", "day")).isEqualTo("2020-03-05");
    assertThat(PreciseDate.text("2020-03-05", "unknown")).isEqualTo("2020-03-05");
    assertThat(PreciseDate.text(null, "year")).isNull();
  }
}
