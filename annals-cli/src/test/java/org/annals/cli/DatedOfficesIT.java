package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Leaders named without their country (issue 14), on readouts written for this test: the office a
 * bundled leader held on the article's date codes the contact country to country, and {@code annals
 * actor} shows every dated office with where it came from.
 */
class DatedOfficesIT {
  @TempDir Path dir;

  @Test
  void codesAContactBetweenLeadersNamedWithoutTheirCountries() throws Exception {
    Path in = dir.resolve("readouts.jsonl");
    Files.writeString(
        in,
        "{\"url\": \"test:1\", \"published\": \"2023-05-18\", \"text\": \"President Joseph R."
            + " Biden, Jr. met today with Prime Minister Kishida in Hiroshima. The President and"
            + " the Prime Minister discussed their shared commitment to a free and open"
            + " Indo-Pacific.\"}\n"
            + "{\"url\": \"test:2\", \"published\": \"2012-03-09\", \"text\": \"Vice President"
            + " Joe Biden met with President Sauli Niinisto in Helsinki on Friday.\"}\n");
    String db = dir.resolve("o.db").toString();
    assertThat(Cli.run("--db", db, "ingest", in.toString()).status()).isZero();

    List<JsonNode> events = new ArrayList<>();
    for (String line : Cli.run("--db", db, "events", "--format", "jsonl").out().split("\n")) {
      if (!line.isBlank()) {
        events.add(new ObjectMapper().readTree(line));
      }
    }
    assertThat(events)
        .as("a meeting between the US and Japan in 2023")
        .anySatisfy(e -> assertThat(countries(e)).isEqualTo("USA JPN"));
    assertThat(events)
        .as("and between the US (Biden then vice-president) and Finland in 2012")
        .anySatisfy(e -> assertThat(countries(e)).isEqualTo("USA FIN"));

    Cli actor = Cli.run("--db", db, "actor", "ldr:joe-biden");
    assertThat(actor.status()).isZero();
    assertThat(actor.out())
        .contains("role:     Vice President of USA 2009-01-20 to 2017-01-20")
        .contains("role:     President of USA 2021-01-20 to 2025-01-20")
        .contains("[org/annals/actors/leaders/americas.jsonl:")
        .doesNotContain("| Jr."); // the suffix is part of the name before it, not a name
  }

  private static String countries(JsonNode e) {
    return e.path("cameo").asText().startsWith("04")
        ? e.path("source").path("country").asText()
            + " "
            + e.path("target").path("country").asText()
        : "";
  }
}
