package org.annals.server;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.annals.store.StoredActor;
import org.annals.store.StoredArticle;
import org.annals.store.read.EventRecord;
import org.annals.store.read.Framings;
import org.annals.store.read.QuoteRecord;

/**
 * The OpenAPI 3.0 description of the API, at {@code /openapi.json}. Schemas are derived from the
 * read model's records by reflection, so they follow the records: a new field appears here as it
 * appears in the answers.
 */
final class OpenApi {
  private static final String LIST = "list";
  private static volatile Map<String, Object> document;

  private OpenApi() {}

  /** A documented route: path, summary, parameters, and the record it answers (or a page of). */
  record Route(String path, String summary, List<Param> params, Class<?> answer, String shape) {}

  /** A query or path parameter. */
  record Param(String name, String in, String description, String type) {}

  private static Param q(String name, String description) {
    return new Param(name, "query", description, "string");
  }

  private static Param path(String name, String description) {
    return new Param(name, "path", description, "string");
  }

  private static final Param LIMIT =
      new Param("limit", "query", "records per page (default 50, at most 1000)", "integer");
  private static final Param OFFSET =
      new Param("offset", "query", "records to skip (default 0)", "integer");
  private static final Param FORMAT =
      q("format", "json (default: a page), or csv / jsonl: the page's records as a download");
  private static final Param FROM = q("from", "first date, YYYY-MM-DD, inclusive");
  private static final Param TO = q("to", "last date, YYYY-MM-DD, inclusive");
  private static final Param TYPE = q("type", "CAMEO code or prefix (04, 041) or PLOVER type");
  private static final Param ACTOR = q("actor", "actor id, or words of its name or an alias");

  /** Every route of the API, in the order documented. */
  static final List<Route> ROUTES =
      List.of(
          new Route(
              "/api/articles",
              "Articles, newest first",
              List.of(
                  q("q", "words of the title or source, or an id"),
                  q("status", "ok or failed"),
                  LIMIT,
                  OFFSET,
                  FORMAT),
              StoredArticle.class,
              LIST),
          new Route(
              "/api/articles/{id}",
              "One article: clean text, removed spans, and its events, quotes and actor mentions"
                  + " with offsets into the clean text (marks)",
              List.of(path("id", "article id")),
              ArticleDetail.class,
              null),
          new Route(
              "/api/actors",
              "Actors, most mentioned first",
              List.of(q("q", "words of a name or alias, or an id"), LIMIT, OFFSET, FORMAT),
              StoredActor.class,
              LIST),
          new Route(
              "/api/actors/{id}",
              "One actor: names, dated roles, articles",
              List.of(path("id", "actor id")),
              StoredActor.class,
              null),
          new Route(
              "/api/actors/{id}/framing",
              "The framing lens: per outlet, the names and labels it gives the actor, with their"
                  + " lexicon terms and an example sentence each",
              List.of(
                  path("id", "actor id"),
                  FROM,
                  TO,
                  q(
                      "top",
                      "names and labels per outlet, most used first (default 10, at most 1000)")),
              Framings.ActorFraming.class,
              null),
          new Route(
              "/api/events",
              "Event mentions in date order (undated last)",
              List.of(
                  ACTOR,
                  TYPE,
                  FROM,
                  TO,
                  q("article", "article id"),
                  q("cluster", "cluster id"),
                  LIMIT,
                  OFFSET,
                  FORMAT),
              EventRecord.class,
              LIST),
          new Route(
              "/api/clusters/{id}",
              "One real-world event: its summary and every report side by side",
              List.of(path("id", "cluster id, or the id of one of its event mentions")),
              ClusterDetail.class,
              null),
          new Route(
              "/api/clusters/{id}/framing",
              "Each report of one event: its outlet, the word it chose, its words for the actors",
              List.of(path("id", "cluster id, or the id of one of its event mentions")),
              Framings.EventFraming.class,
              null),
          new Route(
              "/api/quotes",
              "Attributed quotes in article and text order",
              List.of(
                  q("speaker", "speaker's actor id, or words of its name"),
                  q("article", "article id"),
                  LIMIT,
                  OFFSET,
                  FORMAT),
              QuoteRecord.class,
              LIST),
          new Route(
              "/api/timeline",
              "One lane per actor (repeat actor=): its events, one per cluster, in date order",
              List.of(ACTOR, TYPE, FROM, TO),
              null,
              "timeline"),
          new Route(
              "/api/network",
              "Actor-to-actor contact network of the events kept; format=graphml downloads it",
              List.of(ACTOR, TYPE, FROM, TO, q("format", "json (default) or graphml")),
              null,
              "network"),
          new Route(
              "/api/search",
              "A few actors, articles and events matching some words",
              List.of(q("q", "words"), LIMIT),
              null,
              "search"),
          new Route(
              "/api/plover-types",
              "The PLOVER types of the CAMEO code table, in the order of their first CAMEO code:"
                  + " {types: [...]}, what the type filters offer",
              List.of(),
              null,
              "plover-types"));

  static Map<String, Object> document() {
    if (document == null) {
      document = build();
    }
    return document;
  }

  private static Map<String, Object> build() {
    Map<String, Object> schemas = new LinkedHashMap<>();
    Map<String, Object> paths = new LinkedHashMap<>();
    for (Route r : ROUTES) {
      Map<String, Object> op = new LinkedHashMap<>();
      op.put("summary", r.summary());
      op.put("operationId", operationId(r.path()));
      List<Map<String, Object>> params =
          r.params().stream()
              .map(
                  p -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", p.name());
                    m.put("in", p.in());
                    m.put("required", p.in().equals("path"));
                    m.put("description", p.description());
                    m.put("schema", Map.of("type", p.type()));
                    return m;
                  })
              .toList();
      op.put("parameters", params);
      Map<String, Object> ok = new LinkedHashMap<>();
      ok.put("description", "the answer");
      ok.put("content", Map.of("application/json", Map.of("schema", answer(r, schemas))));
      Map<String, Object> responses = new LinkedHashMap<>();
      responses.put("200", ok);
      responses.put("400", error("a parameter is wrong"));
      responses.put("404", error("no such record"));
      op.put("responses", responses);
      paths.put(r.path(), Map.of("get", op));
    }
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("type", "object");
    error.put("required", List.of("status", "error"));
    error.put(
        "properties",
        Map.of("status", Map.of("type", "integer"), "error", Map.of("type", "string")));
    schemas.put("Error", error);
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.0.3");
    doc.put(
        "info",
        Map.of(
            "title",
            "Annals",
            "version",
            "0.1.0",
            "description",
            "Read-only API of an Annals store: articles, actors, events, quotes, timelines and"
                + " networks. Offsets are into the raw input unless said otherwise."));
    doc.put("paths", paths);
    doc.put("components", Map.of("schemas", schemas));
    return doc;
  }

  private static String operationId(String path) {
    StringBuilder b = new StringBuilder("get");
    for (String part : path.replace("/api/", "").split("[/-]")) {
      String p = part.replace("{", "").replace("}", "");
      if (!p.isEmpty()) {
        b.append(Character.toUpperCase(p.charAt(0))).append(p.substring(1));
      }
    }
    return b.toString();
  }

  private static Map<String, Object> error(String description) {
    return Map.of(
        "description",
        description,
        "content",
        Map.of("application/json", Map.of("schema", ref("Error"))));
  }

  private static Map<String, Object> answer(Route r, Map<String, Object> schemas) {
    if (r.answer() != null && LIST.equals(r.shape())) {
      Map<String, Object> page = new LinkedHashMap<>();
      page.put("type", "object");
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("items", Map.of("type", "array", "items", schema(r.answer(), schemas)));
      props.put("total", Map.of("type", "integer"));
      props.put("limit", Map.of("type", "integer"));
      props.put("offset", Map.of("type", "integer"));
      page.put("properties", props);
      return page;
    }
    if (r.answer() != null) {
      return schema(r.answer(), schemas);
    }
    if ("plover-types".equals(r.shape())) {
      Map<String, Object> types =
          Map.of("type", "array", "items", Map.of("type", "string", "enum", PloverTypes.all()));
      return Map.of("type", "object", "properties", Map.of("types", types));
    }
    return Map.of("type", "object", "description", "see the summary: " + r.shape());
  }

  /** A $ref to the schema of a record, adding it (and the records it holds) to {@code schemas}. */
  private static Map<String, Object> schema(Class<?> type, Map<String, Object> schemas) {
    String name = type.getSimpleName();
    if (!schemas.containsKey(name)) {
      schemas.put(name, Map.of());
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("type", "object");
      Map<String, Object> props = new LinkedHashMap<>();
      boolean snake = type.isAnnotationPresent(JsonNaming.class);
      for (RecordComponent c : type.getRecordComponents()) {
        if (c.getAccessor()
            .isAnnotationPresent(com.fasterxml.jackson.annotation.JsonIgnore.class)) {
          continue;
        }
        String field =
            snake
                ? new PropertyNamingStrategies.SnakeCaseStrategy().translate(c.getName())
                : c.getName();
        props.put(field, of(c.getGenericType(), schemas));
      }
      s.put("properties", props);
      schemas.put(name, s);
    }
    return ref(name);
  }

  private static Map<String, Object> of(Type t, Map<String, Object> schemas) {
    if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return Map.of("type", "array", "items", of(p.getActualTypeArguments()[0], schemas));
    }
    if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
      // JSON object keys are strings: the schema is that of its values
      return Map.of(
          "type", "object", "additionalProperties", of(p.getActualTypeArguments()[1], schemas));
    }
    if (t instanceof Class<?> c) {
      if (c == String.class) {
        return Map.of("type", "string", "nullable", true);
      }
      if (c == int.class || c == long.class) {
        return Map.of("type", "integer");
      }
      if (c == Integer.class || c == Long.class) {
        return Map.of("type", "integer", "nullable", true);
      }
      if (c == double.class || c == Double.class) {
        return Map.of("type", "number");
      }
      if (c == boolean.class) {
        return Map.of("type", "boolean");
      }
      if (c.isRecord()) {
        Map<String, Object> nullable = new LinkedHashMap<>();
        nullable.put("nullable", true);
        nullable.put("allOf", List.of(schema(c, schemas)));
        return nullable;
      }
    }
    return Map.of("type", "object");
  }

  private static Map<String, Object> ref(String name) {
    return Map.of("$ref", "#/components/schemas/" + name);
  }
}
