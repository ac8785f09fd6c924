package org.annals.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Draws a {@link Network} as SVG on a circle: actors round it, edges as arrows, green for
 * cooperation (quad class 1 and 2), red for conflict. Every name is escaped: it is someone else's
 * text.
 */
final class NetworkDrawing {
  private NetworkDrawing() {}

  static String svg(Network net) {
    int n = Math.max(1, net.nodes.size());
    double size = Math.max(480, 90 * Math.sqrt(n) * 2);
    double cx = size / 2;
    double cy = size / 2;
    double r = size / 2 - 120;
    Map<String, double[]> at = new LinkedHashMap<>();
    int i = 0;
    for (Network.Node node : net.nodes.values()) {
      double a = 2 * Math.PI * i++ / n - Math.PI / 2;
      at.put(node.id(), new double[] {cx + r * Math.cos(a), cy + r * Math.sin(a)});
    }
    StringBuilder b = new StringBuilder();
    b.append(
            String.format(
                Locale.ROOT,
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
    for (Network.Edge e : net.edges.values()) {
      double[] s = at.get(e.source());
      double[] t = at.get(e.target());
      b.append(
          String.format(
              Locale.ROOT,
              "  <line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\""
                  + " stroke-width=\"%.1f\" marker-end=\"url(#arrow)\"><title>%s → %s: %s ×%d"
                  + " %s</title></line>\n",
              s[0],
              s[1],
              t[0],
              t[1],
              e.quadClass() <= 2 ? "#2e7d32" : "#c62828",
              1 + 1.5 * Math.log(e.count()) / Math.log(2),
              Output.xml(net.nodes.get(e.source()).name()),
              Output.xml(net.nodes.get(e.target()).name()),
              Output.xml(e.type()),
              e.count(),
              Output.xml(String.join(" ", e.dates()))));
    }
    for (Network.Node node : net.nodes.values()) {
      double[] p = at.get(node.id());
      b.append(
          String.format(
              Locale.ROOT,
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
