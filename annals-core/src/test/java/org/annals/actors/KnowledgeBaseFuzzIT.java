package org.annals.actors;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.annals.AnnalsException;

/**
 * Issue 18: a user's knowledge base file of any content, in each format we read, is loaded or
 * rejected with a reason (a {@code ConfigException} naming file and line); nothing else escapes.
 */
class KnowledgeBaseFuzzIT {
  private static final String[] NAMES = {
    "people.jsonl", "countries.tsv", "agents.tsv", "phoenix.actors.txt", "phoenix.agents.txt"
  };

  @FuzzTest(maxDuration = "10s")
  void loadsOrRejectsAnyFile(FuzzedDataProvider data) throws IOException {
    String name = NAMES[data.consumeInt(0, NAMES.length - 1)];
    Path dir = Files.createTempDirectory("kb-fuzz");
    Path file = dir.resolve(name);
    try {
      Files.write(file, data.consumeRemainingAsString().getBytes(StandardCharsets.UTF_8));
      new KnowledgeBaseLoader().addFile(file).build();
    } catch (AnnalsException e) {
      // rejected with a reason
    } finally {
      Files.deleteIfExists(file);
      Files.deleteIfExists(dir);
    }
  }
}
