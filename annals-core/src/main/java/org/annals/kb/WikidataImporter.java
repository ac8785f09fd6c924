package org.annals.kb;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns a Wikidata JSON dump into an Annals actors file: persons (P31 Q5) and the organisations of
 * {@code wikidata-classes.tsv}, with English label and aliases, country, and positions held (P39)
 * as dated roles.
 *
 * <p>Two passes, memory bounded whatever the dump's size: the first streams the dump, writes every
 * person and organisation to a temporary file beside the output and remembers only countries and
 * positions ({@link DumpReferences}); the second reads the temporary file back and fills in role
 * titles and countries, which may come after their persons in the dump. The output is written under
 * a temporary name and moved into place at the end, so an ingest never reads half a file. Malformed
 * lines are counted, never fatal. Not thread-safe; one import at a time per output.
 */
public final class WikidataImporter {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final long progressEvery;
  private final Consumer<ImportReport> progress;
  private final WikidataClasses classes = WikidataClasses.bundled();

  /** {@code progress} is called with the tally every {@code progressEvery} entities. */
  public WikidataImporter(long progressEvery, Consumer<ImportReport> progress) {
    this.progressEvery = progressEvery;
    this.progress = progress;
  }

  /** Where the actors of a dump go in a knowledge base directory: {@code wikidata-NAME.jsonl}. */
  public static Path actorsFile(Path dump, Path kbDir) {
    return kbDir.resolve("wikidata-" + DumpFiles.baseName(dump) + ".jsonl");
  }

  /** Reads {@code dump} (.json, .json.gz or .json.bz2) and writes {@code actorsFile}. */
  public ImportReport importDump(Path dump, Path actorsFile) throws IOException {
    ImportReport report = new ImportReport();
    DumpReferences refs = new DumpReferences(classes);
    Path dir = actorsFile.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path candidates = Files.createTempFile(dir, ".wikidata-", ".candidates");
    Path part = actorsFile.resolveSibling(actorsFile.getFileName() + ".part");
    try {
      try (DumpLines in = DumpFiles.open(dump);
          BufferedWriter out = Files.newBufferedWriter(candidates, StandardCharsets.UTF_8)) {
        firstPass(in, out, refs, report);
      }
      report.countries = refs.countries();
      report.positions = refs.positions();
      report.unresolvedPositions = refs.unresolvedPositions();
      CandidateResolver resolver = new CandidateResolver(refs);
      try (BufferedReader in = Files.newBufferedReader(candidates, StandardCharsets.UTF_8);
          BufferedWriter out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          out.write(
              JSON.writeValueAsString(
                  resolver.resolve(JSON.readValue(line, ActorCandidate.class))));
          out.newLine();
        }
      }
      report.roles = resolver.roles();
      report.rolesWithoutTitle = resolver.rolesWithoutTitle();
      Files.move(part, actorsFile, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(candidates);
      Files.deleteIfExists(part);
    }
    report.finish();
    return report;
  }

  private void firstPass(DumpLines in, BufferedWriter out, DumpReferences refs, ImportReport report)
      throws IOException {
    while (in.next()) {
      if (in.length() == 0) {
        continue;
      }
      WikidataEntity e;
      try {
        e = WikidataEntity.parse(in.bytes(), in.start(), in.length());
      } catch (IOException | RuntimeException ex) {
        report.malformed(in.number(), firstLine(ex.getMessage()));
        continue;
      }
      report.entities++;
      refs.observe(e);
      Optional<ActorCandidate> c = candidate(e, report);
      if (c.isPresent()) {
        c.get().positions().forEach(h -> refs.cite(h.position()));
        out.write(JSON.writeValueAsString(c.get()));
        out.newLine();
      }
      if (progressEvery > 0 && report.entities % progressEvery == 0) {
        progress.accept(report);
      }
    }
  }

  /** The person or organisation the entity is, or empty (counted in the report). */
  private Optional<ActorCandidate> candidate(WikidataEntity e, ImportReport report) {
    List<String> instanceOf = e.items("P31");
    boolean person = classes.anyPerson(instanceOf);
    Optional<WikidataClasses.Organisation> org =
        person || e.string("P298") != null ? Optional.empty() : classes.organisation(instanceOf);
    if (!"item".equals(e.type()) || !person && org.isEmpty()) {
      report.otherEntities++;
      return Optional.empty();
    }
    if (e.label() == null || e.label().isBlank()) {
      report.withoutEnglishLabel++;
      return Optional.empty();
    }
    String name = e.label().strip();
    List<String> aliases = ActorCandidate.aliases(name, e.aliases());
    if (person) {
      report.persons++;
      List<ActorCandidate.HeldPosition> held =
          ActorCandidate.positions(
              e,
              why -> {
                switch (why) {
                  case UNKNOWN_END -> report.rolesUnknownEnd++;
                  case UNUSABLE_DATE -> report.rolesUnusableDate++;
                  case END_BEFORE_START -> report.rolesEndBeforeStart++;
                }
              });
      return Optional.of(
          new ActorCandidate(e.id(), "person", name, aliases, null, e.items("P27"), held));
    }
    report.organisations++;
    WikidataClasses.Organisation o = org.get();
    return Optional.of(
        new ActorCandidate(
            e.id(), o.kind().label(), name, aliases, o.sector(), e.items("P17"), List.of()));
  }

  private static String firstLine(String message) {
    return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
  }
}
