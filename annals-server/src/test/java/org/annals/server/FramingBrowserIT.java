package org.annals.server;

import static org.annals.server.Browser.*;
import static org.annals.server.HostileArticle.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The framing lens in the page (issue 19): the actor page's Framing section and the event page's
 * Wording section show what the API gives, word for word, and hostile words as text.
 */
@ExtendWith(Browser.class)
class FramingBrowserIT {
  /** The exact text of an element and its children (getText would fold white space). */
  static String text(WebElement e) {
    return e.getDomProperty("textContent");
  }

  static List<String> texts(WebElement in, String css) {
    return in.findElements(By.cssSelector(css)).stream().map(FramingBrowserIT::text).toList();
  }

  /** What an Example's offsets mark in its sentence. */
  static String phrase(JsonNode ex) {
    return ex.get("text").asText().substring(ex.get("start").asInt(), ex.get("end").asInt());
  }

  /** The top the page asked for, as its Framing section says. */
  static String shownTop() {
    return driver
        .findElement(By.cssSelector("[data-section=Framing] .framing-body"))
        .getDomAttribute("data-top");
  }

  /** The Framing section's outlet cards are the API's outlets, card for card, word for word. */
  static List<WebElement> cardsMatch(JsonNode framing) {
    List<WebElement> cards = driver.findElements(By.cssSelector("[data-section=Framing] .outlet"));
    assertThat(cards).hasSize(framing.get("outlets").size());
    for (int i = 0; i < cards.size(); i++) {
      JsonNode o = framing.get("outlets").get(i);
      WebElement card = cards.get(i);
      assertThat(text(card.findElement(By.cssSelector("[data-field=outlet]"))))
          .isEqualTo(o.get("outlet").asText());
      assertThat(text(card.findElement(By.cssSelector("[data-field=volume]"))))
          .startsWith(o.get("articles").asText() + " article")
          .contains(" · " + o.get("mentions").asText() + " mention");
      Set<String> classes = new HashSet<>();
      o.get("classes")
          .fields()
          .forEachRemaining(c -> classes.add(c.getKey() + c.getValue().asText()));
      assertThat(texts(card, "[data-list=classes] .fclass"))
          .containsExactlyInAnyOrderElementsOf(classes);
      for (String kind : List.of("labels", "names")) {
        List<WebElement> items =
            card.findElements(By.cssSelector("[data-uses=" + kind + "] li.use"));
        assertThat(items).as(o.get("outlet") + " " + kind).hasSize(o.get(kind).size());
        for (int k = 0; k < items.size(); k++) {
          JsonNode u = o.get(kind).get(k);
          WebElement li = items.get(k);
          assertThat(text(li.findElement(By.cssSelector("[data-field=text]"))))
              .isEqualTo(u.get("text").asText());
          assertThat(text(li.findElement(By.cssSelector("[data-field=count]"))))
              .isEqualTo("×" + u.get("count").asInt());
          assertThat(li.findElements(By.cssSelector("[data-field=quoted]")))
              .hasSize(u.get("quoted").asInt() > 0 ? 1 : 0);
          List<String> terms = new ArrayList<>();
          u.get("terms").forEach(t -> terms.add(t.get("term").asText()));
          assertThat(texts(li, ".term-word")).isEqualTo(terms);
          JsonNode ex = u.get("example");
          assertThat(text(li.findElement(By.cssSelector(".example-text"))))
              .isEqualTo(ex.get("text").asText());
          assertThat(text(li.findElement(By.cssSelector("mark.phrase")))).isEqualTo(phrase(ex));
        }
      }
    }
    return cards;
  }

  static WebElement card(List<WebElement> cards, String outlet) {
    return cards.stream()
        .filter(c -> text(c.findElement(By.cssSelector("[data-field=outlet]"))).equals(outlet))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no card for " + outlet));
  }

  static WebElement use(WebElement card, String kind, String words) {
    return card.findElements(By.cssSelector("[data-uses=" + kind + "] li.use")).stream()
        .filter(li -> text(li.findElement(By.cssSelector("[data-field=text]"))).equals(words))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " " + words));
  }

  @Test
  void theActorPageShowsEachOutletsLabelsAndNamesAsTheApiGivesThem() throws Exception {
    open("/actor/ISR");
    assertThat(shownTop()).isEqualTo("5");
    JsonNode framing = api("/api/actors/ISR/framing?top=5");
    List<WebElement> cards = cardsMatch(framing);
    // the seeds: Iran Press calls Israel a regime in its own words, again and again
    WebElement regime = use(card(cards, "Iran Press"), "labels", "regime");
    JsonNode ip = FramingApiIT.outlet(framing, "Iran Press");
    assertThat(text(regime.findElement(By.cssSelector("[data-field=count]"))))
        .isEqualTo("×" + FramingApiIT.use(ip, "labels", "regime").get("count").asInt());
    assertThat(texts(regime, ".term .fclass")).containsExactly("illegitimacy");
    assertThat(text(regime.findElement(By.cssSelector("mark.phrase"))))
        .isEqualTo("the Israeli regime");
    assertThat(texts(card(cards, "TDI"), "[data-uses=names] [data-field=text]"))
        .contains("Zionist regime");
    shot("framing-actor");
  }

  @Test
  void moreAsksForMoreWordsPerOutletAndTheUrlKeepsIt() throws Exception {
    open("/actor/ISR?ftop=1");
    assertThat(shownTop()).isEqualTo("1");
    cardsMatch(api("/api/actors/ISR/framing?top=1"));
    WebElement more = driver.findElement(By.cssSelector("[data-action=framing-more]"));
    assertThat(more.isDisplayed()).isTrue();
    more.click();
    new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "4".equals(shownTop()));
    assertThat(driver.getCurrentUrl()).endsWith("/actor/ISR?ftop=4");
    cardsMatch(api("/api/actors/ISR/framing?top=4"));
  }

  /** The Wording section's rows are the API's reports, row for row. */
  static void rowsMatch(JsonNode wording) {
    List<WebElement> rows = driver.findElements(By.cssSelector("[data-section=Wording] tbody tr"));
    assertThat(rows).hasSize(wording.get("reports").size());
    for (int i = 0; i < rows.size(); i++) {
      JsonNode r = wording.get("reports").get(i);
      WebElement row = rows.get(i);
      assertThat(row.getDomAttribute("data-event")).isEqualTo(r.get("event").asText());
      assertThat(text(row.findElement(By.cssSelector("[data-field=outlet]"))))
          .isEqualTo(r.get("outlet").asText());
      assertThat(text(row.findElement(By.cssSelector("td:nth-child(2)"))))
          .isEqualTo(r.get("published").isNull() ? "undated" : r.get("published").asText());
      assertThat(text(row.findElement(By.cssSelector("[data-field=trigger]"))))
          .isEqualTo(r.get("trigger").asText());
      List<String> terms = new ArrayList<>();
      r.get("trigger_terms").forEach(t -> terms.add(t.get("term").asText()));
      assertThat(texts(row, "td:nth-child(3) .term-word")).isEqualTo(terms);
      assertThat(text(row.findElement(By.cssSelector(".example-text"))))
          .isEqualTo(r.get("sentence").get("text").asText());
      assertThat(text(row.findElement(By.cssSelector("mark.trigger"))))
          .isEqualTo(phrase(r.get("sentence")));
      List<String> labels = new ArrayList<>();
      List<String> phrases = new ArrayList<>();
      r.get("labels")
          .forEach(
              l -> {
                labels.add(l.get("label").asText());
                phrases.add(l.get("phrase").asText());
              });
      assertThat(texts(row, "[data-field=label]")).isEqualTo(labels);
      assertThat(texts(row, "[data-field=phrase]")).isEqualTo(phrases);
    }
  }

  @Test
  void theEventPageShowsEachReportsWordingAsTheApiGivesIt() throws Exception {
    Map<String, List<String>> byCluster = new TreeMap<>();
    String martyred = null;
    for (JsonNode e : api("/api/events?limit=1000").get("items")) {
      byCluster
          .computeIfAbsent(e.get("cluster").asText(), k -> new ArrayList<>())
          .add(e.get("id").asText());
      if (e.get("trigger").get("text").asText().equals("martyred")) {
        martyred = e.get("cluster").asText();
      }
    }
    String two =
        byCluster.entrySet().stream()
            .filter(e -> e.getValue().size() >= 2)
            .findFirst()
            .orElseThrow()
            .getKey();
    open("/event/" + q(two));
    rowsMatch(api("/api/clusters/" + q(two) + "/framing"));
    shot("wording-event");

    // the seeds: Iran Press says martyred (a word of legitimacy) and calls Israel a regime
    open("/event/" + q(martyred));
    rowsMatch(api("/api/clusters/" + q(martyred) + "/framing"));
    WebElement row = driver.findElement(By.cssSelector("[data-section=Wording] tbody tr"));
    assertThat(text(row.findElement(By.cssSelector("mark.trigger")))).isEqualTo("martyred");
    assertThat(texts(row, "td:nth-child(3) .term .fclass")).containsExactly("legitimacy");
    assertThat(texts(row, "[data-field=label]")).contains("regime");
  }

  /** Nothing in the section became an element of the page: no u, svg, img or script in it. */
  static void noMarkupIn(String section) {
    assertThat(
            driver.findElements(
                By.cssSelector(
                    String.join(
                        ", ",
                        List.of("u", "svg", "img", "script", "iframe").stream()
                            .map(t -> "[data-section=" + section + "] " + t)
                            .toList()))))
        .as(section)
        .isEmpty();
  }

  @Test
  void hostileOutletsLabelsAndSentencesInTheFramingSectionsAreText() throws Exception {
    open("/actor/" + q(VANCE_ID));
    noPayloadRan("actor framing");
    noMarkupIn("Framing");
    JsonNode framing = api("/api/actors/" + q(VANCE_ID) + "/framing?top=5");
    List<WebElement> cards = cardsMatch(framing);
    // the actor's name, the outlet (the article's site name), a label made of markup, and its
    // sentence with a script in it: all shown as the text they are
    assertThat(text(driver.findElement(By.cssSelector(".framing-note b")))).isEqualTo(VANCE);
    WebElement outlet = card(cards, OUTLET);
    WebElement label = use(outlet, "labels", LABEL);
    assertThat(text(label.findElement(By.cssSelector(".example-text")))).isEqualTo(LABEL_SENTENCE);
    assertThat(text(label.findElement(By.cssSelector("mark.phrase"))))
        .isEqualTo("The " + LABEL + " Zorlak Vance");
    assertThat(texts(outlet, "[data-uses=names] .example-text"))
        .anyMatch(s -> s.contains("to discuss " + T1 + " and " + T2 + "."));
    shot("hostile-framing");

    // each event of the hostile article: its outlet and sentence in the Wording section
    String id = api("/api/articles?q=Hostile").get("items").get(0).get("id").asText();
    Set<String> clusters = new LinkedHashSet<>();
    api("/api/events?article=" + q(id))
        .get("items")
        .forEach(e -> clusters.add(e.get("cluster").asText()));
    assertThat(clusters).isNotEmpty();
    boolean sawSentence = false;
    for (String cluster : clusters) {
      open("/event/" + q(cluster));
      noPayloadRan("event wording " + cluster);
      noMarkupIn("Wording");
      rowsMatch(api("/api/clusters/" + q(cluster) + "/framing"));
      WebElement section = driver.findElement(By.cssSelector("[data-section=Wording]"));
      assertThat(texts(section, "[data-field=outlet]")).contains(OUTLET);
      sawSentence |=
          texts(section, ".example-text").stream()
              .anyMatch(s -> s.contains("to discuss " + T1 + " and " + T2 + "."));
    }
    assertThat(sawSentence).as("the meeting's sentence is shown as text in its wording").isTrue();
    shot("hostile-wording");
  }
}
