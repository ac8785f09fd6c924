package org.annals;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shared data beside the repository (corpora, dev sets), read in place. */
public final class Shared {
  private Shared() {}

  public static Path path(String relative) {
    String base = System.getProperty("annals.shared");
    Path root = base != null ? Path.of(base) : Path.of("..", "..", "shared");
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalStateException(
          "shared data missing: "
              + p.toAbsolutePath()
              + " (clone ../shared beside the repository)");
    }
    return p;
  }

  /** The seed article whose file name starts with {@code prefix}, e.g. "003". */
  public static Path seed(String prefix) throws java.io.IOException {
    try (var s = Files.list(path("corpus/seeds"))) {
      return s.filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow();
    }
  }
}
