package org.annals.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.cli.KbCommand;
import org.annals.cli.Network;
import org.annals.framing.FramingTerms;
import org.annals.framing.Outlets;
import org.annals.store.ArticleStore;
import org.annals.store.ArticleStore.EventFilter;
import org.annals.store.StoredActor;
import org.annals.store.StoredArticle;
import org.annals.store.read.ClusterRecord;
import org.annals.store.read.Csv;
import org.annals.store.read.EventRecord;
import org.annals.store.read.Page;
import org.annals.store.read.Records;

/** The JSON API: every route reads; lists are paged and take the CLI's filters. */
final class Api {
  private final Stores stores;
  private final FramingTerms terms;
  private final Outlets outlets;

  /** The API over the stores, with the framing lexicons of the user's knowledge base directory. */
  Api(Stores stores) {
    this.stores = stores;
    List<java.nio.file.Path> dirs = KbCommand.directories(List.of());
    this.terms = FramingTerms.load(dirs);
    this.outlets = Outlets.load(dirs);
  }

  void register(RoutesConfig r) {
    // each route that reads the store borrows one connection for its whole handling
    r.get("/api/articles", stores.borrowing(this::articles));
    r.get("/api/articles/{id}", stores.borrowing(this::article));
    r.get("/api/actors", stores.borrowing(this::actors));
    r.get("/api/actors/{id}", stores.borrowing(this::actor));
    r.get("/api/actors/{id}/framing", stores.borrowing(this::actorFraming));
    r.get("/api/events", stores.borrowing(this::events));
    r.get("/api/clusters/{id}", stores.borrowing(this::cluster));
    r.get("/api/clusters/{id}/framing", stores.borrowing(this::clusterFraming));
    r.get("/api/quotes", stores.borrowing(this::quotes));
    r.get("/api/timeline", stores.borrowing(this::timeline));
    r.get("/api/network", stores.borrowing(this::network));
    r.get("/api/search", stores.borrowing(this::search));
    r.get("/api/plover-types", ctx -> json(ctx, PloverTypes.answer()));
    r.get("/openapi.json", ctx -> json(ctx, OpenApi.document()));
  }

  private ArticleStore store() {
    return stores.get();
  }

  private void articles(Context ctx) {
    String status = Query.text(ctx, "status");
    if (status != null && !status.equals("ok") && !status.equals("failed")) {
      throw new ApiError(
          HttpStatus.BAD_REQUEST, "status must be ok or failed, not '" + status + "'");
    }
    list(
        ctx,
        store().articles(Query.text(ctx, "q"), status, Query.limit(ctx), Query.offset(ctx)),
        "articles");
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    StoredArticle a =
        store()
            .article(id)
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no article '" + id + "'"));
    json(ctx, ArticleDetail.of(store(), a));
  }

  private void actors(Context ctx) {
    list(ctx, store().actors(Query.text(ctx, "q"), Query.limit(ctx), Query.offset(ctx)), "actors");
  }

  private void actor(Context ctx) {
    json(ctx, actorById(ctx.pathParam("id")));
  }

  private StoredActor actorById(String id) {
    return store()
        .actor(id)
        .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no actor '" + id + "'"));
  }

  /** Per outlet, the names and labels of one actor (the framing lens); top=N per outlet. */
  private void actorFraming(Context ctx) {
    StoredActor actor = actorById(ctx.pathParam("id"));
    String from = Query.date(ctx, "from");
    String to = Query.date(ctx, "to");
    Query.checkRange(from, to);
    String top = Query.text(ctx, "top");
    int n;
    try {
      n = top == null ? 10 : Integer.parseInt(top);
    } catch (NumberFormatException e) {
      n = -1;
    }
    if (n < 1 || n > 1000) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "top must be a number from 1 to 1000");
    }
    json(ctx, store().framing(terms, outlets).actor(actor, from, to, n));
  }

  /** Each report of one cluster and its words (an event id opens its cluster). */
  private void clusterFraming(Context ctx) {
    String id = ctx.pathParam("id");
    String cluster =
        store()
            .clusterOfEvent(id)
            .orElseThrow(() -> new ApiError(HttpStatus.NOT_FOUND, "no event cluster '" + id + "'"));
    json(ctx, store().framing(terms, outlets).cluster(cluster));
  }

  private EventFilter filter(Context ctx) {
    String from = Query.date(ctx, "from");
    String to = Query.date(ctx, "to");
    Query.checkRange(from, to);
    return new EventFilter(
        Query.text(ctx, "actor"),
        Query.type(ctx),
        from,
        to,
        Query.text(ctx, "article"),
        Query.text(ctx, "cluster"));
  }

  private void events(Context ctx) {
    list(ctx, store().events(filter(ctx), Query.limit(ctx), Query.offset(ctx)), "events");
  }

  private void cluster(Context ctx) {
    String id = ctx.pathParam("id");
    EventFilter f = new EventFilter(null, null, null, null, null, id);
    List<EventRecord> mentions = store().events(f);
    if (mentions.isEmpty()) {
      // an event id opens the cluster it belongs to
      String cluster =
          store()
              .clusterOfEvent(id)
              .orElseThrow(
                  () -> new ApiError(HttpStatus.NOT_FOUND, "no event cluster '" + id + "'"));
      f = new EventFilter(null, null, null, null, null, cluster);
      mentions = store().events(f);
    }
    ClusterRecord c = store().clusters(f).get(0);
    json(ctx, ClusterDetail.of(store(), c, mentions));
  }

  private void quotes(Context ctx) {
    list(
        ctx,
        store()
            .quotes(
                Query.text(ctx, "speaker"),
                Query.text(ctx, "article"),
                Query.limit(ctx),
                Query.offset(ctx)),
        "quotes");
  }

  /** One lane per actor asked (actor=A&actor=B): that actor's clusters in date order. */
  private void timeline(Context ctx) {
    List<String> asked = ctx.queryParams("actor").stream().filter(s -> !s.isBlank()).toList();
    if (asked.isEmpty()) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "timeline needs at least one actor=NAME_OR_ID");
    }
    if (asked.size() > 10) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "timeline takes at most 10 actors");
    }
    String from = Query.date(ctx, "from");
    String to = Query.date(ctx, "to");
    Query.checkRange(from, to);
    String type = Query.type(ctx);
    List<Map<String, Object>> lanes = new ArrayList<>();
    for (String a : asked) {
      Map<String, Object> lane = new LinkedHashMap<>();
      lane.put("actor", a);
      lane.put("name", store().actorName(a).orElse(null));
      lane.put("clusters", store().clusters(new EventFilter(a, type, from, to, null, null)));
      lanes.add(lane);
    }
    json(ctx, Map.of("lanes", lanes));
  }

  /** The contact network of the clusters the filter keeps; format=graphml downloads it. */
  private void network(Context ctx) {
    Network n = network(filter(ctx));
    String format = Query.text(ctx, "format");
    if ("graphml".equals(format)) {
      ctx.header("Content-Disposition", "attachment; filename=\"annals-network.graphml\"");
      ctx.contentType("application/graphml+xml; charset=utf-8").result(n.graphml());
    } else if (format == null || "json".equals(format)) {
      json(ctx, n.json());
    } else {
      throw new ApiError(
          HttpStatus.BAD_REQUEST, "format must be json or graphml, not '" + format + "'");
    }
  }

  private Network network(EventFilter f) {
    Map<String, StoredActor> actors = new LinkedHashMap<>();
    List<Map<String, Object>> clusters = Records.maps(store().clusters(f));
    for (Map<String, Object> c : clusters) {
      for (String side : List.of("source", "target")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> p = (Map<String, Object>) c.get(side);
        String id = p == null ? null : (String) p.get("actor");
        if (id != null && !actors.containsKey(id)) {
          store().actor(id).ifPresent(a -> actors.put(id, a));
        }
      }
    }
    return Network.of(clusters, actors);
  }

  /** Actors, articles and events matching one search, a few of each. */
  private void search(Context ctx) {
    String q = Query.text(ctx, "q");
    if (q == null) {
      throw new ApiError(HttpStatus.BAD_REQUEST, "search needs q=WORDS");
    }
    int n = Math.min(Query.limit(ctx), 50);
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("q", q);
    out.put("actors", store().actors(q, n, 0));
    out.put("articles", store().articles(q, null, n, 0));
    out.put("events", store().events(new EventFilter(q, null, null, null, null, null), n, 0));
    json(ctx, out);
  }

  /** A page as JSON, or its items as CSV or JSONL for format=csv|jsonl (a download). */
  private static void list(Context ctx, Page<?> page, String name) {
    String format = Query.text(ctx, "format");
    if (format == null || format.equals("json")) {
      json(ctx, page);
      return;
    }
    StringWriter w = new StringWriter();
    switch (format) {
      case "csv" -> {
        try {
          Csv.write(w, page.items());
        } catch (IOException e) {
          throw new ApiError(HttpStatus.INTERNAL_SERVER_ERROR, "cannot write CSV: " + e);
        }
        ctx.contentType("text/csv; charset=utf-8");
      }
      case "jsonl" -> {
        for (Object o : page.items()) {
          w.write(Records.json(o));
          w.write('\n');
        }
        ctx.contentType("application/x-ndjson; charset=utf-8");
      }
      default ->
          throw new ApiError(
              HttpStatus.BAD_REQUEST, "format must be json, csv or jsonl, not '" + format + "'");
    }
    ctx.header(
        "Content-Disposition", "attachment; filename=\"annals-" + name + "." + format + "\"");
    ctx.result(w.toString());
  }

  private static void json(Context ctx, Object o) {
    ctx.contentType("application/json; charset=utf-8").result(Json.write(o));
  }
}
