package org.annals.kb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WikidataTimeTest {
  private static WikidataTime time(String time, int precision) throws IOException {
    String snak = DumpFixture.time(time, precision);
    return WikidataTime.of(new ObjectMapper().readTree(snak));
  }

  @Test
  void writesOnlyWhatThePrecisionSays() throws IOException {
    assertThat(time("+2019-03-04T00:00:00Z", 11).text()).isEqualTo("2019-03-04");
    assertThat(time("+2019-03-00T00:00:00Z", 10).text()).isEqualTo("2019-03");
    assertThat(time("+2019-00-00T00:00:00Z", 9).text()).isEqualTo("2019");
    assertThat(time("+1990-00-00T00:00:00Z", 8).text()).isEqualTo("1990");
  }

  @Test
  void aMonthSpansItsDays() throws IOException {
    WikidataTime feb = time("+2020-02-00T00:00:00Z", 10);
    assertThat(feb.firstDay()).isEqualTo(LocalDate.of(2020, 2, 1));
    assertThat(feb.lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @Test
  void aDayPrecisionWithoutADayFallsBackToTheMonth() throws IOException {
    assertThat(time("+2019-03-00T00:00:00Z", 11).text()).isEqualTo("2019-03");
  }

  @Test
  void leavesOutDatesBeforeTheCommonEra() throws IOException {
    assertThat(time("-0044-03-15T00:00:00Z", 11)).isNull();
  }
}
