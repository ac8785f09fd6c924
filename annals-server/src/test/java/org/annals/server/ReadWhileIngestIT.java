package org.annals.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.annals.cli.Main;
import org.annals.store.SyntheticStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server keeps answering while {@code annals ingest} writes the same store, and shows the new.
 */
class ReadWhileIngestIT {
  @TempDir Path dir;

  @Test
  void serverAnswersThroughoutAnIngestAndShowsTheNewArticles() throws Exception {
    String db = dir.resolve("live.db").toString();
    SyntheticStore.fill(db, 1, 30, 4, 20, 3);
    try (AnnalsServer server = AnnalsServer.start(db, "127.0.0.1", 0)) {
      String base = server.url();
      int before = Http.json(base + "api/articles?limit=1").get("total").asInt();
      StringWriter err = new StringWriter();
      CompletableFuture<Integer> ingest =
          CompletableFuture.supplyAsync(
              () ->
                  Main.run(
                      new PrintWriter(new StringWriter()),
                      new PrintWriter(err),
                      "--db",
                      db,
                      "ingest",
                      Path.of("../examples").toString()));
      List<Integer> totals = new ArrayList<>();
      int answered = 0;
      while (!ingest.isDone()) {
        for (String path :
            List.of("api/articles?limit=1", "api/events?limit=5", "api/actors?limit=5")) {
          HttpResponse<String> r = Http.get(base + path);
          assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
          answered++;
          if (path.startsWith("api/articles")) {
            totals.add(Http.JSON.readTree(r.body()).get("total").asInt());
          }
        }
        Thread.sleep(50);
      }
      assertThat(ingest.get()).as(err.toString()).isEqualTo(Main.OK);
      JsonNode after = Http.json(base + "api/articles?limit=100&q=.txt");
      assertThat(Http.json(base + "api/articles?limit=1").get("total").asInt())
          .isEqualTo(before + 5);
      assertThat(after.get("total").asInt()).isGreaterThanOrEqualTo(2);
      // never went backwards, and the server answered all along
      for (int i = 1; i < totals.size(); i++) {
        assertThat(totals.get(i)).isGreaterThanOrEqualTo(totals.get(i - 1));
      }
      assertThat(answered).isGreaterThan(3);
      // the new articles' events are served too
      assertThat(Http.json(base + "api/events?limit=1000").get("total").asInt())
          .isGreaterThan(30 * 4);
    }
  }
}
