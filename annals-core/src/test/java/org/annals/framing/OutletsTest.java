package org.annals.framing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutletsTest {
  private final Outlets o = Outlets.bundled();

  @Test
  void oneOutletUnderItsNamesCodesAndHosts() {
    for (Outlets.Outlet x :
        List.of(
            o.of("IRNA", null, null),
            o.of(null, "IRNA news agency", null),
            o.of(null, "Islamic Republic News Agency", null),
            o.of(null, "irna.ir", null),
            o.of(null, null, "https://en.irna.ir/news/85123/"),
            o.of(null, null, "http://WWW.IRNA.IR"))) {
      assertThat(x.name()).isEqualTo("IRNA");
      assertThat(x.key()).isEqualTo(o.of("IRNA", null, null).key());
    }
    assertThat(o.of("IP", null, null).name()).isEqualTo("Iran Press");
    assertThat(o.of(null, null, "https://www.bbc.co.uk/news/uk-politics-1").name())
        .isEqualTo("BBC");
  }

  @Test
  void theAgencyComesFirstThenTheSiteThenTheUrl() {
    Outlets.Outlet x = o.of("Reuters", "Yahoo News", "https://news.yahoo.com/x");
    assertThat(x.name()).isEqualTo("Reuters");
    assertThat(x.from()).isEqualTo("agency");
    assertThat(o.of(" ", "Yahoo News", "https://news.yahoo.com/x").from()).isEqualTo("site");
    assertThat(o.of(null, null, "https://news.yahoo.com/x").from()).isEqualTo("url");
  }

  @Test
  void anUnlistedOutletIsComparedByItsLetters() {
    Outlets.Outlet a = o.of("TDI", null, null);
    assertThat(a.name()).isEqualTo("TDI");
    assertThat(o.of(null, "The Daily Example", null).key())
        .isEqualTo(o.of(null, null, "https://www.dailyexample.co.uk/a").key());
    assertThat(o.of(null, "Daily Example News", null).key())
        .isEqualTo(o.of(null, "the daily example", null).key());
    assertThat(o.of(null, null, "https://dailyexample.com/").name()).isEqualTo("dailyexample.com");
  }

  @Test
  void noOutletWhenTheArticleNamesNone() {
    assertThat(o.of(null, null, null)).isNull();
    assertThat(o.of("", "  ", "not a url at all")).isNotNull(); // a host of words is still a host
    assertThat(o.of(null, null, "https:///path-only")).isNull();
  }

  @Test
  void usersAddOutlets(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve(Outlets.FILE), "The Diplomatic Insight\tTDI|thediplomaticinsight.com\n");
    Outlets mine = Outlets.load(List.of(dir));
    assertThat(mine.of("TDI", null, null).name()).isEqualTo("The Diplomatic Insight");
    assertThat(mine.of(null, null, "https://thediplomaticinsight.com/x").name())
        .isEqualTo("The Diplomatic Insight");
    assertThat(o.of("TDI", null, null).name()).isEqualTo("TDI");
  }
}
