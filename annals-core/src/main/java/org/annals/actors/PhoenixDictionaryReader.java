package org.annals.actors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.annals.ConfigException;

/**
 * Reads the Phoenix/PETRARCH (TABARI) dictionary formats: actor files ({@code NAME_ [CODE]}
 * entries, {@code +SYNONYM} lines, indented {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]} and
 * {@code [CODE YYMMDD-YYMMDD]} role lines) and agent files ({@code TERM [~SEC]}). Names are {@code
 * _}-joined words. A line it cannot read is an error naming the file and line.
 */
public final class PhoenixDictionaryReader {
  private static final Pattern CODE = Pattern.compile("\\[([^\\]\\s]+)(?:\\s+([^\\]]*))?\\]");
  private static final Pattern AGENT = Pattern.compile("^([^\\[#]+?)\\s*\\[~([A-Z]{3})[A-Z]*\\]");
  private static final Pattern DATE = Pattern.compile("\\d{6}|\\d{8}");

  /** Phoenix's primary codes that are not countries. */
  private static final java.util.Set<String> NON_COUNTRY =
      java.util.Set.of("IGO", "NGO", "MNC", "IMG", "UIS", "NGM");

  private PhoenixDictionaryReader() {}

  /** Reads an actor file, failing on the first unreadable line. */
  public static List<Actor> readActors(String file, List<String> lines) {
    return readActors(file, lines, null);
  }

  /**
   * Reads an actor file. Published dictionaries have typos in role dates ("9008223"): with a {@code
   * warnings} list, such a role is left out and reported there (file and line) instead of failing
   * the file. Lines that are not entries, synonyms or codes always fail it.
   */
  public static List<Actor> readActors(String file, List<String> lines, List<String> warnings) {
    List<Actor> out = new ArrayList<>();
    Entry current = null;
    for (int i = 0; i < lines.size(); i++) {
      int no = i + 1;
      String line = stripComment(lines.get(i));
      if (line.isBlank()) {
        continue;
      }
      try {
        current = readLine(file, no, line, current, out, warnings);
      } catch (ConfigException e) {
        if (warnings == null) {
          throw e;
        }
        warnings.add(e.getMessage() + " (line left out)");
      }
    }
    if (current != null) {
      out.add(current.toActor(file));
    }
    return out;
  }

  /** Reads one line of an actor file; returns the entry that lines after it belong to. */
  private static Entry readLine(
      String file, int no, String line, Entry current, List<Actor> out, List<String> warnings) {
    String body = line.strip();
    boolean inner = Character.isWhitespace(line.charAt(0)) || body.startsWith("[");
    if (body.startsWith("+") || inner && !body.startsWith("[")) {
      if (current == null) {
        throw error(file, no, "a synonym line before any entry");
      }
      // "+NAME" or, as the published files also write it, an indented "NAME_ [CODE DATES]"
      String name = body.startsWith("+") ? body.substring(1) : body;
      Matcher m = CODE.matcher(name);
      if (m.find()) {
        addRole(current, file, no, m.group(1), m.group(2), warnings);
        name = name.substring(0, m.start());
      }
      name = name.replace("[", "").replace("]", ""); // "+FAEROYENE]_": a stray bracket
      if (name.isBlank()) {
        throw error(file, no, "cannot read the synonym in '" + body + "'");
      }
      current.aliases.add(words(name));
    } else if (inner) {
      if (current == null) {
        throw error(file, no, "a code line before any entry");
      }
      Matcher m = CODE.matcher(body);
      if (!m.lookingAt()) {
        throw error(file, no, "expected [CODE] or [CODE DATES], got '" + body + "'");
      }
      addRole(current, file, no, m.group(1), m.group(2), warnings);
    } else {
      String name = body;
      Matcher m = CODE.matcher(name);
      String code = null;
      String dates = null;
      if (m.find()) {
        code = m.group(1);
        dates = m.group(2);
        name = name.substring(0, m.start()).strip();
      }
      if (name.isEmpty() || name.contains("[") || name.contains("]")) {
        throw error(file, no, "cannot read the entry name in '" + body + "'");
      }
      if (current != null) {
        out.add(current.toActor(file));
      }
      current = new Entry(no);
      if (code != null) {
        current.inlineCode = code;
        addRole(current, file, no, code, dates, warnings);
      }
      current.name = words(name);
    }
    return current;
  }

  /**
   * Reads an agent file into term → sector code (a compound code such as {@code ~BUDEDU} gives its
   * first sector); substitution-set lines are skipped. A line it cannot read fails the file, or
   * with a {@code warnings} list is left out and reported there.
   */
  public static Map<String, String> readAgents(
      String file, List<String> lines, List<String> warnings) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = stripComment(lines.get(i)).strip();
      if (line.isEmpty() || line.startsWith("!") && line.contains("=")) {
        continue;
      }
      Matcher m = AGENT.matcher(line);
      if (!m.find()) {
        ConfigException e = error(file, i + 1, "expected TERM [~SEC], got '" + line + "'");
        if (warnings == null) {
          throw e;
        }
        warnings.add(e.getMessage() + " (line left out)");
        continue;
      }
      String term = m.group(1).replaceAll("![A-Z]+!", "").strip();
      if (!term.isEmpty()) {
        out.putIfAbsent(AliasKey.of(words(term)), m.group(2));
      }
    }
    return out;
  }

  private static final class Entry {
    final int line;
    String name;
    String inlineCode;
    final List<String> aliases = new ArrayList<>();
    final List<Role> roles = new ArrayList<>();

    Entry(int line) {
      this.line = line;
    }

    Actor toActor(String file) {
      boolean country =
          inlineCode != null
              && inlineCode.length() == 3
              && roles.size() == 1
              && !roles.get(0).dated();
      boolean person = !country && roles.stream().anyMatch(Role::dated);
      ActorKind kind =
          country ? ActorKind.COUNTRY : person ? ActorKind.PERSON : ActorKind.ORGANIZATION;
      String countryCode = roles.isEmpty() ? null : roles.get(0).of();
      List<String> sectors =
          roles.stream().map(Role::sector).filter(s -> s != null).distinct().toList();
      String id = country ? inlineCode : "phx:" + name.toUpperCase(Locale.ROOT).replace(' ', '_');
      return new Actor(
          id,
          kind,
          titleCase(name),
          countryCode,
          sectors,
          aliases.stream().map(PhoenixDictionaryReader::titleCase).toList(),
          roles,
          true,
          file + ":" + line);
    }
  }

  private static void addRole(
      Entry e, String file, int line, String code, String dates, List<String> warnings) {
    try {
      e.roles.add(role(file, line, code, dates));
    } catch (ConfigException ex) {
      if (warnings == null) {
        throw ex;
      }
      warnings.add(ex.getMessage() + " (role left out)");
    }
  }

  private static Role role(String file, int line, String code, String dates) {
    String of = code.length() >= 3 ? code.substring(0, 3) : code;
    if (NON_COUNTRY.contains(of)) {
      of = null; // international, non-governmental and multinational codes name no country
    }
    // an international body's code ("IGOUNODEVWBK") names the body after IGO, not a sector
    String sector =
        code.startsWith("IGO") ? "IGO" : code.length() >= 6 ? code.substring(3, 6) : null;
    LocalDate from = null;
    LocalDate to = null;
    String d = dates == null ? "" : dates.strip();
    if (d.startsWith(">")) {
      from = date(file, line, d.substring(1));
    } else if (d.startsWith("<")) {
      to = date(file, line, d.substring(1));
    } else if (DATE.matcher(d).matches()) {
      from = date(file, line, d); // a lone date: from then on
    } else if (d.contains("-")) {
      String[] parts = d.split("-", 2);
      from = date(file, line, parts[0]);
      to = date(file, line, parts[1]);
    } else if (!d.isEmpty()) {
      throw error(file, line, "cannot read the dates '" + d + "' of [" + code + "]");
    }
    try {
      return new Role(code, of, sector, from, to, file + ":" + line);
    } catch (IllegalArgumentException e) {
      throw error(file, line, e.getMessage());
    }
  }

  /** YYMMDD (years below 30 are 20YY) or YYYYMMDD. */
  static LocalDate date(String file, int line, String s) {
    s = s.strip();
    if (!DATE.matcher(s).matches()) {
      throw error(file, line, "cannot read the date '" + s + "' (want YYMMDD or YYYYMMDD)");
    }
    try {
      if (s.length() == 8) {
        return LocalDate.of(
            Integer.parseInt(s.substring(0, 4)),
            Integer.parseInt(s.substring(4, 6)),
            Integer.parseInt(s.substring(6)));
      }
      int yy = Integer.parseInt(s.substring(0, 2));
      int year = yy < 30 ? 2000 + yy : 1900 + yy;
      return LocalDate.of(
          year, Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4)));
    } catch (DateTimeException e) {
      throw error(file, line, "no such date '" + s + "'");
    }
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static String words(String s) {
    return s.strip().replaceAll("_+$", "").replace('_', ' ').strip();
  }

  static String titleCase(String upper) {
    StringBuilder b = new StringBuilder(upper.length());
    boolean start = true;
    for (char c : upper.toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
      start = c == ' ' || c == '-' || c == '\'';
    }
    return b.toString();
  }

  static ConfigException error(String file, int line, String message) {
    return new ConfigException(file + ":" + line + ": " + message);
  }
}
