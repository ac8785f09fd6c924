package org.annals.kb;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of one Wikidata entity the importer reads: id, English label and aliases, and the
 * statements of a few properties. Everything else of the entity (other languages, sitelinks, the
 * statements of other properties) is skipped by the streaming parser without building a tree, which
 * is where most of a real entity's bytes are.
 *
 * @param label the English label, or null
 * @param claims the statements of each wanted property present, as Wikidata's JSON arrays
 */
record WikidataEntity(
    String id, String type, String label, List<String> aliases, Map<String, JsonNode> claims) {
  static final Set<String> PROPERTIES = Set.of("P31", "P279", "P27", "P17", "P39", "P298", "P1001");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonFactory FACTORY = JSON.getFactory();

  /** Parses one entity of UTF-8 JSON; throws on malformed JSON. */
  static WikidataEntity parse(byte[] utf8, int offset, int length) throws IOException {
    try (JsonParser p = FACTORY.createParser(utf8, offset, length)) {
      p.setCodec(JSON);
      expect(p.nextToken(), JsonToken.START_OBJECT, p);
      String id = null;
      String type = null;
      String label = null;
      List<String> aliases = List.of();
      Map<String, JsonNode> claims = new HashMap<>();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        switch (field) {
          case "id" -> id = p.getText();
          case "type" -> type = p.getText();
          case "labels" -> label = textOf(english(p, value));
          case "aliases" -> aliases = textsOf(english(p, value));
          case "claims" -> readClaims(p, value, claims);
          default -> p.skipChildren();
        }
      }
      if (id == null) {
        throw new IOException("entity without \"id\"");
      }
      if (p.nextToken() != null) {
        throw new IOException("text after the entity");
      }
      return new WikidataEntity(id, type, label, aliases, claims);
    }
  }

  /** The item ids the statements of a property point to: preferred first, deprecated left out. */
  List<String> items(String property) {
    List<String> preferred = new ArrayList<>();
    List<String> normal = new ArrayList<>();
    for (JsonNode s : statements(property)) {
      String q = s.path("mainsnak").path("datavalue").path("value").path("id").asText(null);
      if (q != null) {
        ("preferred".equals(s.path("rank").asText()) ? preferred : normal).add(q);
      }
    }
    preferred.addAll(normal);
    return preferred;
  }

  /** The first string value of a property (e.g. P298's "USA"), or null. */
  String string(String property) {
    for (JsonNode s : statements(property)) {
      JsonNode v = s.path("mainsnak").path("datavalue").path("value");
      if (v.isTextual()) {
        return v.asText();
      }
    }
    return null;
  }

  /** The non-deprecated statements of a property. */
  List<JsonNode> statements(String property) {
    JsonNode array = claims.get(property);
    List<JsonNode> out = new ArrayList<>();
    if (array != null) {
      array.forEach(
          s -> {
            if (!"deprecated".equals(s.path("rank").asText())) {
              out.add(s);
            }
          });
    }
    return out;
  }

  /** The "en" member of a labels or aliases object, or null; the other languages are skipped. */
  private static JsonNode english(JsonParser p, JsonToken value) throws IOException {
    JsonNode out = null;
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren(); // an entity without any writes [] here
      return null;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String lang = p.currentName();
      p.nextToken();
      if ("en".equals(lang)) {
        out = p.readValueAsTree();
      } else {
        p.skipChildren();
      }
    }
    return out;
  }

  private static void readClaims(JsonParser p, JsonToken value, Map<String, JsonNode> claims)
      throws IOException {
    if (value != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String property = p.currentName();
      p.nextToken();
      if (PROPERTIES.contains(property)) {
        claims.put(property, p.readValueAsTree());
      } else {
        p.skipChildren();
      }
    }
  }

  private static String textOf(JsonNode label) {
    return label == null ? null : label.path("value").asText(null);
  }

  private static List<String> textsOf(JsonNode aliases) {
    List<String> out = new ArrayList<>();
    if (aliases != null) {
      aliases.forEach(a -> out.add(a.path("value").asText()));
    }
    return out;
  }

  private static void expect(JsonToken got, JsonToken want, JsonParser p) throws IOException {
    if (got != want) {
      throw new IOException("want " + want + ", got " + got + " at " + p.currentLocation());
    }
  }
}
