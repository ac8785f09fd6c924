package org.annals.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.annals.store.StoredActor;

/**
 * The actor-to-actor contact network of a set of clusters: actors as nodes (kind, country, sector),
 * one edge per source, target and event type with its count of distinct events and their dates.
 * Written as GraphML, GEXF, DOT, JSON or an SVG drawing.
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
      List<String> clusters) {}

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

  public String graphml() {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"")
        .append(" xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns")
        .append(" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    String[][] keys = {
      {"actor", "node", "string"},
      {"name", "node", "string"},
      {"kind", "node", "string"},
      {"country", "node", "string"},
      {"sector", "node", "string"},
      {"type", "edge", "string"},
      {"quad_class", "edge", "int"},
      {"count", "edge", "int"},
      {"first", "edge", "string"},
      {"last", "edge", "string"},
      {"dates", "edge", "string"}
    };
    for (String[] k : keys) {
      b.append("  <key id=\"")
          .append(k[0])
          .append("\" for=\"")
          .append(k[1])
          .append("\" attr.name=\"")
          .append(k[0])
          .append("\" attr.type=\"")
          .append(k[2])
          .append("\"/>\n");
    }
    b.append("  <graph id=\"annals\" edgedefault=\"directed\">\n");
    Map<String, String> ids = new LinkedHashMap<>(); // GraphML ids are NMTOKENs: no spaces
    for (Node n : nodes.values()) {
      ids.put(n.id(), "n" + ids.size());
      b.append("    <node id=\"").append(ids.get(n.id())).append("\">\n");
      data(b, "actor", n.id());
      data(b, "name", n.name());
      data(b, "kind", n.kind());
      data(b, "country", n.country());
      data(b, "sector", n.sector());
      b.append("    </node>\n");
    }
    int i = 0;
    for (Edge e : edges.values()) {
      b.append("    <edge id=\"e")
          .append(i++)
          .append("\" source=\"")
          .append(ids.get(e.source()))
          .append("\" target=\"")
          .append(ids.get(e.target()))
          .append("\">\n");
      data(b, "type", e.type());
      data(b, "quad_class", String.valueOf(e.quadClass()));
      data(b, "count", String.valueOf(e.count()));
      data(b, "first", e.dates().isEmpty() ? null : e.dates().first());
      data(b, "last", e.dates().isEmpty() ? null : e.dates().last());
      data(b, "dates", String.join(" ", e.dates()));
      b.append("    </edge>\n");
    }
    return b.append("  </graph>\n</graphml>\n").toString();
  }

  private static void data(StringBuilder b, String key, String value) {
    if (value != null) {
      b.append("      <data key=\"")
          .append(key)
          .append("\">")
          .append(Output.xml(value))
          .append("</data>\n");
    }
  }

  public String gexf() {
    StringBuilder b = new StringBuilder();
    b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n")
        .append("  <graph defaultedgetype=\"directed\" mode=\"static\">\n")
        .append("    <attributes class=\"node\">\n")
        .append("      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n")
        .append("      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n")
        .append("      <attribute id=\"sector\" title=\"sector\" type=\"string\"/>\n")
        .append("    </attributes>\n")
        .append("    <attributes class=\"edge\">\n")
        .append("      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n")
        .append("      <attribute id=\"quad_class\" title=\"quad_class\" type=\"integer\"/>\n")
        .append("      <attribute id=\"dates\" title=\"dates\" type=\"string\"/>\n")
        .append("    </attributes>\n")
        .append("    <nodes>\n");
    for (Node n : nodes.values()) {
      b.append("      <node id=\"")
          .append(Output.xml(n.id()))
          .append("\" label=\"")
          .append(Output.xml(n.name()))
          .append("\">\n        <attvalues>\n");
      att(b, "kind", n.kind());
      att(b, "country", n.country());
      att(b, "sector", n.sector());
      b.append("        </attvalues>\n      </node>\n");
    }
    b.append("    </nodes>\n    <edges>\n");
    int i = 0;
    for (Edge e : edges.values()) {
      b.append("      <edge id=\"e")
          .append(i++)
          .append("\" source=\"")
          .append(Output.xml(e.source()))
          .append("\" target=\"")
          .append(Output.xml(e.target()))
          .append("\" weight=\"")
          .append(e.count())
          .append("\" label=\"")
          .append(Output.xml(e.type()))
          .append("\">\n        <attvalues>\n");
      att(b, "type", e.type());
      att(b, "quad_class", String.valueOf(e.quadClass()));
      att(b, "dates", String.join(" ", e.dates()));
      b.append("        </attvalues>\n      </edge>\n");
    }
    return b.append("    </edges>\n  </graph>\n</gexf>\n").toString();
  }

  private static void att(StringBuilder b, String key, String value) {
    if (value != null) {
      b.append("          <attvalue for=\"")
          .append(key)
          .append("\" value=\"")
          .append(Output.xml(value))
          .append("\"/>\n");
    }
  }

  public String dot() {
    StringBuilder b = new StringBuilder("digraph annals {\n  node [shape=box];\n");
    for (Node n : nodes.values()) {
      b.append("  \"")
          .append(dotEsc(n.id()))
          .append("\" [label=\"")
          .append(dotEsc(n.name()))
          .append(n.country() == null ? "" : " (" + n.country() + ")")
          .append("\"];\n");
    }
    for (Edge e : edges.values()) {
      b.append("  \"")
          .append(dotEsc(e.source()))
          .append("\" -> \"")
          .append(dotEsc(e.target()))
          .append("\" [label=\"")
          .append(dotEsc(e.type()))
          .append(" ×")
          .append(e.count())
          .append("\", color=\"")
          .append(e.quadClass() <= 2 ? "darkgreen" : "firebrick")
          .append("\"];\n");
    }
    return b.append("}\n").toString();
  }

  private static String dotEsc(String s) {
    return s == null ? "" : s.replace("\\", "\\\\").replace("\"", "\\\"");
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
    int n = Math.max(1, nodes.size());
    double size = Math.max(480, 90 * Math.sqrt(n) * 2);
    double cx = size / 2;
    double cy = size / 2;
    double r = size / 2 - 120;
    Map<String, double[]> at = new LinkedHashMap<>();
    int i = 0;
    for (Node node : nodes.values()) {
      double a = 2 * Math.PI * i++ / n - Math.PI / 2;
      at.put(node.id(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)});
    }
    StringBuilder b = new StringBuilder();
    b.append(
            String.format(
                java.util.Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" height=\"%.0f\""
                    + " viewBox=\"0 0 %.0f %.0f\" font-family=\"sans-serif\" font-size=\"12\">\n",
                size,
                size,
                size,
                size))
        .append("  <defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"18\" refY=\"5\"")
        .append(" markerWidth=\"6\" markerHeight=\"6\" orient=\"auto-start-reverse\">")
        .append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n")
        .append("  <rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    for (Edge e : edges.values()) {
      double[] s = at.get(e.source());
      double[] t = at.get(e.target());
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"%.1f\" marker-end=\"url(#arrow)\"><title>%s → %s: %s ×%d"
                  + " %s</title></line>\n",
              s[0],
              s[1],
              t[0],
              t[1],
              e.quadClass() <= 2 ? "#2e7d32" : "#c62828",
              1 + 1.5 * Math.log(e.count()) / Math.log(2),
              Output.xml(nodes.get(e.source()).name()),
              Output.xml(nodes.get(e.target()).name()),
              Output.xml(e.type()),
              e.count(),
              String.join(" ", e.dates())));
    }
    for (Node node : nodes.values()) {
      double[] p = at.get(node.id());
      b.append(
          String.format(
              java.util.Locale.ROOT,
              "  <circle cx=\"%.1f\" cy=\"%.1f\" r=\"9\" fill=\"%s\" stroke=\"#333\"/>\n"
                  + "  <text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text>\n",
              p[0],
              p[1],
              "person".equals(node.kind()) ? "#90caf9" : "#ffe082",
              p[0],
              p[1] - 14,
              Output.xml(
                  node.name() + (node.country() == null ? "" : " (" + node.country() + ")"))));
    }
    return b.append("</svg>\n").toString();
  }
}
