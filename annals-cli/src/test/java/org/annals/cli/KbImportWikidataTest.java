package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code annals kb import --wikidata DUMP} writes an actors file into the user knowledge base. */
class KbImportWikidataTest {
  @TempDir Path dir;

  @BeforeEach
  void ownKnowledgeBase() {
    System.setProperty("annals.kb", dir.resolve("kb").toString());
  }

  @AfterEach
  void sharedKnowledgeBase() {
    System.clearProperty("annals.kb");
  }

  private static String entity(String id, String label, String claims) {
    return "{\"type\":\"item\",\"id\":\""
        + id
        + "\",\"labels\":{\"en\":{\"language\":\"en\",\"value\":\""
        + label
        + "\"}},\"claims\":{"
        + claims
        + "}}";
  }

  private static String claim(String property, String value) {
    return "\""
        + property
        + "\":[{\"mainsnak\":{\"snaktype\":\"value\",\"property\":\""
        + property
        + "\",\"datavalue\":"
        + value
        + "},\"rank\":\"normal\"}]";
  }

  private static String item(String q) {
    return "{\"value\":{\"id\":\"" + q + "\"},\"type\":\"wikibase-entityid\"}";
  }

  @Test
  void importsPersonsIntoTheUserKnowledgeBaseAndReportsMalformedLines() throws Exception {
    Path dump = dir.resolve("tiny.json");
    Files.write(
        dump,
        List.of(
            "[",
            entity(
                    "Q5000",
                    "Alex Example",
                    claim("P31", item("Q5")) + "," + claim("P27", item("Q30")))
                + ",",
            "{not json,",
            entity(
                "Q30", "United States", claim("P298", "{\"value\":\"USA\",\"type\":\"string\"}")),
            "]"));

    Cli run = Cli.run("kb", "import", "--wikidata", dump.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("kept 1 persons and 0 organisations").contains("1 malformed");
    assertThat(run.err()).contains("malformed: line 3: ");
    assertThat(Files.readString(dir.resolve("kb/wikidata-tiny.jsonl")))
        .contains("\"id\":\"wd:Q5000\"")
        .contains("\"country\":\"USA\"");
    assertThat(Cli.run("kb", "list").out()).contains("wikidata-tiny.jsonl");
  }

  @Test
  void wantsFilesOrADump() {
    assertThat(Cli.run("kb", "import").status()).isEqualTo(Main.USAGE);
  }
}
