package org.annals.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gives a closing quotation mark back to the sentence it closes. CoreNLP's sentence splitter counts
 * quotation marks per sentence, so after a quotation of several sentences ("“A. B.” Jones hit
 * back.") the closing mark has no opening one in its own sentence and is taken to open the next: "”
 * Jones hit back." Every rule that reads a sentence's first word or its quotation marks then sees a
 * quotation where there is narration. A mark glued to the previous sentence's last word and
 * followed by a space (or the sentence's end) closes; it is moved back, and the sentences' token
 * and character bounds are renumbered.
 */
final class StrayQuotes {
  private static final Set<String> CLOSERS = Set.of("\"", "''", "”", "’", "'");

  private StrayQuotes() {}

  /** Repairs the sentences of a tokenized and split annotation, in place. */
  static void repair(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.size() < 2) {
      return;
    }
    boolean moved = false;
    List<CoreMap> kept = new ArrayList<>();
    kept.add(sentences.get(0));
    for (int s = 1; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> prev = kept.get(kept.size() - 1).get(CoreAnnotations.TokensAnnotation.class);
      List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (!toks.isEmpty() && !prev.isEmpty() && closes(prev.get(prev.size() - 1), toks)) {
        List<CoreLabel> grown = new ArrayList<>(prev);
        grown.add(toks.get(0));
        kept.get(kept.size() - 1).set(CoreAnnotations.TokensAnnotation.class, grown);
        toks = new ArrayList<>(toks.subList(1, toks.size()));
        sentence.set(CoreAnnotations.TokensAnnotation.class, toks);
        moved = true;
      }
      if (!toks.isEmpty()) {
        kept.add(sentence);
      }
    }
    if (moved) {
      renumber(doc, kept);
    }
  }

  private static boolean closes(CoreLabel last, List<CoreLabel> toks) {
    CoreLabel mark = toks.get(0);
    String original = mark.originalText() == null ? mark.word() : mark.originalText();
    return CLOSERS.contains(original)
        && mark.beginPosition() == last.endPosition()
        && (toks.size() == 1 || toks.get(1).beginPosition() > mark.endPosition());
  }

  private static void renumber(Annotation doc, List<CoreMap> sentences) {
    String text = doc.get(CoreAnnotations.TextAnnotation.class);
    int tokenBase = 0; // document-wide token positions, as the tokenizer numbered them
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      List<CoreLabel> toks = sentence.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < toks.size(); i++) {
        toks.get(i).setIndex(i + 1);
        toks.get(i).setSentIndex(s);
      }
      Integer first = toks.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
      tokenBase = first == null ? tokenBase : first;
      int begin = toks.get(0).beginPosition();
      int end = toks.get(toks.size() - 1).endPosition();
      sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, s);
      sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBase);
      sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokenBase + toks.size());
      sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
      sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
      sentence.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
      tokenBase += toks.size();
    }
    doc.set(CoreAnnotations.SentencesAnnotation.class, sentences);
  }
}
