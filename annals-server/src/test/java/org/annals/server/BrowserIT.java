package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.annals.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in Chromium: one ingest of the seeds, the examples and a hostile article, one
 * server, one browser for the whole class. Screenshots go to target/screenshots.
 */
class BrowserIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static Path dir;
  static AnnalsServer server;
  static ChromeDriver driver;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** Every payload sets window.__pwned or the title if it ever runs. */
  static final String P1 = "<script>window.__pwned=1</script>";

  static final String P2 = "<img src=x onerror=\"window.__pwned=2\">";
  static final String P3 = "<svg onload=\"window.__pwned=3\">";
  static final String P4 = "javascript:window.__pwned=4";

  @BeforeAll
  static void start() throws Exception {
    long t0 = System.nanoTime();
    dir = Files.createTempDirectory("annals-browser");
    Path hostile = dir.resolve("hostile");
    Files.createDirectories(hostile);
    String text =
        "Geneva (Reuters) - Swiss foreign minister Anna Keller "
            + P1
            + " met French foreign minister Paul Girard in Geneva on Monday "
            + P2
            + ", the ministry said.\n\n"
            + "\"We will not accept "
            + P3
            + " threats "
            + P4
            + "\", Keller said on Monday.\n";
    String line =
        JSON.writeValueAsString(
            java.util.Map.of(
                "id",
                "hostile-1",
                "url",
                P4,
                "title",
                "Hostile " + P1 + P2,
                "source",
                P3 + " Wire",
                "published",
                "2031-04-07",
                "text",
                text));
    Files.writeString(hostile.resolve("hostile.jsonl"), line + "\n");
    String db = dir.resolve("browser.db").toString();
    for (Path in :
        List.of(
            Path.of(System.getProperty("annals.shared", "../../shared")).resolve("corpus/seeds"),
            Path.of(System.getProperty("annals.examples", "../examples")),
            hostile)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int rc =
          Main.run(
              new PrintWriter(out, true),
              new PrintWriter(err, true),
              "--db",
              db,
              "ingest",
              in.toString());
      assertThat(rc).as(out + "\n" + err).isZero();
    }
    System.out.printf("ingest: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    server = AnnalsServer.start(db, "127.0.0.1", 0);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver"))
            .usingAnyFreePort()
            .build();
    ChromeOptions o = new ChromeOptions();
    o.setBinary("/usr/bin/chromium");
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--window-size=1440,1000",
        "--hide-scrollbars");
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    System.out.printf("ingest+server+browser: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }

  static JsonNode api(String path) throws Exception {
    HttpResponse<String> r =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** Opens a page URL and waits until the view is drawn; prints its load time. */
  static void open(String path) {
    driver.get(server.url() + path.substring(1));
    waitReady(path);
    Object ms =
        driver.executeScript(
            "const n = performance.getEntriesByType('navigation')[0];"
                + " const m = performance.getEntriesByName('annals-view-ready').pop();"
                + " return Math.round(m.startTime - n.startTime) + ' ms to the drawn view, '"
                + " + Math.round(n.domContentLoadedEventEnd - n.startTime) + ' ms to DOMContentLoaded';");
    System.out.printf("page %s: %s%n", path, ms);
  }

  static void waitReady(String what) {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(
            d -> {
              String s = d.findElement(By.id("view")).getDomAttribute("data-state");
              return "ready".equals(s) || "error".equals(s);
            });
    assertThat(driver.findElement(By.id("view")).getDomAttribute("data-state"))
        .as(what + ": " + driver.findElement(By.id("view")).getText())
        .isEqualTo("ready");
  }

  static void shot(String name) throws Exception {
    Path d = Path.of(System.getProperty("annals.screenshots", "target/screenshots"));
    Files.createDirectories(d);
    Files.write(
        d.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
  }

  static void noPayloadRan() {
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return window.__pwned")).isNull();
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript:' i]"))).isEmpty();
    assertThat(driver.findElements(By.cssSelector("#view script, #view svg[onload], #view img")))
        .isEmpty();
    try {
      driver.switchTo().alert();
      throw new AssertionError("an alert is open");
    } catch (NoAlertPresentException expected) {
      // none
    }
  }

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
  void aHostileArticleShowsItsPayloadsAsTextAndRunsNone() throws Exception {
    JsonNode found = api("/api/articles?q=Hostile");
    assertThat(found.get("total").asInt()).isEqualTo(1);
    String id = found.get("items").get(0).get("id").asText();
    open("/article/" + q(id));
    noPayloadRan();
    String page = driver.findElement(By.id("view")).getText();
    assertThat(page).contains(P1).contains(P2).contains(P4);
    checkArticle(api("/api/articles/" + q(id)));
    shot("hostile-article");

    open("/search?q=Hostile");
    noPayloadRan();
    assertThat(driver.findElement(By.id("view")).getText()).contains("Hostile " + P1 + P2);
    open("/");
    noPayloadRan();

    JsonNode events = api("/api/events?article=" + q(id));
    for (JsonNode e : events.get("items")) {
      open("/event/" + q(e.get("cluster").asText()));
      noPayloadRan();
      for (String side : List.of("source", "target")) {
        String actor = e.path(side).path("actor").asText(null);
        if (actor != null) {
          open("/actor/" + q(actor));
          noPayloadRan();
          open("/timeline?actor=" + q(actor));
          noPayloadRan();
          open("/network?actor=" + q(actor));
          noPayloadRan();
        }
      }
    }
    // the actors found in it (names and aliases come from its text)
    Set<String> actors = new HashSet<>();
    api("/api/articles/" + q(id)).get("mentions").forEach(m -> actors.add(m.get("actor").asText()));
    for (String actor : actors) {
      open("/actor/" + q(actor));
      noPayloadRan();
    }
    JsonNode quotes = api("/api/quotes?article=" + q(id));
    open("/network");
    noPayloadRan();
    System.out.printf(
        "hostile article: %d events, %d quotes, %d actors, all pages clean%n",
        events.get("items").size(), quotes.get("items").size(), actors.size());
  }
}
