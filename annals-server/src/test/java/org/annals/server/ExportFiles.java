package org.annals.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.WebElement;

/** Reading what the page's export buttons give: CSV, JSONL and GraphML files, downloads. */
final class ExportFiles {
  private ExportFiles() {}

  /** One column of a CSV file with a header line. */
  static List<String> csvColumn(String csv, String column) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    try (com.fasterxml.jackson.databind.MappingIterator<java.util.Map<String, String>> it =
        new com.fasterxml.jackson.dataformat.csv.CsvMapper()
            .readerFor(java.util.Map.class)
            .with(com.fasterxml.jackson.dataformat.csv.CsvSchema.emptySchema().withHeader())
            .readValues(csv)) {
      it.forEachRemaining(m -> out.add(m.get(column)));
    }
    return out;
  }

  static List<String> jsonlField(String jsonl, String field) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (String line : jsonl.split("\n")) {
      if (!line.isBlank()) {
        out.add(new ObjectMapper().readTree(line).get(field).asText());
      }
    }
    return out;
  }

  /**
   * Clicks a button that saves a file into {@code downloads}; answers the file once it is whole.
   */
  static Path clickAndWaitForFile(Path downloads, WebElement button, String name) throws Exception {
    Path file = downloads.resolve(name);
    Files.deleteIfExists(file);
    button.click();
    long until = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < until) {
      if (Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload"))) {
        long size = Files.size(file);
        Thread.sleep(200);
        if (size > 0 && size == Files.size(file)) {
          return file;
        }
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no " + name + " in " + downloads + ": " + List.of(downloads.toFile().list()));
  }

  /** The node ids of a GraphML file: the actor attribute when it has one, else the node id. */
  static List<String> graphmlNodes(String xml) throws Exception {
    javax.xml.parsers.DocumentBuilderFactory f =
        javax.xml.parsers.DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    org.w3c.dom.Document d =
        f.newDocumentBuilder()
            .parse(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    String actorKey = null;
    org.w3c.dom.NodeList keys = d.getElementsByTagNameNS("*", "key");
    for (int i = 0; i < keys.getLength(); i++) {
      org.w3c.dom.Element k = (org.w3c.dom.Element) keys.item(i);
      if ("actor".equals(k.getAttribute("attr.name")) && "node".equals(k.getAttribute("for"))) {
        actorKey = k.getAttribute("id");
      }
    }
    List<String> out = new java.util.ArrayList<>();
    org.w3c.dom.NodeList nodes = d.getElementsByTagNameNS("*", "node");
    for (int i = 0; i < nodes.getLength(); i++) {
      org.w3c.dom.Element n = (org.w3c.dom.Element) nodes.item(i);
      String id = n.getAttribute("id");
      org.w3c.dom.NodeList data = n.getElementsByTagNameNS("*", "data");
      for (int j = 0; j < data.getLength(); j++) {
        org.w3c.dom.Element x = (org.w3c.dom.Element) data.item(j);
        if (x.getAttribute("key").equals(actorKey)) {
          id = x.getTextContent();
        }
      }
      out.add(id);
    }
    return out;
  }

  static int graphmlEdges(String xml) {
    return xml.split("<edge[ >]", -1).length - 1;
  }
}
