package org.annals.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.annals.store.StoredActor;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class NetworkTest {
  /** Names and words a hostile article could give an actor or event type. */
  static final String EVIL = "<script>alert(\"x\")</script> & Sons --> 'q' \\";

  static final String EVIL_TYPE = "CONSULT\"]; evil -> x [label=\"";

  @Test
  void hostileNamesComeOutEscapedInGraphmlGexfAndSvg() throws Exception {
    Network n = hostile();
    for (String xml : List.of(n.graphml(), n.gexf(), n.svg())) {
      assertThat(xml).doesNotContain("<script>").doesNotContain("-->");
      Document d = parse(xml);
      assertThat(d.getDocumentElement().getTextContent() + attributes(d)).contains(EVIL);
    }
  }

  @Test
  void graphmlAndGexfPassTheirSchemasWithHostileNames() throws Exception {
    Network n = hostile();
    validate(n.graphml(), "/graphml.xsd");
    validate(n.gexf(), "/gexf.xsd");
  }

  @Test
  void graphmlKeepsOurKeysIdsAndDataPerNodeAndEdge() throws Exception {
    Document d = parse(hostile().graphml());
    Map<String, String> keyNames = new HashMap<>();
    NodeList keys = d.getElementsByTagName("key");
    for (int i = 0; i < keys.getLength(); i++) {
      Element k = (Element) keys.item(i);
      keyNames.put(k.getAttribute("id"), k.getAttribute("attr.name"));
    }
    assertThat(keyNames.values())
        .containsExactlyInAnyOrder(
            "actor",
            "name",
            "kind",
            "country",
            "sector",
            "type",
            "quad_class",
            "count",
            "first",
            "last",
            "dates");
    Element node = (Element) d.getElementsByTagName("node").item(0);
    assertThat(node.getAttribute("id")).isEqualTo("n0");
    assertThat(data(node, keyNames))
        .containsEntry("actor", "a:evil")
        .containsEntry("name", EVIL)
        .containsEntry("kind", "person")
        .containsEntry("country", "GHA");
    Element edge = (Element) d.getElementsByTagName("edge").item(0);
    assertThat(edge.getAttribute("id")).isEqualTo("e0");
    assertThat(edge.getAttribute("source")).isEqualTo("n0");
    assertThat(edge.getAttribute("target")).isEqualTo("n1");
    assertThat(data(edge, keyNames))
        .containsEntry("type", EVIL_TYPE)
        .containsEntry("quad_class", "1")
        .containsEntry("count", "2")
        .containsEntry("first", "2031-04-01")
        .containsEntry("last", "2031-04-03")
        .containsEntry("dates", "2031-04-01 2031-04-03");
  }

  @Test
  void gexfHasActorIdsNamesAsLabelsAndCountsAsWeights() throws Exception {
    Document d = parse(hostile().gexf());
    Element node = (Element) d.getElementsByTagName("node").item(0);
    assertThat(node.getAttribute("id")).isEqualTo("a:evil");
    assertThat(node.getAttribute("label")).isEqualTo(EVIL);
    Element edge = (Element) d.getElementsByTagName("edge").item(0);
    assertThat(edge.getAttribute("source")).isEqualTo("a:evil");
    assertThat(edge.getAttribute("label")).isEqualTo(EVIL_TYPE);
    assertThat(Double.parseDouble(edge.getAttribute("weight"))).isEqualTo(2.0);
  }

  @Test
  void dotQuotesHostileNamesSoTheyStayInsideTheirLabel() {
    String dot = hostile().dot();
    assertThat(dot).startsWith("digraph annals {");
    assertThat(dot)
        .contains("label=\"<script>alert(\\\"x\\\")</script> & Sons --> 'q' \\\\ (GHA)\"")
        .contains("label=\"CONSULT\\\"]; evil -> x [label=\\\" ×2\"");
    // once every quoted string is taken out only the syntax is left: no name opened a statement
    String outside = dot.replaceAll("\"(\\\\\\\\|\\\\\"|[^\"\\\\])*\"", "Q");
    assertThat(outside)
        .isEqualTo(
            "digraph annals {\n"
                + "  Q [ label=Q shape=Q ];\n"
                + "  Q [ label=Q shape=Q ];\n"
                + "  Q -> Q [ label=Q color=Q ];\n"
                + "}\n");
  }

  @Test
  void controlCharactersXmlCannotHoldAreDropped() throws Exception {
    Network n =
        Network.of(
            List.of(cluster("c1", "2031-04-01", "CONSULT")),
            Map.of("a:evil", actor("a:evil", "bell\u0007 name\uFFFF"), "b:ok", actor("b:ok", "B")));
    validate(n.graphml(), "/graphml.xsd");
    validate(n.gexf(), "/gexf.xsd");
    assertThat(n.graphml()).contains("bell name");
  }

  private static Network hostile() {
    Map<String, StoredActor> actors = new LinkedHashMap<>();
    actors.put("a:evil", actor("a:evil", EVIL));
    actors.put("b:ok", actor("b:ok", "Ama Dossou"));
    return Network.of(
        List.of(cluster("c1", "2031-04-03", EVIL_TYPE), cluster("c2", "2031-04-01", EVIL_TYPE)),
        actors);
  }

  private static StoredActor actor(String id, String name) {
    return new StoredActor(
        id, name, "person", "GHA", List.of("GOV"), List.of(name), List.of(), 1, true, List.of());
  }

  private static Map<String, Object> cluster(String id, String date, String type) {
    Map<String, Object> c = new HashMap<>();
    c.put("cluster", id);
    c.put("date", date);
    c.put("cameo", "040");
    c.put("quad_class", 1);
    c.put("plover", Map.of("type", type));
    c.put("source", Map.of("actor", "a:evil", "name", "x"));
    c.put("target", Map.of("actor", "b:ok", "name", "y"));
    return c;
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static void validate(String xml, String xsd) throws Exception {
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(NetworkTest.class.getResource(xsd))
        .newValidator()
        .validate(new StreamSource(new StringReader(xml)));
  }

  private static String attributes(Document d) {
    List<String> out = new ArrayList<>();
    NodeList all = d.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      var as = all.item(i).getAttributes();
      for (int j = 0; j < as.getLength(); j++) {
        out.add(as.item(j).getNodeValue());
      }
    }
    return String.join("\n", out);
  }

  private static Map<String, String> data(Element e, Map<String, String> keyNames) {
    Map<String, String> out = new HashMap<>();
    NodeList ds = e.getElementsByTagName("data");
    for (int i = 0; i < ds.getLength(); i++) {
      Element x = (Element) ds.item(i);
      out.put(keyNames.get(x.getAttribute("key")), x.getTextContent());
    }
    return out;
  }
}
