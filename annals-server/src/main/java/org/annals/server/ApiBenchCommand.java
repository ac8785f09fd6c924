package org.annals.server;

import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.annals.AnnalsException;
import org.annals.store.SyntheticStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "bench-api",
    mixinStandardHelpOptions = true,
    description = {
      "Measure the API: fill a throw-away store with synthetic events (or use --db-file), serve"
          + " it, send concurrent requests to the list endpoints and print p50/p95/max latency"
          + " per endpoint.",
      "",
      "Example:  annals bench-api --events 100000 --clients 8 --requests 400"
    })
final class ApiBenchCommand implements java.util.concurrent.Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--events",
      defaultValue = "100000",
      description = "Synthetic events to store (default: ${DEFAULT-VALUE}).")
  int events;

  @Option(
      names = "--clients",
      defaultValue = "8",
      description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(
      names = "--requests",
      defaultValue = "400",
      description = "Requests per endpoint (default: ${DEFAULT-VALUE}).")
  int requests;

  @Option(
      names = "--db-file",
      paramLabel = "DB",
      description = "Benchmark this existing store instead of a synthetic one.")
  Path dbFile;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    String db;
    Path tmp = null;
    int actors = Math.max(50, events / 200);
    if (dbFile != null) {
      db = dbFile.toString();
    } else {
      tmp = Files.createTempDirectory("annals-bench-api");
      db = tmp.resolve("bench.db").toString();
      long t0 = System.nanoTime();
      int perArticle = 10;
      int n = SyntheticStore.fill(db, 1, Math.max(1, events / perArticle), perArticle, actors, 42);
      out.printf(
          "filled %d synthetic events, %d actors in %.1f s%n",
          n, actors, (System.nanoTime() - t0) / 1e9);
    }
    try (AnnalsServer server = AnnalsServer.start(db, "127.0.0.1", 0)) {
      String base = server.url();
      Map<String, List<String>> endpoints = new LinkedHashMap<>();
      endpoints.put("events (first page)", List.of("api/events"));
      endpoints.put("events deep page", List.of("api/events?offset=50000"));
      endpoints.put(
          "events by type and dates",
          List.of("api/events?type=CONSULT&from=2021-01-01&to=2021-12-31"));
      List<String> byActor = new ArrayList<>();
      List<String> cluster = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        byActor.add("api/events?actor=p:synthetic_" + (i * 7 % actors));
        cluster.add("api/timeline?actor=p:synthetic_" + (i * 11 % actors));
      }
      endpoints.put("events by actor", byActor);
      endpoints.put(
          "actors search", List.of("api/actors?q=person1", "api/actors?q=synthetic&offset=100"));
      endpoints.put("articles", List.of("api/articles", "api/articles?q=article 12"));
      endpoints.put("quotes", List.of("api/quotes"));
      endpoints.put("timeline of one actor", cluster);
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      // warm up: the JIT and SQLite's page cache
      for (List<String> urls : endpoints.values()) {
        for (String u : urls) {
          get(http, base + u);
        }
      }
      out.printf(
          "%-26s %8s %8s %8s %8s%n",
          "endpoint (" + clients + " clients)", "p50 ms", "p95 ms", "max ms", "req/s");
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      try {
        for (Map.Entry<String, List<String>> e : endpoints.entrySet()) {
          List<Double> ms = Collections.synchronizedList(new ArrayList<>());
          AtomicInteger next = new AtomicInteger();
          List<Future<?>> running = new ArrayList<>();
          long t0 = System.nanoTime();
          for (int c = 0; c < clients; c++) {
            running.add(
                pool.submit(
                    () -> {
                      for (int i = next.getAndIncrement();
                          i < requests;
                          i = next.getAndIncrement()) {
                        String u = base + e.getValue().get(i % e.getValue().size());
                        long s = System.nanoTime();
                        get(http, u);
                        ms.add((System.nanoTime() - s) / 1e6);
                      }
                      return null;
                    }));
          }
          for (Future<?> f : running) {
            f.get();
          }
          double secs = (System.nanoTime() - t0) / 1e9;
          List<Double> sorted = new ArrayList<>(ms);
          Collections.sort(sorted);
          out.printf(
              "%-26s %8.1f %8.1f %8.1f %8.0f%n",
              e.getKey(),
              pct(sorted, 0.50),
              pct(sorted, 0.95),
              sorted.get(sorted.size() - 1),
              sorted.size() / secs);
          out.flush();
        }
      } finally {
        pool.shutdownNow();
      }
    } finally {
      if (tmp != null) {
        try (var files = Files.walk(tmp)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }

  private static void get(HttpClient http, String url) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(url.replace(" ", "%20")))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new AnnalsException(url + " answered " + r.statusCode() + ": " + r.body());
      }
    } catch (java.io.IOException e) {
      throw new AnnalsException(url + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AnnalsException("interrupted", e);
    }
  }

  private static double pct(List<Double> sorted, double p) {
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
  }
}
