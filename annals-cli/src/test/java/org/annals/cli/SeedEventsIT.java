package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events on the seeds: every phone call, visit or reception, letter or message and congratulation
 * between named actors, with source, target, CAMEO code, date where the article gives one, and the
 * reporting chain; nothing from boilerplate; offsets that point at the words.
 */
class SeedEventsIT {
  @TempDir static Path dir;
  static String db;
  static List<JsonNode> events = new ArrayList<>();
  static Map<String, String> articleOf = new HashMap<>();

  @BeforeAll
  static void ingestSeeds() throws Exception {
    db = dir.resolve("e.db").toString();
    assertThat(
            Cli.run("--db", db, "ingest", IngestSeedsIT.shared("corpus/seeds").toString()).status())
        .isZero();
    ObjectMapper json = new ObjectMapper();
    for (String line : Cli.run("--db", db, "events", "--format", "jsonl").out().split("\n")) {
      if (!line.isBlank()) {
        events.add(json.readTree(line));
      }
    }
    for (String line : Cli.run("--db", db, "articles", "--format", "jsonl").out().split("\n")) {
      if (!line.isBlank()) {
        JsonNode a = json.readTree(line);
        String file = Path.of(a.get("source").asText()).getFileName().toString();
        articleOf.put(file.substring(0, 3), a.get("id").asText());
      }
    }
  }

  /** The events of a seed whose CAMEO code starts with {@code cameo} between the two names. */
  private static List<JsonNode> find(String seed, String cameo, String source, String target) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode e : events) {
      if (e.get("article").asText().equals(articleOf.get(seed))
          && e.get("cameo").asText().startsWith(cameo)
          && name(e.get("source")).contains(source)
          && name(e.get("target")).contains(target)) {
        out.add(e);
      }
    }
    return out;
  }

  private static JsonNode one(String seed, String cameo, String source, String target) {
    List<JsonNode> found = find(seed, cameo, source, target);
    assertThat(found).as("%s: %s %s → %s in %s", seed, cameo, source, target, events).isNotEmpty();
    return found.get(0);
  }

  /**
   * The participant's actor name and the words the article wrote for it: a known actor's name is
   * the knowledge base's ("Ziyad al-Nakhalah" for the text's "Ziad Nakhale", issue 14).
   */
  private static String name(JsonNode p) {
    return p == null || p.isNull()
        ? ""
        : p.get("name").asText("") + " | " + p.get("text").asText("");
  }

  @Test
  void callsVisitsLettersAndCongratulationsOf000() {
    JsonNode call = one("000", "04", "Pezeshkian", "Haniyeh");
    assertThat(call.get("date_text").asText()).isEqualTo("Monday");
    assertThat(call.get("date").isNull()).as("no anchor: Monday stays unresolved").isTrue();
    assertThat(call.get("reported_by").toString()).contains("state media");
    JsonNode praise = one("000", "051", "Pezeshkian", "Houthi");
    assertThat(praise.get("reported_by").toString()).contains("IRNA");
    one("000", "041", "Pezeshkian", "al-Masha");
    one("000", "040", "Pezeshkian", "Nasrallah");
    one("000", "051", "Nasrallah", "Pezeshkian");
    one("000", "051", "Haniyeh", "Iran");
  }

  @Test
  void thePhoneConversationOf001IsDatedFromThePublicationDate() {
    JsonNode call = one("001", "041", "Pezeshkian", "Haniyeh");
    assertThat(call.get("date").asText()).isEqualTo("2024-07-14");
    assertThat(call.get("date_precision").asText()).isEqualTo("day");
    // "a message that Pezeshkian had sent him": told as background, not dated by the article
    JsonNode message = one("001", "040", "Pezeshkian", "Haniyeh");
    assertThat(message.get("date").isNull()).isTrue();
  }

  @Test
  void callsLettersAndMeetingsOf002WithEachAddressee() {
    one("002", "04", "Raisi", "Hamas");
    one("002", "04", "Raisi", "Islamic Jihad");
    one("002", "041", "Raisi", "Nakhal");
    one("002", "041", "Raisi", "Haniyeh");
    JsonNode letter = one("002", "040", "Velayati", "Hamas");
    assertThat(letter.get("date_text").asText()).isEqualTo("Saturday");
    one("002", "040", "Velayati", "Islamic Jihad");
    JsonNode meetings = one("002", "040", "Iran", "Hamas");
    assertThat(meetings.get("date_text").asText()).isEqualTo("June");
    // "Soleimani, who was killed in a US drone strike in Baghdad in 2020": history, dated so
    JsonNode strike = one("002", "195", "United States", "");
    assertThat(strike.get("date_precision").asText()).isEqualTo("year");
    assertThat(strike.get("date").asText()).startsWith("2020");
    JsonNode recognize = one("002", "054", "Iran", "Israel");
    assertThat(recognize.get("negated").asBoolean()).as("does not recognize").isTrue();
  }

  @Test
  void callsOf003AndTheirDatelineAgency() {
    JsonNode call = one("003", "041", "Abdollahian", "Haniyeh");
    assertThat(call.get("reported_by").toString()).contains("TDI");
    one("003", "041", "Abdollahian", "Nakhale");
    one("003", "051", "Nakhale", "Iran");
  }

  @Test
  void receptionArrivalAndWelcomeOf004() {
    JsonNode reception = one("004", "043", "Khamenei", "Haniyeh");
    assertThat(reception.get("location").get("name").asText()).isEqualTo("Tehran");
    JsonNode arrival = one("004", "042", "Haniyeh", "Iran");
    assertThat(arrival.get("location").get("name").asText()).isEqualTo("Tehran");
    assertThat(arrival.get("date_text").asText()).isEqualTo("Tuesday");
    one("004", "043", "Abdollahian", "Haniyeh");
  }

  @Test
  void everyEventCarriesItsCodesAndNoneComesFromBoilerplate() {
    assertThat(events).hasSizeGreaterThan(30);
    for (JsonNode e : events) {
      assertThat(e.get("quad_class").asInt()).isBetween(1, 4);
      assertThat(e.get("rule").asText()).startsWith("triggers.tsv:");
    }
    String all = events.toString();
    assertThat(all)
        .doesNotContain("Pakistan")
        .doesNotContain("OIC")
        .doesNotContain("Maham")
        .doesNotContain("Polio")
        .doesNotContain("isolation of Israel");
  }

  @Test
  void everyEventPointsAtItsWordsInTheRawInput() throws Exception {
    try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        var rs =
            c.createStatement()
                .executeQuery(
                    "SELECT a.raw, e.trigger_start_raw, e.trigger_end_raw, e.trigger_text,"
                        + " e.evidence_start_raw, e.evidence_end_raw, e.source_start_raw,"
                        + " e.source_end_raw, e.source_text"
                        + " FROM events e JOIN articles a ON a.id = e.article_id")) {
      int n = 0;
      while (rs.next()) {
        String raw = new String(rs.getBytes(1), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(norm(raw.substring(rs.getInt(2), rs.getInt(3))))
            .isEqualTo(norm(rs.getString(4)));
        assertThat(rs.getInt(5)).isLessThanOrEqualTo(rs.getInt(2));
        assertThat(rs.getInt(6)).isGreaterThanOrEqualTo(rs.getInt(3));
        if (rs.getString(9) != null) {
          assertThat(norm(raw.substring(rs.getInt(7), rs.getInt(8))))
              .isEqualTo(norm(rs.getString(9)));
        }
        n++;
      }
      assertThat(n).isGreaterThan(30);
    }
  }

  private static String norm(String s) {
    return s.replace('\u0435', 'e').replace('\u00A0', ' ').replaceAll("\\s+", " ");
  }

  @Test
  void theCallTwoSeedsReportIsOneClusterAndNoTwoContactsShareOne() throws Exception {
    // 000 ("spoke on Monday with", no date) and 001 ("phone conversation on Sunday") report one
    // call between Pezeshkian and Haniyeh
    JsonNode call000 = one("000", "04", "Pezeshkian", "Haniyeh");
    JsonNode call001 = one("001", "041", "Pezeshkian", "Haniyeh");
    assertThat(call000.get("cluster").asText()).isEqualTo(call001.get("cluster").asText());
    Cli shown = Cli.run("--db", db, "event", call001.get("cluster").asText(), "--format", "jsonl");
    JsonNode cluster = new ObjectMapper().readTree(shown.out());
    assertThat(cluster.get("mentions").size()).isEqualTo(2);
    assertThat(cluster.get("articles").asInt()).isEqualTo(2);
    assertThat(cluster.get("date").asText()).isEqualTo("2024-07-14");
    // the message Pezeshkian had sent Haniyeh, the calls of other people, the letters: apart
    JsonNode message = one("001", "040", "Pezeshkian", "Haniyeh");
    assertThat(message.get("cluster").asText()).isNotEqualTo(call001.get("cluster").asText());
    java.util.Map<String, java.util.Set<String>> pairsByCluster = new java.util.HashMap<>();
    for (JsonNode e : events) {
      if (e.get("cameo").asText().startsWith("04")) {
        pairsByCluster
            .computeIfAbsent(e.get("cluster").asText(), k -> new java.util.TreeSet<>())
            .add(
                e.get("cameo").asText().equals("040")
                        && e.get("trigger")
                            .get("text")
                            .asText()
                            .matches("(?i).*(letter|message|wrote).*")
                    ? "letter"
                    : "contact");
      }
    }
    assertThat(pairsByCluster.values()).allMatch(kinds -> kinds.size() == 1);
  }

  @Test
  void filtersByActorTypeAndDate() throws Exception {
    String out = Cli.run("--db", db, "events", "--actor", "Velayati", "--format", "jsonl").out();
    assertThat(out.strip().split("\n"))
        .hasSizeGreaterThanOrEqualTo(2)
        .allMatch(l -> l.contains("Velayati"));
    String consult = Cli.run("--db", db, "events", "--type", "CONSULT", "--format", "jsonl").out();
    for (String l : consult.strip().split("\n")) {
      assertThat(new ObjectMapper().readTree(l).get("cameo").asText()).startsWith("04");
    }
    String july = Cli.run("--db", db, "events", "--from", "2024-07-14", "--to", "2024-07-14").out();
    assertThat(july).contains("Pezeshkian").doesNotContain("2023-10-24");
    Cli bad = Cli.run("--db", db, "events", "--from", "yesterday");
    assertThat(bad.status()).isEqualTo(2);
    assertThat(bad.err()).contains("--from");
  }

  @Test
  void showMarksEventsAndQuotesInline() {
    Cli shown = Cli.run("--db", db, "show", articleOf.get("004").substring(0, 8));
    assertThat(shown.status()).isZero();
    assertThat(shown.out())
        .contains("{E1 ")
        .contains("[Q1 ")
        .contains("Ali Khamenei → Ismail Haniyeh");
    assertThat(Cli.run("--db", db, "show", "zzzz").status()).isEqualTo(1);
  }
}
