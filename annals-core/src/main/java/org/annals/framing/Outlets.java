package org.annals.framing;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.annals.ConfigException;
import org.annals.lexicon.LexiconLine;

/**
 * Who published an article's words, one name per outlet: from the article's agency (the dateline or
 * byline code), else its site name, else its URL's host; "IRNA", "IRNA news agency" and irna.ir are
 * one outlet ({@code org/annals/framing/outlets.tsv} and users' {@code outlets.tsv}). An outlet not
 * listed is its name compared by letters, or its host's name. Immutable and thread-safe.
 */
public final class Outlets {
  /** The file name a knowledge base directory may hold. */
  public static final String FILE = "outlets.tsv";

  /**
   * An article's outlet.
   *
   * @param name the outlet's name (the listed name, else as the article writes it)
   * @param key what outlets are compared by: equal keys, one outlet
   * @param from which field gave it: "agency", "site" or "url"
   * @param written the field's value as the article gives it
   */
  public record Outlet(String name, String key, String from, String written) {}

  private static final Set<String> SECOND_LEVEL =
      Set.of("co", "com", "org", "net", "ac", "gov", "gv", "or", "ne", "edu");
  private static final Set<String> HOST_PREFIXES = Set.of("www", "m", "en", "english", "amp");

  private static final Outlets BUNDLED =
      LexiconLine.load(
          Outlets.class, FILE, (lines, name) -> new Outlets(new HashMap<>()).add(lines));

  /** Listed names by key and by host. */
  private final Map<String, String> names;

  private Outlets(Map<String, String> names) {
    this.names = names;
  }

  public static Outlets bundled() {
    return BUNDLED;
  }

  /** The bundled outlets with the {@code outlets.tsv} of each directory that has one. */
  public static Outlets load(List<Path> dirs) {
    Outlets o = new Outlets(new HashMap<>(BUNDLED.names));
    for (Path d : dirs) {
      Path f = d.resolve(FILE);
      if (Files.isRegularFile(f)) {
        try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
          o.add(LexiconLine.read(r, f.toString()));
        } catch (IOException e) {
          throw new ConfigException(f + ": cannot read: " + e.getMessage(), e);
        }
      }
    }
    return o;
  }

  private Outlets add(List<LexiconLine> lines) {
    for (LexiconLine l : lines) {
      String name = l.fields()[0].strip();
      if (key(name).isEmpty()) {
        throw new ConfigException(l.where() + ": an outlet needs a name with letters");
      }
      names.put(key(name), name);
      if (l.fields().length > 1) {
        for (String alias : l.fields()[1].split("\\|")) {
          String a = alias.strip();
          if (isHost(a)) {
            names.put("host:" + host(a), name);
          } else if (!key(a).isEmpty()) {
            names.put(key(a), name);
          }
        }
      }
    }
    return this;
  }

  /** The outlet of an article with these fields (each may be null), or null when none says. */
  public Outlet of(String agency, String siteName, String url) {
    if (present(agency)) {
      return byName(agency, "agency");
    }
    if (present(siteName)) {
      return byName(siteName, "site");
    }
    if (present(url)) {
      String host = host(url);
      if (!host.isEmpty()) {
        String listed = names.get("host:" + host);
        if (listed != null) {
          return new Outlet(listed, key(listed), "url", url);
        }
        String label = registrable(host);
        String byKey = names.get(key(label));
        return byKey != null
            ? new Outlet(byKey, key(byKey), "url", url)
            : new Outlet(host, key(label), "url", url);
      }
    }
    return null;
  }

  /** A name written as a host ("irna.ir"): a dot and no space. */
  private static boolean isHost(String s) {
    return s.contains(".") && !s.contains(" ");
  }

  private static boolean present(String s) {
    return s != null && !key(s).isEmpty();
  }

  private Outlet byName(String written, String from) {
    String k = key(written);
    String listed = names.get(k);
    if (listed == null && isHost(written.strip())) {
      listed = names.get("host:" + host(written)); // a site name that is a host: "irna.ir"
      if (listed == null) {
        k = key(registrable(host(written)));
        listed = names.get(k);
      }
    }
    return listed != null
        ? new Outlet(listed, key(listed), from, written)
        : new Outlet(written.strip(), k, from, written);
  }

  /**
   * What names are compared by: letters and digits, lower case, accents off, without "the" and a
   * final "news agency", "agency", "news" or "online".
   */
  static String key(String name) {
    String s =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^\\p{L}\\p{N}]+", " ")
            .strip();
    s = s.replaceFirst("^the ", "");
    for (String tail : List.of(" news agency", " agency", " news", " online")) {
      if (s.endsWith(tail) && s.length() > tail.length()) {
        s = s.substring(0, s.length() - tail.length());
      }
    }
    return s.replace(" ", "");
  }

  /** A URL's or host's host, lower case, without "www.", "en." and the like; "" when none. */
  static String host(String urlOrHost) {
    String s = urlOrHost.strip().toLowerCase(Locale.ROOT);
    String h;
    try {
      h = s.contains("://") ? URI.create(s.replace(" ", "%20")).getHost() : s.split("[/:?#]")[0];
    } catch (IllegalArgumentException e) {
      h = s.replaceFirst("^[a-z]+://", "").split("[/:?#]")[0];
    }
    if (h == null) {
      return "";
    }
    while (h.contains(".") && HOST_PREFIXES.contains(h.substring(0, h.indexOf('.')))) {
      h = h.substring(h.indexOf('.') + 1);
    }
    return h;
  }

  /** The name part of a host: "bbc" of bbc.co.uk, "irna" of irna.ir. */
  static String registrable(String host) {
    String[] p = host.split("\\.");
    if (p.length >= 3 && p[p.length - 1].length() == 2 && SECOND_LEVEL.contains(p[p.length - 2])) {
      return p[p.length - 3];
    }
    return p.length >= 2 ? p[p.length - 2] : host;
  }
}
