package org.annals.linking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.annals.model.DatePrecision;
import org.junit.jupiter.api.Test;

class LinkerTest {
  private static Mention m(
      String id,
      String article,
      String src,
      String tgt,
      String cameo,
      String trigger,
      String date,
      DatePrecision p,
      String text) {
    return new Mention(id, article, src, tgt, cameo, trigger, date, p, text);
  }

  private static final DatePrecision DAY = DatePrecision.DAY;

  @Test
  void reportsOfOneCallMeetDespiteWordOrderAndADayNameOffByOne() {
    Mention a = m("a", "1", "X", "Y", "041", "spoke by phone", "2031-03-10", DAY, "Monday");
    Mention b = m("b", "2", "Y", "X", "041", "phone call", "2031-03-09", DAY, "Sunday");
    Mention c = m("c", "3", "X", "Y", "040", "spoke", null, DatePrecision.UNKNOWN, "Monday");
    assertThat(LinkRules.compare(a, b).same()).isTrue();
    assertThat(LinkRules.compare(a, c).same()).isTrue();
    assertThat(LinkRules.compare(a, c).evidence().toString()).contains("within a day");
    assertThat(Linker.cluster(List.of(a, b, c)).values()).containsOnly("a");
  }

  @Test
  void anotherCallWeeksLaterALetterTheSameDayAndOtherActorsStayApart() {
    Mention a = m("a", "1", "X", "Y", "041", "spoke by phone", "2031-03-10", DAY, "Monday");
    Mention later = m("b", "2", "X", "Y", "041", "phone call", "2031-04-01", DAY, "Tuesday");
    Mention letter = m("c", "3", "X", "Y", "040", "sent a letter", "2031-03-10", DAY, "Monday");
    Mention other = m("d", "4", "X", "Z", "041", "phone call", "2031-03-10", DAY, "Monday");
    Mention accuse = m("e", "5", "X", "Y", "112", "accused", "2031-03-10", DAY, "Monday");
    for (Mention o : List.of(later, letter, other, accuse)) {
      assertThat(LinkRules.compare(a, o).same()).as(o.id()).isFalse();
    }
    assertThat(Linker.cluster(List.of(a, later, letter, other, accuse)).values())
        .doesNotHaveDuplicates();
  }

  @Test
  void aVaguelyDatedMentionDoesNotBridgeTwoVisits() {
    Mention may = m("a", "1", "B", "N", "042", "visited", "2031-05-14", DAY, "Wednesday");
    Mention sep = m("b", "2", "B", "N", "042", "visited", "2031-09-03", DAY, "Wednesday");
    Mention year =
        m("c", "2", "B", "N", "042", "trip", "2031-01-01", DatePrecision.YEAR, "this year");
    Mention sep2 = m("d", "3", "B", "N", "042", "arrived in", "2031-09-03", DAY, "Wednesday");
    Map<String, String> c = Linker.cluster(List.of(may, sep, year, sep2));
    assertThat(c.get("a")).isNotEqualTo(c.get("b"));
    assertThat(c.get("c")).isEqualTo(c.get("b")); // same article, and the year contains it
    assertThat(c.get("d")).isEqualTo(c.get("b"));
  }

  @Test
  void undatedReportsLinkOnlyWithinOneArticle() {
    Mention a = m("a", "1", "X", "Y", "043", "received", null, DatePrecision.UNKNOWN, null);
    Mention b = m("b", "1", "X", "Y", "043", "hosted", null, DatePrecision.UNKNOWN, null);
    Mention c = m("c", "2", "X", "Y", "043", "received", null, DatePrecision.UNKNOWN, null);
    assertThat(LinkRules.compare(a, b).same()).isTrue();
    assertThat(LinkRules.compare(a, c).same()).isFalse();
  }
}
