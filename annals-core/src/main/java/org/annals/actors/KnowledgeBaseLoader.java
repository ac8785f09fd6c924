package org.annals.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.stream.Stream;
import org.annals.ConfigException;

/**
 * Builds the {@link KnowledgeBase}: every ISO country (names from ICU4J), the bundled files under
 * {@code org/annals/actors/}, then the files of each user directory ({@code --kb DIR}), which add
 * to and override the bundled ones. A user directory may hold Annals files ({@code *.jsonl} actors,
 * {@code countries.tsv}, {@code agents.tsv}) and Phoenix/PETRARCH dictionaries ({@code
 * *.actors.txt}, {@code *agents*.txt}), and, kept as plain data for the event coder, PETRARCH verb
 * dictionaries ({@code CAMEO*.txt}, {@code *.verbs}) and discard lists ({@code *discards*.txt}). A
 * file of ours with a bad line is rejected whole, with its name and line number: nothing of it is
 * half-loaded; a line of a Phoenix/PETRARCH file that cannot be read is left out with a warning.
 */
public final class KnowledgeBaseLoader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BUNDLED = "org/annals/actors/";

  private final Map<String, Actor> actors = new LinkedHashMap<>();
  private final Map<String, String> agents = new HashMap<>();
  private final Map<String, String> capitals = new HashMap<>();
  private final List<String> versions = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final List<VerbDictionary> verbDictionaries = new ArrayList<>();
  private final List<Discard> discards = new ArrayList<>();

  /** Lines of imported dictionaries that were left out, with file and line. */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** What the loader read or left aside, one line a file, for the user (not errors). */
  public List<String> notes() {
    return List.copyOf(notes);
  }

  /** The bundled knowledge base only. */
  public static KnowledgeBase bundled() {
    return new KnowledgeBaseLoader().addBundled().build();
  }

  /** The bundled knowledge base plus the user's directories, in order. */
  public static KnowledgeBase load(List<Path> userDirs) {
    KnowledgeBaseLoader l = new KnowledgeBaseLoader().addBundled();
    for (Path d : userDirs) {
      l.addDirectory(d);
    }
    return l.build();
  }

  public KnowledgeBase build() {
    return new KnowledgeBase(actors, agents, capitals, versions, verbDictionaries, discards);
  }

  public KnowledgeBaseLoader addBundled() {
    addIsoCountries();
    versions.add("bundled " + resource("VERSION").strip());
    addCountryDetails(BUNDLED + "countries.tsv", lines(resource("countries.tsv")));
    addActorsJsonl(BUNDLED + "organizations.jsonl", lines(resource("organizations.jsonl")), false);
    agents.putAll(readAgentsTsv(BUNDLED + "agents.tsv", lines(resource("agents.tsv"))));
    for (String file : lines(resource("leaders/FILES"))) {
      if (!file.isBlank() && !file.startsWith("#")) {
        String name = "leaders/" + file.strip();
        addActorsJsonl(BUNDLED + name, lines(resource(name)), true);
      }
    }
    return this;
  }

  /** Adds every file of a user directory that it knows how to read, in name order. */
  public KnowledgeBaseLoader addDirectory(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException("knowledge base directory " + dir + " does not exist");
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new ConfigException(
          "cannot list knowledge base directory " + dir + ": " + e.getMessage(), e);
    }
    for (Path f : files) {
      addFile(f);
    }
    return this;
  }

  /** Adds one file, by its name: see the class comment. Unknown kinds of file are an error. */
  public KnowledgeBaseLoader addFile(Path f) {
    String name = f.getFileName().toString();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    List<String> lines;
    try {
      lines = Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(f + ": cannot read: " + e.getMessage(), e);
    }
    String where = f.toString();
    if (lower.endsWith(".jsonl")) {
      addActorsJsonl(where, lines, false);
    } else if (lower.equals("countries.tsv")) {
      addCountryDetails(where, lines);
    } else if (lower.endsWith("agents.tsv")) {
      agents.putAll(readAgentsTsv(where, lines));
    } else if (lower.endsWith(".actors.txt")) {
      for (Actor a : PhoenixDictionaryReader.readActors(where, lines, warnings)) {
        actors.merge(a.id(), a, KnowledgeBaseLoader::mergeActors);
      }
    } else if (lower.contains("agents") && lower.endsWith(".txt")) {
      agents.putAll(PhoenixDictionaryReader.readAgents(where, lines, warnings));
    } else if (lower.endsWith(".verbs") || lower.startsWith("cameo") && lower.endsWith(".txt")) {
      VerbDictionary v = VerbDictionaryReader.read(name, where, lines, warnings);
      verbDictionaries.add(v);
      notes.add(where + ": " + v.summary());
    } else if (lower.contains("discards") && lower.endsWith(".txt")) {
      List<Discard> read = Discard.read(where, lines, warnings);
      discards.addAll(read);
      notes.add(where + ": " + Discard.summary(read));
    } else if (lower.contains("issuecoding")) {
      notes.add(where + ": PETRARCH issue coding is not used by Annals (file left aside)");
      return this;
    } else {
      return this; // READMEs, licences and the like sit beside dictionaries
    }
    versions.add(where);
    return this;
  }

  /** Same id twice (a Phoenix country and the ISO one): aliases and roles add up. */
  private static Actor mergeActors(Actor old, Actor add) {
    List<String> aliases = new ArrayList<>(old.aliases());
    add.aliases().stream().filter(s -> !aliases.contains(s)).forEach(aliases::add);
    if (!add.name().equals(old.name()) && !aliases.contains(add.name())) {
      aliases.add(add.name());
    }
    List<Role> roles = new ArrayList<>(old.roles());
    roles.addAll(add.roles());
    List<String> sectors = new ArrayList<>(old.sectors());
    add.sectors().stream().filter(s -> !sectors.contains(s)).forEach(sectors::add);
    return new Actor(
        old.id(),
        old.kind(),
        old.name(),
        old.country() != null ? old.country() : add.country(),
        sectors,
        aliases,
        roles,
        true,
        old.source());
  }

  private void addIsoCountries() {
    for (String cc : ULocale.getISOCountries()) {
      ULocale locale = new ULocale("", cc);
      String iso3;
      try {
        iso3 = locale.getISO3Country();
      } catch (MissingResourceException e) {
        continue;
      }
      if (iso3 == null || iso3.isEmpty()) {
        continue;
      }
      String name = locale.getDisplayCountry(ULocale.ENGLISH);
      List<String> aliases = new ArrayList<>();
      String shortName = name.replaceAll("\\s*\\(.*\\)$", "");
      if (!shortName.equals(name)) {
        aliases.add(shortName);
      }
      actors.put(
          iso3,
          new Actor(
              iso3,
              ActorKind.COUNTRY,
              name,
              iso3,
              List.of(),
              aliases,
              List.of(),
              true,
              "icu4j:" + cc));
    }
    versions.add("icu4j countries " + com.ibm.icu.util.VersionInfo.ICU_VERSION);
  }

  private void addCountryDetails(String file, List<String> lines) {
    Map<String, Actor> updated = new LinkedHashMap<>();
    Map<String, String> caps = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 2 || !cols[0].matches("[A-Z]{3}")) {
        throw PhoenixDictionaryReader.error(
            file,
            i + 1,
            "want ISO3<TAB>adjectives[<TAB>capital[<TAB>other names]], got '" + line + "'");
      }
      Actor base = updated.getOrDefault(cols[0], actors.get(cols[0]));
      if (base == null) {
        base =
            new Actor(
                cols[0],
                ActorKind.COUNTRY,
                cols.length > 3 && !cols[3].isBlank() ? cols[3].split("\\|")[0] : cols[0],
                cols[0],
                List.of(),
                List.of(),
                List.of(),
                true,
                file + ":" + (i + 1));
      }
      List<String> aliases = new ArrayList<>(base.aliases());
      for (int c = 1; c < cols.length; c++) {
        if (c == 2) {
          for (String cap : split(cols[c])) {
            caps.put(AliasKey.of(cap), cols[0]);
          }
          continue;
        }
        for (String a : split(cols[c])) {
          if (!aliases.contains(a)) {
            aliases.add(a);
          }
        }
      }
      updated.put(
          cols[0],
          new Actor(
              base.id(),
              base.kind(),
              base.name(),
              base.country(),
              base.sectors(),
              aliases,
              base.roles(),
              true,
              base.source()));
    }
    actors.putAll(updated);
    capitals.putAll(caps);
  }

  /**
   * Reads an actors file. With {@code merge} (the bundled office-holder files, where one person may
   * stand in two regions' files) an id seen before adds its aliases and roles; without it (a user's
   * file) the file's actor replaces the one of that id.
   */
  private void addActorsJsonl(String file, List<String> lines, boolean merge) {
    Map<String, Actor> read = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      try {
        JsonNode n = JSON.readTree(line);
        String id = text(n, "id");
        String name = text(n, "name");
        String kind = text(n, "kind");
        if (id == null || name == null || kind == null) {
          throw PhoenixDictionaryReader.error(
              file, i + 1, "an actor needs \"id\", \"name\" and \"kind\"");
        }
        ActorKind k;
        try {
          k = ActorKind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw PhoenixDictionaryReader.error(
              file,
              i + 1,
              "unknown kind '"
                  + kind
                  + "' (want "
                  + Arrays.toString(ActorKind.values()).toLowerCase()
                  + ")");
        }
        Actor actor =
            new Actor(
                id,
                k,
                name,
                text(n, "country"),
                list(n, "sectors"),
                list(n, "aliases"),
                roles(file, i + 1, n),
                true,
                file + ":" + (i + 1));
        if (merge) {
          read.merge(id, actor, KnowledgeBaseLoader::mergeActors);
        } else {
          read.put(id, actor);
        }
      } catch (IOException e) {
        throw PhoenixDictionaryReader.error(
            file, i + 1, "malformed JSON: " + e.getMessage().lines().findFirst().orElse(""));
      }
    }
    if (merge) {
      read.forEach((id, a) -> actors.merge(id, a, KnowledgeBaseLoader::mergeActors));
    } else {
      actors.putAll(read);
    }
  }

  private static List<Role> roles(String file, int line, JsonNode n) {
    List<Role> out = new ArrayList<>();
    JsonNode roles = n.get("roles");
    if (roles == null) {
      return out;
    }
    for (JsonNode r : roles) {
      String office = text(r, "office");
      if (text(r, "title") == null) {
        throw PhoenixDictionaryReader.error(file, line, "a role needs a \"title\"");
      }
      if (office != null && !OFFICES.contains(office)) {
        throw PhoenixDictionaryReader.error(
            file, line, "unknown office '" + office + "' (want one of " + OFFICES + ")");
      }
      String ref = text(r, "ref");
      try {
        out.add(
            new Role(
                text(r, "title"),
                text(r, "of"),
                text(r, "sector"),
                RoleDates.first(text(r, "from")),
                RoleDates.last(text(r, "to")),
                file + ":" + line + (ref == null ? "" : " (" + ref + ")")));
      } catch (java.time.DateTimeException | IllegalArgumentException e) {
        throw PhoenixDictionaryReader.error(file, line, "bad role: " + e.getMessage());
      }
    }
    return out;
  }

  /** The kinds of office a role of the bundled office-holder files may name. */
  static final java.util.Set<String> OFFICES =
      java.util.Set.of(
          "head-of-state",
          "head-of-government",
          "vice-president",
          "foreign-minister",
          "defence-minister",
          "national-security-advisor",
          "organisation-head",
          "movement-leader");

  private static Map<String, String> readAgentsTsv(String file, List<String> lines) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || !cols[1].strip().matches("[A-Z]{3}")) {
        throw PhoenixDictionaryReader.error(
            file, i + 1, "want term<TAB>SECTOR (three capitals), got '" + line + "'");
      }
      out.put(AliasKey.of(cols[0]), cols[1].strip());
    }
    return out;
  }

  private static List<String> split(String col) {
    return Arrays.stream(col.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static List<String> list(JsonNode n, String field) {
    List<String> out = new ArrayList<>();
    JsonNode v = n.get(field);
    if (v != null) {
      v.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  private static String resource(String name) {
    try (InputStream in =
        KnowledgeBaseLoader.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
      if (in == null) {
        throw new ConfigException("bundled knowledge base file " + BUNDLED + name + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("cannot read bundled " + name, e);
    }
  }

  private static List<String> lines(String s) {
    return s.lines().toList();
  }
}
