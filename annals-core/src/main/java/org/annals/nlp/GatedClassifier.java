package org.annals.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.sequences.DocumentReaderAndWriter;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.CoreMap;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Predicate;
import org.annals.pipeline.StepTimes;

/**
 * One of the NER's CRFs, run only on the sentences where it can tag something (issue 17): on the
 * others it answers the background label for every token, as it would have, without the cost of its
 * features and Viterbi search. CoreNLP's combiner calls each of its CRFs through {@link
 * #classifySentence}, the first one's answers already set on the tokens when the next is called, so
 * a gate may read them.
 *
 * <p>The gates are written so that what they skip the CRF would have left untagged: names are
 * written with a capital letter (a sentence whose only capital is a first word such as "The" or
 * "He" names nobody), and CoreNLP's combiner takes from a later CRF only labels the earlier ones
 * lack (the CoNLL model's MISC), on tokens they left untagged. Checked on BBC politics: the same
 * stored events, mentions, labels and quotes with and without the gates.
 */
final class GatedClassifier extends AbstractSequenceClassifier<CoreLabel> {
  private final AbstractSequenceClassifier<CoreLabel> crf;
  private final Predicate<List<? extends HasWord>> gate;
  private final String counted;
  private final String timed;

  GatedClassifier(
      AbstractSequenceClassifier<CoreLabel> crf,
      Predicate<List<? extends HasWord>> gate,
      String name) {
    super(new SeqClassifierFlags()); // the CRF's own flags would make it read its feature files
    this.flags = crf.flags;
    this.crf = crf;
    this.gate = gate;
    this.counted = "sentences " + name; // step names made once: classifySentence is per sentence
    this.timed = "nlp/ner/" + name;
    this.classIndex = crf.classIndex; // labels() reads it: the combiner's merge needs the labels
  }

  @Override
  public List<CoreLabel> classifySentence(List<? extends HasWord> sentence) {
    if (gate.test(sentence)) {
      StepTimes.count(counted, 1);
      long t0 = System.nanoTime();
      List<CoreLabel> out = crf.classifySentence(sentence);
      StepTimes.add(timed, System.nanoTime() - t0);
      return out;
    }
    List<CoreLabel> out = new ArrayList<>(sentence.size());
    for (HasWord w : sentence) {
      CoreLabel t = new CoreLabel();
      t.setWord(w.word());
      t.set(CoreAnnotations.AnswerAnnotation.class, flags.backgroundSymbol);
      out.add(t);
    }
    return out;
  }

  @Override
  public List<CoreLabel> classify(List<CoreLabel> tokens) {
    return crf.classify(tokens);
  }

  @Override
  public List<CoreLabel> classifyWithGlobalInformation(
      List<CoreLabel> tokens, CoreMap document, CoreMap sentence) {
    return crf.classifyWithGlobalInformation(tokens, document, sentence);
  }

  @Override
  public Set<String> labels() {
    return crf.labels();
  }

  @Override
  public void train(Collection<List<CoreLabel>> docs, DocumentReaderAndWriter<CoreLabel> rw) {
    throw new UnsupportedOperationException("a gate runs a trained CRF; it does not train");
  }

  @Override
  public void serializeClassifier(String path) {
    throw new UnsupportedOperationException("a gate is not serialised");
  }

  @Override
  public void serializeClassifier(ObjectOutputStream out) {
    throw new UnsupportedOperationException("a gate is not serialised");
  }

  @Override
  public void loadClassifier(ObjectInputStream in, Properties props) {
    throw new UnsupportedOperationException("a gate is not loaded");
  }

  /**
   * POS tags of a sentence-initial word that is never a name: "The", "He", "But", "In", "Asked".
   */
  private static final Set<String> FUNCTION_TAGS =
      Set.of(
          "DT", "PDT", "PRP", "PRP$", "IN", "CC", "WDT", "WP", "WP$", "WRB", "EX", "MD", "TO", "RB",
          "RBR", "RBS", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "UH", "CD");

  /**
   * The sentence may hold a name: some token with a capital letter (or a letter of a script without
   * case), other than a first word whose tag says it is no name.
   */
  static boolean mayHoldName(List<? extends HasWord> sentence) {
    for (int i = 0; i < sentence.size(); i++) {
      if (mayBeName(sentence, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A later CRF can add something: some token with a capital letter that the earlier ones left
   * untagged (their answers are on the tokens), other than a first word that is no name.
   */
  static boolean mayHoldMoreNames(List<? extends HasWord> sentence, String background) {
    for (int i = 0; i < sentence.size(); i++) {
      if (!mayBeName(sentence, i)) {
        continue;
      }
      HasWord w = sentence.get(i);
      String answer =
          w instanceof CoreMap m ? m.get(CoreAnnotations.AnswerAnnotation.class) : background;
      if (answer == null || answer.equals(background)) {
        return true;
      }
    }
    return false;
  }

  /** Token {@code i} may be (part of) a name: it has a capital, and is no first function word. */
  private static boolean mayBeName(List<? extends HasWord> sentence, int i) {
    HasWord w = sentence.get(i);
    return hasCapital(w.word()) && !(i == 0 && FUNCTION_TAGS.contains(tag(w)));
  }

  private static String tag(HasWord w) {
    return w instanceof CoreLabel l && l.tag() != null ? l.tag() : "";
  }

  private static boolean hasCapital(String word) {
    if (word == null) {
      return false;
    }
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c) && !Character.isLowerCase(c)) {
        return true; // a capital, or a letter of a script without case
      }
      i += Character.charCount(c);
    }
    return false;
  }
}
