package org.annals.server;

import static org.annals.server.Browser.*;
import static org.annals.server.ExportFiles.clickAndWaitForFile;
import static org.annals.server.ExportFiles.csvColumn;
import static org.annals.server.ExportFiles.graphmlEdges;
import static org.annals.server.ExportFiles.graphmlNodes;
import static org.annals.server.ExportFiles.jsonlField;
import static org.annals.server.HostileArticle.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Chromium, over the store, server and browser of {@link Browser}: every page kind,
 * a hostile article on every page, dates, type filters and export buttons.
 */
@ExtendWith(Browser.class)
class BrowserIT {
  @Test
  void everyPageKindLoadsAndAClickThroughMatchesTheStore() throws Exception {
    open("/");
    assertThat(driver.findElements(By.cssSelector("[data-list=articles] tbody tr")))
        .hasSize(Math.min(25, api("/api/articles").get("total").asInt()));
    shot("overview");

    // search → actor
    JsonNode someEvent = api("/api/events?limit=50");
    String actorId = null;
    for (JsonNode e : someEvent.get("items")) {
      if (e.path("source").hasNonNull("actor")) {
        actorId = e.get("source").get("actor").asText();
        break;
      }
    }
    assertThat(actorId).isNotNull();
    String actorHref = "/actor/" + q(actorId).replace("+", "%20");
    JsonNode actor = api("/api/actors/" + q(actorId));
    String name = actor.get("name").asText();
    open("/search?q=" + q(name));
    shot("search");
    WebElement link =
        driver.findElements(By.cssSelector("[data-list=actors] a")).stream()
            .filter(a -> a.getDomAttribute("href").equals(actorHref))
            .findFirst()
            .orElseThrow();
    link.click();
    waitReady("actor");
    assertThat(driver.getCurrentUrl()).contains("/actor/");
    assertThat(driver.findElement(By.cssSelector("[data-field=name]")).getText()).isEqualTo(name);
    Set<String> names = new HashSet<>();
    names.add(name);
    actor.get("aliases").forEach(n -> names.add(n.asText()));
    assertThat(
            driver.findElements(By.cssSelector("[data-list=names] li")).stream()
                .map(WebElement::getText)
                .toList())
        .containsExactlyInAnyOrderElementsOf(names);
    assertThat(driver.findElements(By.cssSelector("[data-list=roles] tbody tr")))
        .hasSize(actor.get("roles").size());
    assertThat(driver.findElements(By.cssSelector("svg.chart circle.dot"))).isNotEmpty();
    shot("actor");

    // actor → event
    driver.findElement(By.cssSelector("[data-list=events] a[href^='/event/']")).click();
    waitReady("event");
    String cluster = driver.getCurrentUrl().replaceAll(".*/event/", "");
    JsonNode detail = api("/api/clusters/" + cluster);
    assertThat(detail.path("cluster").path("mentions").isInt()).as(detail.toString()).isTrue();
    List<WebElement> reports = driver.findElements(By.cssSelector(".report"));
    assertThat(reports).hasSize(detail.get("cluster").get("mentions").asInt());
    for (int i = 0; i < reports.size(); i++) {
      JsonNode r = detail.get("reports").get(i);
      if (r.get("trigger_start").asInt() >= 0) {
        assertThat(reports.get(i).findElement(By.cssSelector("mark.trigger")).getText())
            .isEqualTo(r.get("event").get("trigger").get("text").asText());
      }
    }
    shot("event");

    // event → article at the sentence
    int at = detail.get("reports").get(0).get("at").asInt();
    String articleId = detail.get("reports").get(0).get("event").get("article").asText();
    reports.get(0).findElement(By.cssSelector("footer a")).click();
    waitReady("article");
    assertThat(driver.getCurrentUrl()).contains("at=" + at);
    JsonNode art = api("/api/articles/" + q(articleId));
    checkArticle(art);
    assertThat(driver.findElements(By.cssSelector(".m-evidence.focus, .at-anchor.focus")))
        .isNotEmpty();
    shot("article");

    open("/actor/" + q(actorId)); // load times of the pages reached by clicking
    open("/event/" + cluster);
    open("/timeline?actor=" + q(actorId));
    assertThat(driver.findElements(By.cssSelector("svg.chart circle.dot")))
        .hasSize(
            api("/api/timeline?actor=" + q(actorId)).get("lanes").get(0).get("clusters").size());
    shot("timeline");

    open("/network");
    JsonNode net = api("/api/network");
    Number nodes = (Number) driver.executeScript("return window.__annalsCy.nodes().length");
    assertThat(nodes.intValue()).isEqualTo(net.get("nodes").size());
    shot("network");
  }

  /** The clean text is shown whole, with one marked element (or its continuations) per mark. */
  static void checkArticle(JsonNode art) {
    WebElement text = driver.findElement(By.cssSelector(".text"));
    String clean = art.get("text").asText();
    Object shown =
        driver.executeScript(
            "const t = document.querySelector('.text').cloneNode(true);"
                + " t.querySelectorAll('.removed').forEach(r => r.remove());"
                + " return t.textContent;");
    assertThat(shown).isEqualTo(clean);
    @SuppressWarnings("unchecked")
    List<Object> marks =
        (List<Object>)
            driver.executeScript(
                "const by = {}; document.querySelectorAll('.text [data-mark]').forEach(el => {"
                    + " by[el.dataset.mark] = (by[el.dataset.mark] ?? '') + el.textContent; });"
                    + " return Object.keys(by).sort((a, b) => a - b).map(k => by[k]);");
    assertThat(marks).hasSize(art.get("marks").size());
    assertThat(text.findElements(By.cssSelector(".removed"))).hasSize(art.get("removed").size());
  }

  @Test
  void aHostileArticleShowsItsPayloadsAsTextOnEveryPageAndRunsNone() throws Exception {
    JsonNode found = api("/api/articles?q=Hostile");
    assertThat(found.get("total").asInt()).isEqualTo(1);
    String id = found.get("items").get(0).get("id").asText();
    JsonNode events = api("/api/events?article=" + q(id));
    JsonNode quotes = api("/api/quotes?article=" + q(id));
    // the fixture is only worth something if every page has hostile text to show
    assertThat(events.get("total").asInt()).as(events.toString()).isGreaterThanOrEqualTo(3);
    assertThat(quotes.toString()).contains(T1).contains(T3).contains(T4);

    // article: title, address, outlet, text and quotes, all as text
    open("/article/" + q(id));
    noPayloadRan("article");
    assertThat(driver.findElement(By.cssSelector("[data-field=title]")).getText()).isEqualTo(TITLE);
    assertThat(viewText()).contains(P4).contains(OUTLET).contains(T1).contains(T2).contains(T3);
    checkArticle(api("/api/articles/" + q(id)));
    shot("hostile-article");

    open("/search?q=Hostile");
    noPayloadRan("search");
    assertThat(viewText()).contains(TITLE);
    open("/");
    noPayloadRan("overview");

    // event pages: the evidence sentence, the article's title and outlet, the actor's name
    Set<String> clusters = new java.util.LinkedHashSet<>();
    events.get("items").forEach(e -> clusters.add(e.get("cluster").asText()));
    boolean sawSentence = false;
    for (String cluster : clusters) {
      open("/event/" + q(cluster));
      noPayloadRan("event " + cluster);
      String shown = viewText();
      assertThat(shown).contains(TITLE).contains(OUTLET);
      sawSentence |= shown.contains("to discuss " + T1 + " and " + T2 + ".");
    }
    assertThat(sawSentence).as("the meeting's evidence sentence is shown as text").isTrue();
    shot("hostile-event");

    // actor page of the hostile-named person: its name, names and role title as text
    open("/actor/" + q(VANCE_ID));
    noPayloadRan("actor");
    assertThat(driver.findElement(By.cssSelector("[data-field=name]")).getText()).isEqualTo(VANCE);
    assertThat(viewText()).contains(ROLE).contains(P4);

    // timeline: its lane and rows name it, the sources column has the outlet
    open("/timeline?actor=" + q(VANCE_ID));
    noPayloadRan("timeline");
    assertThat(viewText()).contains(VANCE).contains(OUTLET);
    assertThat(
            driver.findElements(By.cssSelector("svg.chart text.lane-label title")).stream()
                .map(t -> t.getDomProperty("textContent"))
                .toList())
        .containsExactly(VANCE);

    // network: labels are drawn on the canvas; the selection panel is DOM
    open("/network?actor=" + q(VANCE_ID));
    noPayloadRan("network");
    driver.executeScript("window.__annalsCy.getElementById(arguments[0]).emit('tap');", VANCE_ID);
    WebElement panel = driver.findElement(By.cssSelector(".node-info h3"));
    assertThat(panel.getText()).isEqualTo(VANCE);
    assertThat(viewText()).contains("Emmanuel Macron");
    noPayloadRan("network, node selected");
    shot("hostile-network");

    // every other actor found in it
    Set<String> actors = new HashSet<>();
    api("/api/articles/" + q(id)).get("mentions").forEach(m -> actors.add(m.get("actor").asText()));
    assertThat(actors).contains(VANCE_ID);
    for (String actor : actors) {
      open("/actor/" + q(actor));
      noPayloadRan("actor " + actor);
    }
    open("/network");
    noPayloadRan("network");
    System.out.printf(
        "hostile article: %d events, %d quotes, %d actors, all pages clean%n",
        events.get("items").size(), quotes.get("items").size(), actors.size());
  }

  @Test
  void anEventDatedToTheYearOrMonthIsShownSoIssue15() throws Exception {
    String id = api("/api/articles?q=Hostile").get("items").get(0).get("id").asText();
    int checked = 0;
    for (JsonNode e : api("/api/events?article=" + q(id)).get("items")) {
      String precision = e.get("date_precision").asText();
      String expected =
          switch (precision) {
            case "year" -> e.get("date").asText().substring(0, 4);
            case "month" -> e.get("date").asText().substring(0, 7);
            default -> null;
          };
      if (expected == null) {
        continue;
      }
      open("/event/" + q(e.get("cluster").asText()));
      assertThat(driver.findElement(By.cssSelector("[data-field=date] time")).getText())
          .as(e.toString())
          .isEqualTo(expected);
      assertThat(
              driver
                  .findElement(
                      By.cssSelector(".report[data-event='" + e.get("id").asText() + "'] time"))
                  .getText())
          .isEqualTo(expected);
      checked++;
    }
    assertThat(checked).as("a year and a month event in the fixture").isGreaterThanOrEqualTo(2);
    open("/timeline?actor=" + q(VANCE_ID));
    assertThat(
            driver.findElements(By.cssSelector("[data-list=clusters] time")).stream()
                .map(WebElement::getText)
                .toList())
        .contains("2030-03");
  }

  @Test
  void theTypeFiltersOfferTheCodeTablesPloverTypes() throws Exception {
    List<String> table =
        org.annals.events.CameoCodes.standard().all().values().stream()
            .map(org.annals.events.CameoCodes.Code::ploverType)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    List<String> served = new java.util.ArrayList<>();
    api("/api/plover-types").get("types").forEach(t -> served.add(t.asText()));
    assertThat(served.stream().sorted().toList()).isEqualTo(table);
    for (String page : List.of("/network", "/timeline?actor=" + q(VANCE_ID))) {
      open(page);
      List<String> offered =
          driver.findElements(By.cssSelector("select[name=type] option")).stream()
              .map(o -> o.getDomAttribute("value"))
              .filter(v -> !v.isEmpty())
              .toList();
      assertThat(offered).as(page).isEqualTo(served);
    }
  }

  /** The text an export link of a section names, fetched as the browser would. */
  static String fetchExport(String section, String kind) throws Exception {
    WebElement a =
        driver.findElement(
            By.cssSelector("[data-section='" + section + "'] a[data-export='" + kind + "']"));
    String href = a.getDomAttribute("href");
    assertThat(href).startsWith("/api/");
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + href.substring(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(href).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
    return r.body();
  }

  /** The data-* values of the rows a section lists, in order. */
  static List<String> rows(String section, String attribute) {
    return driver
        .findElements(
            By.cssSelector("[data-section='" + section + "'] tbody tr[" + attribute + "]"))
        .stream()
        .map(r -> r.getDomAttribute(attribute))
        .toList();
  }

  @SuppressWarnings("unchecked")
  static List<String> shownNodes() {
    return (List<String>) driver.executeScript("return window.__annalsCy.nodes().map(n => n.id())");
  }

  @Test
  void exportButtonsGiveWhatIsOnScreen() throws Exception {
    // the overview's second page of events: the export is that page, row for row
    open("/?eoff=5");
    List<String> shown = rows("Events", "data-id");
    assertThat(shown).hasSize(25);
    assertThat(csvColumn(fetchExport("Events", "csv"), "id")).isEqualTo(shown);
    assertThat(jsonlField(fetchExport("Events", "jsonl"), "id")).isEqualTo(shown);
    List<String> articles = rows("Articles", "data-id");
    assertThat(csvColumn(fetchExport("Articles", "csv"), "id")).isEqualTo(articles);
    assertThat(jsonlField(fetchExport("Actors", "jsonl"), "id"))
        .isEqualTo(rows("Actors", "data-id"));

    // an actor's events, with the actor filter
    open("/actor/" + q(VANCE_ID));
    List<String> his = rows("Events", "data-id");
    assertThat(his).isNotEmpty();
    assertThat(csvColumn(fetchExport("Events", "csv"), "id")).isEqualTo(his);
    for (JsonNode e : api("/api/events?actor=" + q(VANCE_ID) + "&limit=1000").get("items")) {
      assertThat(his).contains(e.get("id").asText());
    }

    // a timeline lane shows clusters; its export holds the mentions of exactly those clusters
    open("/timeline?actor=" + q(VANCE_ID));
    String lane =
        driver
            .findElement(By.cssSelector("[data-list=clusters]"))
            .findElement(By.xpath("ancestor::section"))
            .getDomAttribute("data-section");
    Set<String> laneClusters = new HashSet<>(rows(lane, "data-cluster"));
    assertThat(laneClusters).isNotEmpty();
    assertThat(new HashSet<>(csvColumn(fetchExport(lane, "csv"), "cluster")))
        .isEqualTo(laneClusters);

    // the network: GraphML of the filter, GraphML of what is drawn, PNG of the drawing
    open("/network");
    List<String> nodes = shownNodes();
    assertThat(nodes).isNotEmpty();
    assertThat(graphmlNodes(fetchExport("Contact network", "graphml")))
        .containsExactlyInAnyOrderElementsOf(nodes);
    Path gml =
        clickAndWaitForFile(
            downloads,
            driver.findElement(By.cssSelector("[data-export=graphml-shown]")),
            "annals-network-shown.graphml");
    String shownGraph = Files.readString(gml);
    assertThat(graphmlNodes(shownGraph)).containsExactlyInAnyOrderElementsOf(nodes);
    Number edges = (Number) driver.executeScript("return window.__annalsCy.edges().length");
    assertThat(graphmlEdges(shownGraph)).isEqualTo(edges.intValue());
    Path png =
        clickAndWaitForFile(
            downloads,
            driver.findElement(By.cssSelector("[data-export=png]")),
            "annals-network.png");
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(png), 8);
    assertThat(head).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

    // expanded from a node: "shown" follows the drawing, expansions included
    open("/network?actor=" + q(VANCE_ID));
    int before = shownNodes().size();
    driver.executeScript("window.__annalsCy.getElementById('ldr:emmanuel-macron').emit('tap');");
    driver.findElement(By.cssSelector("[data-action=expand]")).click();
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .until(d -> d.getCurrentUrl().contains("expand="));
    List<String> expanded = shownNodes();
    Path gml2 =
        clickAndWaitForFile(
            downloads,
            driver.findElement(By.cssSelector("[data-export=graphml-shown]")),
            "annals-network-shown.graphml");
    assertThat(graphmlNodes(Files.readString(gml2))).containsExactlyInAnyOrderElementsOf(expanded);
    System.out.printf("network expanded from %d to %d nodes%n", before, expanded.size());
  }
}
