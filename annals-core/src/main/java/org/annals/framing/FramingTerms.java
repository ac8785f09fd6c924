package org.annals.framing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.ConfigException;
import org.annals.lexicon.LexiconLine;

/**
 * The lexicon of loaded terms ({@code org/annals/framing/framing-terms.tsv}, whose header documents
 * the format), with the users' {@code framing-terms.tsv} of their knowledge base directories on
 * top. Finds the terms a label or an event's wording uses. Immutable and thread-safe.
 */
public final class FramingTerms {
  /** The file name a knowledge base directory may hold. */
  public static final String FILE = "framing-terms.tsv";

  /** The classes a term may have. */
  public static final Set<String> CLASSES =
      Set.of("illegitimacy", "legitimacy", "violence", "side", "neutral");

  /**
   * One term found in a text.
   *
   * @param term the form found ("regimes"), lower case
   * @param classes its classes
   * @param entry the lexicon line that defines it ("framing-terms.tsv:23"): provenance
   */
  public record Term(String term, List<String> classes, String entry) {}

  private record Entry(List<List<String>> forms, Term term) {}

  private static final FramingTerms BUNDLED =
      LexiconLine.load(FramingTerms.class, FILE, (lines, name) -> new FramingTerms(parse(lines)));

  private final Map<String, Entry> entries;

  private final java.util.Set<String> oneWordForms = new java.util.HashSet<>();

  private FramingTerms(Map<String, Entry> entries) {
    this.entries = entries;
    for (Entry e : entries.values()) {
      for (List<String> f : e.forms()) {
        if (f.size() == 1) {
          oneWordForms.add(f.get(0));
        }
      }
    }
  }

  public static FramingTerms bundled() {
    return BUNDLED;
  }

  /** The bundled lexicon with the {@code framing-terms.tsv} of each directory that has one. */
  public static FramingTerms load(List<Path> dirs) {
    Map<String, Entry> all = new LinkedHashMap<>(BUNDLED.entries);
    for (Path d : dirs) {
      Path f = d.resolve(FILE);
      if (!Files.isRegularFile(f)) {
        continue;
      }
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        all.putAll(parse(LexiconLine.read(r, f.toString())));
      } catch (IOException e) {
        throw new ConfigException(f + ": cannot read: " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new ConfigException(e.getMessage(), e);
      }
    }
    return new FramingTerms(all);
  }

  private static Map<String, Entry> parse(List<LexiconLine> lines) {
    Map<String, Entry> out = new LinkedHashMap<>();
    for (LexiconLine l : lines) {
      if (l.fields().length < 2) {
        throw l.error("expected forms, a tab and classes");
      }
      List<List<String>> forms = new ArrayList<>();
      for (String f : l.fields()[0].split("\\|")) {
        List<String> words = words(f);
        if (!words.isEmpty()) {
          forms.add(words);
        }
      }
      List<String> classes = new ArrayList<>();
      for (String c : l.fields()[1].split("\\|")) {
        String k = c.strip().toLowerCase(Locale.ROOT);
        if (!CLASSES.contains(k)) {
          throw l.error("unknown class '" + c.strip() + "' (known: " + CLASSES + ")");
        }
        classes.add(k);
      }
      if (forms.isEmpty()) {
        throw l.error("no form");
      }
      String name = String.join(" ", forms.get(0));
      out.put(name, new Entry(forms, new Term(name, List.copyOf(classes), l.where())));
    }
    return out;
  }

  /** Lower-case words of a text, hyphenated words also as their parts ("iranian-backed"). */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[\\s\u00a0]+")) {
      String t = w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  private static Term first(Entry e, List<List<String>> sequences) {
    for (List<String> seq : sequences) {
      for (List<String> form : e.forms()) {
        if (java.util.Collections.indexOfSubList(seq, form) >= 0) {
          return new Term(String.join(" ", form), e.term().classes(), e.term().entry());
        }
      }
    }
    return null;
  }

  /** Whether a lower-case word is one of the terms' one-word forms. */
  public boolean hasForm(String word) {
    return oneWordForms.contains(word);
  }

  public int size() {
    return entries.size();
  }

  /**
   * The terms a text uses, each once, in lexicon order; {@code lemmas} (space-separated, may be
   * null) are matched as well as the words as written.
   */
  public List<Term> in(String text, String lemmas) {
    List<List<String>> sequences = new ArrayList<>();
    for (String s : lemmas == null ? new String[] {text} : new String[] {text, lemmas}) {
      List<String> ws = words(s);
      sequences.add(ws);
      List<String> parts = new ArrayList<>();
      for (String w : ws) {
        for (String p : w.split("[-\u2010\u2011]")) {
          if (!p.isEmpty()) {
            parts.add(p);
          }
        }
      }
      sequences.add(parts);
    }
    List<Term> found = new ArrayList<>();
    for (Entry e : entries.values()) {
      Term t = first(e, sequences); // the form as written before a lemma's
      if (t != null) {
        found.add(t);
      }
    }
    return List.copyOf(found);
  }
}
