package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EventsCommandTest {
  private static Map<String, Object> event(String date, String precision, String basis) {
    Map<String, Object> e = new HashMap<>();
    e.put("date", date);
    e.put("date_text", "in 2020");
    e.put("date_precision", precision);
    e.put("date_basis", basis);
    e.put("cameo", "042");
    e.put("modality", "asserted");
    e.put("trigger", Map.of("text", "visited"));
    e.put("reported_by", List.of());
    return e;
  }

  private static Object dateCell(Map<String, Object> e) {
    return EventsCommand.flatten(List.of(e)).get(0).get("date");
  }

  @Test
  void aTableShowsADateAtItsPrecisionNotAsItsFirstDay() {
    assertThat(dateCell(event("2020-01-01", "year", "text"))).isEqualTo("2020");
    assertThat(dateCell(event("2020-03-01", "month", "text"))).isEqualTo("2020-03");
    assertThat(dateCell(event("2020-03-05", "day", "text"))).isEqualTo("2020-03-05");
    assertThat(dateCell(event("2020-03-05", "day", "article"))).isEqualTo("2020-03-05~");
  }

  @Test
  void aTimelineRowShowsItsBestDateAtItsPrecision() {
    assertThat(TimelineCommand.shownDate(Map.of("date", "2029-01-01", "date_precision", "year")))
        .isEqualTo("2029");
  }
}
