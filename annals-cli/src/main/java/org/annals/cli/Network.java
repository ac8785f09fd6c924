package org.annals.cli;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.annals.store.StoredActor;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.GraphExporter;
import org.jgrapht.nio.dot.DOTExporter;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.graphml.GraphMLExporter;

/**
 * The actor-to-actor contact network of a set of clusters: actors as nodes (kind, country, sector),
 * one edge per source, target and event type with its count of distinct events and their dates.
 * Written as GraphML, GEXF and DOT by jgrapht-io's exporters (which escape what they write), as
 * JSON, or drawn as SVG by {@link NetworkDrawing}. Not thread-safe while being built by {@link
 * #of}; its writers only read it.
 */
public final class Network {
  record Node(String id, String name, String kind, String country, String sector) {}

  record Edge(
      String source,
      String target,
      String type,
      int quadClass,
      int count,
      TreeSet<String> dates,
      List<String> clusters) {
    String first() {
      return dates.isEmpty() ? null : dates.first();
    }

    String last() {
      return dates.isEmpty() ? null : dates.last();
    }
  }

  /** Characters XML 1.0 cannot carry even escaped (controls, lone surrogates, U+FFFE/F). */
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

  final Map<String, Node> nodes = new LinkedHashMap<>();
  final Map<String, Edge> edges = new LinkedHashMap<>();

  @SuppressWarnings("unchecked")
  public static Network of(List<Map<String, Object>> clusters, Map<String, StoredActor> actors) {
    Network n = new Network();
    for (Map<String, Object> c : clusters) {
      Map<String, Object> s = (Map<String, Object>) c.get("source");
      Map<String, Object> t = (Map<String, Object>) c.get("target");
      if (s == null || t == null || s.get("actor") == null || t.get("actor") == null) {
        continue;
      }
      String sid = (String) s.get("actor");
      String tid = (String) t.get("actor");
      n.node(sid, s, actors);
      n.node(tid, t, actors);
      Map<String, Object> p = (Map<String, Object>) c.get("plover");
      String type = p != null ? (String) p.get("type") : "CAMEO " + c.get("cameo");
      String key = sid + "\t" + tid + "\t" + type;
      Edge old = n.edges.get(key);
      TreeSet<String> dates = old == null ? new TreeSet<>() : old.dates();
      if (c.get("date") != null) {
        dates.add((String) c.get("date"));
      }
      List<String> ids = old == null ? new ArrayList<>() : old.clusters();
      ids.add((String) c.get("cluster"));
      n.edges.put(
          key,
          new Edge(
              sid,
              tid,
              type,
              ((Number) c.get("quad_class")).intValue(),
              old == null ? 1 : old.count() + 1,
              dates,
              ids));
    }
    return n;
  }

  private void node(String id, Map<String, Object> party, Map<String, StoredActor> actors) {
    if (nodes.containsKey(id)) {
      return;
    }
    StoredActor a = actors.get(id);
    String name = a != null ? a.name() : String.valueOf(party.get("name"));
    String kind = a != null ? a.kind() : null;
    String country = a != null ? a.country() : (String) party.get("country");
    String sector =
        a != null && !a.sectors().isEmpty() ? a.sectors().get(0) : (String) party.get("sector");
    nodes.put(id, new Node(id, name, kind, country, sector));
  }

  /**
   * The network as a jgrapht multigraph (several event types may join one pair), edge weight =
   * count.
   */
  private Graph<Node, Edge> graph() {
    Graph<Node, Edge> g = new DirectedWeightedPseudograph<>(null, null);
    nodes.values().forEach(g::addVertex);
    for (Edge e : edges.values()) {
      g.addEdge(nodes.get(e.source()), nodes.get(e.target()), e);
      g.setEdgeWeight(e, e.count());
    }
    return g;
  }

  /**
   * GraphML with keys named as our fields; node ids are {@code n0, n1 …} (GraphML ids are NMTOKENs,
   * no spaces), the actor id is the {@code actor} data.
   */
  public String graphml() {
    Map<Node, String> ids = numbered(nodes.values(), "n");
    GraphMLExporter<Node, Edge> x = new GraphMLExporter<>(ids::get);
    x.setEdgeIdProvider(numbered(edges.values(), "e")::get);
    for (String k : List.of("actor", "name", "kind", "country", "sector")) {
      x.registerAttribute(k, GraphMLExporter.AttributeCategory.NODE, AttributeType.STRING);
    }
    x.registerAttribute("type", GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    x.registerAttribute("quad_class", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    x.registerAttribute("count", GraphMLExporter.AttributeCategory.EDGE, AttributeType.INT);
    for (String k : List.of("first", "last", "dates")) {
      x.registerAttribute(k, GraphMLExporter.AttributeCategory.EDGE, AttributeType.STRING);
    }
    x.setVertexAttributeProvider(
        n ->
            attrs(
                "actor",
                n.id(),
                "name",
                n.name(),
                "kind",
                n.kind(),
                "country",
                n.country(),
                "sector",
                n.sector()));
    x.setEdgeAttributeProvider(
        e ->
            attrs(
                "type",
                e.type(),
                "quad_class",
                e.quadClass(),
                "count",
                e.count(),
                "first",
                e.first(),
                "last",
                e.last(),
                "dates",
                String.join(" ", e.dates())));
    return write(x);
  }

  /**
   * GEXF 1.2 (what jgrapht-io writes; Gephi reads it): node ids are actor ids and labels their
   * names, an edge's label is its event type and its weight the count. The event type attribute is
   * {@code event_type}: GEXF (and Gephi's edge table) already has a {@code type}, the direction.
   */
  public String gexf() {
    GEXFExporter<Node, Edge> x =
        new GEXFExporter<>(n -> text(n.id()), numbered(edges.values(), "e")::get);
    x.setCreator("Annals");
    x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    x.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_LABELS, true);
    for (String k : List.of("kind", "country", "sector")) {
      x.registerAttribute(k, GEXFExporter.AttributeCategory.NODE, GEXFAttributeType.STRING);
    }
    x.registerAttribute(
        "event_type", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    x.registerAttribute(
        "quad_class", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.INTEGER);
    x.registerAttribute("dates", GEXFExporter.AttributeCategory.EDGE, GEXFAttributeType.STRING);
    x.setVertexAttributeProvider(
        n ->
            attrs(
                "label", n.name(), "kind", n.kind(), "country", n.country(), "sector", n.sector()));
    x.setEdgeAttributeProvider(
        e ->
            attrs(
                "label",
                e.type(),
                "event_type",
                e.type(),
                "quad_class",
                e.quadClass(),
                "dates",
                String.join(" ", e.dates())));
    return write(x);
  }

  /** Graphviz DOT: actor ids as quoted node ids, boxes labelled with name and country. */
  public String dot() {
    DOTExporter<Node, Edge> x =
        new DOTExporter<>(n -> '"' + dotText(n.id()).replace("\"", "\\\"") + '"');
    x.setGraphIdProvider(() -> "annals");
    x.setVertexAttributeProvider(
        n ->
            attrs(
                "label",
                dotText(n.name() + (n.country() == null ? "" : " (" + n.country() + ")")),
                "shape",
                "box"));
    x.setEdgeAttributeProvider(
        e ->
            attrs(
                "label",
                dotText(e.type() + " ×" + e.count()),
                "color",
                e.quadClass() <= 2 ? "darkgreen" : "firebrick"));
    return write(x);
  }

  public Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("nodes", new ArrayList<>(nodes.values()));
    List<Map<String, Object>> es = new ArrayList<>();
    for (Edge e : edges.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("source", e.source());
      m.put("target", e.target());
      m.put("type", e.type());
      m.put("quad_class", e.quadClass());
      m.put("count", e.count());
      m.put("dates", new ArrayList<>(e.dates()));
      m.put("clusters", e.clusters());
      es.add(m);
    }
    out.put("edges", es);
    return out;
  }

  /** A circle layout: actors round a circle, edges as arrows, green cooperation, red conflict. */
  public String svg() {
    return NetworkDrawing.svg(this);
  }

  private String write(GraphExporter<Node, Edge> exporter) {
    StringWriter w = new StringWriter();
    exporter.exportGraph(graph(), w);
    return w.toString();
  }

  private static <T> Map<T, String> numbered(Collection<T> items, String prefix) {
    Map<T, String> ids = new HashMap<>();
    for (T t : items) {
      ids.put(t, prefix + ids.size());
    }
    return ids;
  }

  /**
   * Attributes from name/value pairs, nulls left out (no value, no element); text made safe for XML
   * (the exporters escape markup, but XML cannot hold some characters at all).
   */
  private static Map<String, Attribute> attrs(Object... pairs) {
    Map<String, Attribute> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      Object v = pairs[i + 1];
      if (v instanceof Integer n) {
        m.put((String) pairs[i], DefaultAttribute.createAttribute(n));
      } else if (v != null) {
        m.put((String) pairs[i], DefaultAttribute.createAttribute(text((String) v)));
      }
    }
    return m;
  }

  private static String text(String s) {
    return NOT_XML.matcher(s).replaceAll("");
  }

  /**
   * Text for a DOT quoted string: backslashes doubled, line breaks as spaces. DOTExporter escapes
   * the double quotes of attribute values (not of ids: {@link #dot} does) but not the backslash, so
   * a name ending in one would eat the closing quote.
   */
  private static String dotText(String s) {
    return s.replace("\\", "\\\\").replaceAll("[\\r\\n]+", " ");
  }
}
