package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 19 on the seeds: how each outlet names Hamas and Israel, and how reports word an event. */
class FramingSeedsIT {
  @TempDir static Path dir;
  static String db;
  static final ObjectMapper JSON = new ObjectMapper();

  /** The seed files by article id. */
  static final Map<String, Path> files = new TreeMap<>();

  @BeforeAll
  static void ingestSeeds() throws Exception {
    db = dir.resolve("seeds.db").toString();
    Path seeds = IngestSeedsIT.shared("corpus/seeds");
    assertThat(Cli.run("--db", db, "ingest", "--threads", "1", seeds.toString()).status()).isZero();
    for (String line : Cli.run("--db", db, "articles", "--format", "jsonl").out().split("\n")) {
      JsonNode a = JSON.readTree(line);
      files.put(a.get("id").asText(), Path.of(a.get("source").asText()));
    }
  }

  private static List<JsonNode> outlets(String... args) throws Exception {
    List<String> all = new ArrayList<>(List.of("--db", db, "framing"));
    all.addAll(List.of(args));
    all.addAll(List.of("--format", "jsonl"));
    Cli r = Cli.run(all.toArray(String[]::new));
    assertThat(r.status()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      if (!line.isBlank()) {
        out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static JsonNode outlet(List<JsonNode> outlets, String name) {
    return outlets.stream()
        .filter(o -> o.get("outlet").asText().startsWith(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no outlet " + name + " in " + outlets));
  }

  private static JsonNode use(JsonNode outlet, String kind, String text) {
    for (JsonNode u : outlet.get(kind)) {
      if (u.get("text").asText().equalsIgnoreCase(text)) {
        return u;
      }
    }
    throw new AssertionError("no " + kind + " '" + text + "' in " + outlet.get(kind));
  }

  private static String classes(JsonNode use) {
    List<String> out = new ArrayList<>();
    use.get("terms")
        .forEach(
            t -> t.get("classes").forEach(c -> out.add(t.get("term").asText() + "=" + c.asText())));
    return String.join(",", out);
  }

  /** The example's phrase is where its raw offsets say, in the seed file as it is. */
  private static void atItsOffsets(JsonNode use) throws Exception {
    JsonNode ex = use.get("example");
    String raw = Files.readString(files.get(ex.get("article").asText()), StandardCharsets.UTF_8);
    String text = ex.get("text").asText();
    String phrase = text.substring(ex.get("start").asInt(), ex.get("end").asInt());
    assertThat(raw.substring(ex.get("start_raw").asInt(), ex.get("end_raw").asInt()))
        .isEqualTo(phrase);
    assertThat(phrase.toLowerCase()).contains(use.get("text").asText().toLowerCase().split(" ")[0]);
  }

  @Test
  void eachOutletsLabelsForHamasWithTheirSentences() throws Exception {
    List<JsonNode> hamas = outlets("--actor", "Hamas");
    assertThat(hamas).allMatch(o -> o.get("actor").asText().equals("PSE-HAMAS"));
    // the article that calls Hamas a terrorist movement names no outlet: it stands alone
    JsonNode jns = outlet(hamas, "no outlet given (000_");
    JsonNode terrorist = use(jns, "labels", "terrorist movement");
    assertThat(classes(terrorist)).contains("terrorist=illegitimacy");
    assertThat(terrorist.get("rule").asText()).isEqualTo("np");
    assertThat(terrorist.get("example").get("text").asText())
        .contains("the Hamas terrorist movement");
    atItsOffsets(terrorist);
    assertThat(jns.get("classes").get("illegitimacy").asInt()).isEqualTo(1);

    JsonNode militants = use(outlet(hamas, "no outlet given (002_"), "labels", "militants");
    assertThat(militants.get("rule").asText()).isEqualTo("of-phrase");
    assertThat(classes(militants)).contains("militants=violence");
    assertThat(militants.get("example").get("text").asText()).contains("militants from Hamas");

    JsonNode ip = outlet(hamas, "Iran Press");
    assertThat(ip.get("outlet_from").asText()).isEqualTo("agency");
    assertThat(use(ip, "names", "Hamas").get("count").asInt()).isEqualTo(4);
    assertThat(ip.get("classes").has("illegitimacy"))
        .as("Iran Press never calls Hamas terrorist")
        .isFalse();
    assertThat(outlet(hamas, "TDI").get("outlet_from").asText()).isEqualTo("agency");
  }

  @Test
  void eachOutletsWordsForIsraelQuotedWordsApart() throws Exception {
    List<JsonNode> israel = outlets("--actor", "Israel");
    JsonNode ip = outlet(israel, "Iran Press");
    JsonNode regime = use(ip, "labels", "regime");
    assertThat(regime.get("count").asInt()).isGreaterThanOrEqualTo(5);
    assertThat(regime.get("quoted").asInt()).isZero();
    assertThat(classes(regime)).isEqualTo("regime=illegitimacy");
    assertThat(regime.get("example").get("text").asText()).contains("Israeli regime");
    atItsOffsets(regime);
    // TDI writes "the Zionist regime" in its own words; article 002 only inside a quote
    JsonNode tdi = use(outlet(israel, "TDI"), "names", "Zionist regime");
    assertThat(tdi.get("quoted").asInt()).isZero();
    assertThat(classes(tdi)).contains("zionist=illegitimacy", "regime=illegitimacy");
    JsonNode quoted = use(outlet(israel, "no outlet given (002_"), "names", "Zionist regime");
    assertThat(quoted.get("quoted").asInt()).isEqualTo(quoted.get("count").asInt());
    assertThat(outlet(israel, "no outlet given (002_").get("classes").has("illegitimacy"))
        .isFalse();
  }

  @Test
  void eachReportsWordForOneEvent() throws Exception {
    Cli events = Cli.run("--db", db, "events", "--format", "jsonl");
    String martyred = null;
    for (String line : events.out().split("\n")) {
      JsonNode e = JSON.readTree(line);
      if (e.get("trigger").get("text").asText().equals("martyred")) {
        martyred = e.get("cluster").asText();
      }
    }
    assertThat(martyred).isNotNull();
    List<JsonNode> reports = outlets("--event", martyred);
    assertThat(reports).hasSize(1);
    JsonNode r = reports.get(0);
    assertThat(r.get("outlet").asText()).isEqualTo("Iran Press");
    assertThat(r.get("trigger").asText()).isEqualTo("martyred");
    assertThat(r.get("trigger_terms").toString()).contains("legitimacy");
    assertThat(r.get("sentence").get("text").asText()).contains("martyred");
    assertThat(r.get("labels").toString()).contains("\"ISR\"").contains("regime");
  }

  @Test
  void theOutletOfAFolderIsTheUsersWordWhenTheTextGivesNone() throws Exception {
    Path in = Files.createDirectories(dir.resolve("outlet-in"));
    Files.writeString(
        in.resolve("a.txt"),
        "The militant group Hamas rejected the offer on Monday, the Gaza movement said.\n");
    Files.writeString(
        in.resolve("b.txt"),
        "Tehran (IP) - The resistance movement Hamas thanked Iran on Sunday.\n");
    String mine = dir.resolve("outlet.db").toString();
    Cli run = Cli.run("--db", mine, "ingest", "--outlet", "Daily Example", in.toString());
    assertThat(run.status()).as(run.err()).isZero();
    Cli articles = Cli.run("--db", mine, "articles", "--format", "jsonl");
    assertThat(articles.out()).contains("\"site_name\":\"Daily Example\"");
    Cli f = Cli.run("--db", mine, "framing", "--actor", "Hamas", "--format", "jsonl");
    List<JsonNode> outlets = new ArrayList<>();
    for (String line : f.out().split("\n")) {
      outlets.add(JSON.readTree(line));
    }
    // the dateline's agency code still comes first where the text gives one
    assertThat(outlets)
        .extracting(o -> o.get("outlet").asText() + "/" + o.get("outlet_from").asText())
        .containsExactlyInAnyOrder("Daily Example/site", "Iran Press/agency");
    assertThat(
            use(outlet(outlets, "Daily Example"), "labels", "militant group")
                .get("terms")
                .toString())
        .contains("violence");
    assertThat(
            use(outlet(outlets, "Iran Press"), "labels", "resistance movement")
                .get("terms")
                .toString())
        .contains("legitimacy");
  }

  @Test
  void datesNamesAndFormats() throws Exception {
    assertThat(outlets("--actor", "Israel", "--from", "2030-01-01")).isEmpty();
    // 001 is published 2024-07-15 and 003 dated 24 October 2023 by its dateline; the rest undated
    assertThat(outlets("--actor", "Israel", "--from", "2024-01-01", "--to", "2024-12-31"))
        .extracting(o -> o.get("outlet").asText())
        .containsExactly("no outlet given (001_ed9cb7cb73f280d2.txt)");
    assertThat(outlets("--actor", "Israel", "--to", "2023-12"))
        .extracting(o -> o.get("outlet").asText())
        .containsExactly("TDI");
    Cli none = Cli.run("--db", db, "framing", "--actor", "Nobody Atall");
    assertThat(none.status()).isEqualTo(Main.SOME_FAILED);
    assertThat(none.err()).contains("no actor matches 'Nobody Atall'");
    Cli both = Cli.run("--db", db, "framing", "--actor", "Hamas", "--event", "x");
    assertThat(both.status()).isEqualTo(2);
    Cli csv = Cli.run("--db", db, "framing", "--actor", "PSE-HAMAS", "--format", "csv");
    assertThat(csv.out().lines().findFirst().orElseThrow())
        .startsWith("actor,outlet,outlet_from,kind,text,count,quoted,terms,rule,example_article");
    Cli table = Cli.run("--db", db, "framing", "--actor", "Israel", "--format", "table");
    assertThat(table.out()).contains("== Iran Press (by its agency code)").contains("illegitimacy");
  }
}
