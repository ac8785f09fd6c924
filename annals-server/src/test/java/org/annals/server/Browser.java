package org.annals.server;

import static org.annals.server.HostileArticle.hostileLine;
import static org.annals.server.HostileArticle.kb;
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
import java.util.List;
import org.annals.cli.Main;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser tests' one store, server and browser ({@code @ExtendWith(Browser.class)}): one ingest
 * of the seeds, the examples and a hostile article, one server, one Chromium for every test class
 * of the run, closed when the run ends. And what those tests do with them: open a page, ask the
 * API, check that no payload ran. Screenshots go to target/screenshots.
 */
final class Browser implements BeforeAllCallback {
  static final ObjectMapper JSON = new ObjectMapper();
  static Path dir;
  static String db;
  static AnnalsServer server;
  static ChromeDriver driver;
  static Path downloads;
  static final HttpClient HTTP = HttpClient.newHttpClient();

  @Override
  public void beforeAll(ExtensionContext context) {
    // the root store keeps one session for the whole run and closes it at its end
    context
        .getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Browser.class.getName(), k -> new Session(), Session.class);
  }

  /** Starts the fixture when created, stops it when the run's root store closes. */
  static final class Session implements ExtensionContext.Store.CloseableResource {
    Session() {
      try {
        start();
      } catch (Exception e) {
        stop();
        throw new IllegalStateException("cannot start the browser fixture: " + e, e);
      }
    }

    @Override
    public void close() {
      stop();
    }
  }

  private static void start() throws Exception {
    long t0 = System.nanoTime();
    dir = Files.createTempDirectory("annals-browser");
    downloads = Files.createDirectories(dir.resolve("downloads"));
    Path hostile = dir.resolve("hostile");
    Files.createDirectories(hostile);
    Files.writeString(hostile.resolve("hostile.jsonl"), hostileLine() + "\n");
    Path kb = kb(dir);
    db = dir.resolve("browser.db").toString();
    for (Path in :
        List.of(
            Path.of(System.getProperty("annals.shared", "../../shared")).resolve("corpus/seeds"),
            Path.of(System.getProperty("annals.examples", "../examples")),
            hostile)) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      List<String> args = new java.util.ArrayList<>(List.of("--db", db, "ingest"));
      if (in == hostile) {
        args.addAll(List.of("--kb", kb.toString()));
      }
      args.add(in.toString());
      int rc =
          Main.run(
              new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
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
    // the export buttons' files land here, unasked
    o.setExperimentalOption(
        "prefs",
        java.util.Map.of(
            "download.default_directory",
            downloads.toString(),
            "download.prompt_for_download",
            false,
            "download.directory_upgrade",
            true));
    driver = new ChromeDriver(service, o);
    driver.executeCdpCommand(
        "Browser.setDownloadBehavior",
        java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    System.out.printf("ingest+server+browser: %d ms%n", (System.nanoTime() - t0) / 1_000_000);
  }

  private static void stop() {
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

  /**
   * No payload ran and none became markup: window.__pwned unset, the page's one script the app's
   * bundle, no element with an on* attribute, no image, frame or object, no javascript: address in
   * any attribute, no alert.
   */
  static void noPayloadRan(String where) {
    JavascriptExecutor js = driver;
    assertThat(js.executeScript("return window.__pwned")).as(where).isNull();
    // the page sets the title from text ("… · Annals"); a payload that ran would have set its own
    assertThat((String) js.executeScript("return document.title"))
        .as(where)
        .matches("(?s)Annals|.* · Annals");
    assertThat(driver.findElements(By.cssSelector("a[href^='javascript:' i]"))).as(where).isEmpty();
    @SuppressWarnings("unchecked")
    List<String> scripts =
        (List<String>)
            js.executeScript(
                "return [...document.querySelectorAll('script')].map(s => s.getAttribute('src'));");
    assertThat(scripts).as(where).containsExactly("/assets/app.js");
    @SuppressWarnings("unchecked")
    List<String> bad =
        (List<String>)
            js.executeScript(
                "const out = [];"
                    + " for (const el of document.querySelectorAll('*')) {"
                    + "   for (const a of el.attributes) {"
                    + "     if (a.name.toLowerCase().startsWith('on')"
                    + "         || /^\\s*javascript:/i.test(a.value) && a.name !== 'title')"
                    + "       out.push(el.tagName + '[' + a.name + '=' + a.value + ']');"
                    + "   } }"
                    + " return out;");
    assertThat(bad).as(where).isEmpty();
    assertThat(
            driver.findElements(
                By.cssSelector("#view script, #view img, #view iframe, #view object, #view embed")))
        .as(where)
        .isEmpty();
    try {
      driver.switchTo().alert();
      throw new AssertionError(where + ": an alert is open");
    } catch (NoAlertPresentException expected) {
      // none
    }
  }

  static String viewText() {
    return driver.findElement(By.id("view")).getText();
  }
}
