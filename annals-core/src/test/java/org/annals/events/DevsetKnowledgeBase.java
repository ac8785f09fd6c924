package org.annals.events;

import java.nio.file.Path;
import org.annals.actors.KnowledgeBase;
import org.annals.actors.KnowledgeBaseLoader;

/**
 * The knowledge base the dev-set measurements run with: the bundled one, plus the {@code --kb}
 * directory named by {@code -Dannals.devset.kb=DIR} (to measure what a folder such as the Phoenix
 * dictionaries adds). What the folder gave is printed.
 */
final class DevsetKnowledgeBase {
  private DevsetKnowledgeBase() {}

  static KnowledgeBase load() {
    String dir = System.getProperty("annals.devset.kb");
    if (dir == null || dir.isBlank()) {
      return KnowledgeBaseLoader.bundled();
    }
    KnowledgeBaseLoader loader = new KnowledgeBaseLoader().addBundled().addDirectory(Path.of(dir));
    loader.notes().forEach(n -> System.out.println("kb note: " + n));
    System.out.println("kb: " + dir + ", " + loader.warnings().size() + " lines left out");
    KnowledgeBase kb = loader.build();
    System.out.println("kb: " + VerbPatternTriggers.of(kb).summary());
    return kb;
  }
}
