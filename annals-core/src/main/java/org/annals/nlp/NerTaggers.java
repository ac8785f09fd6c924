package org.annals.nlp;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.ClassifierCombiner;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's "ner" annotator as Annals configures it (the 3-class and CoNLL 4-class CRFs combined,
 * each run only on the sentences where it can tag something, the numeric classifiers, NER-specific
 * tokenization, entity mentions; no fine-grained KBP layer: slow, and it types "Palestine" a CITY),
 * twice: with SUTime and without, over the same CRFs. Both annotators are thread-safe.
 */
final class NerTaggers {
  /** With SUTime: dates, times, durations and sets, normalised against the document date. */
  final NERCombinerAnnotator withTime;

  /** Without SUTime, for sentences with no temporal cue: the same names and numbers. */
  final NERCombinerAnnotator withoutTime;

  NerTaggers() {
    try {
      withTime = new NERCombinerAnnotator(properties());
      gate(withTime, !"false".equals(System.getProperty("annals.ner.gates")));
      Properties p = properties();
      p.setProperty("ner.useSUTime", "false");
      p.setProperty("ner.model", ""); // no models of its own: it gets withTime's, below
      withoutTime = new NERCombinerAnnotator(p);
      shareModels(withTime, withoutTime);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the NER models", e);
    }
  }

  /**
   * The CRF models the NER runs (issue 17): CoreNLP's default three without the MUC 7-class one,
   * whose person, place and organisation tags the other two give and whose dates, times, money and
   * percentages SUTime and the numeric classifiers give. NER worker time 12% less (BBC politics,
   * four runs each: 55.5 s against 63.4 s), the whole run 5%; on BBC politics (417 articles) every
   * stored event, mention, label and quote is the same, and every dev-set measure too. {@code
   * -Dannals.ner.models=A,B,C} runs others, to compare: CoreNLP's default is {@code
   * english.all.3class…, english.muc.7class…, english.conll.4class…} in that order.
   */
  static final String NER_MODELS =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz,"
          + "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static Properties properties() {
    Properties p = new Properties();
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.model", System.getProperty("annals.ner.models", NER_MODELS));
    p.setProperty("ner.buildEntityMentions", "true");
    return p;
  }

  /**
   * Runs each CRF of the annotator only where it can tag something ({@link GatedClassifier}): the
   * first on sentences that may hold a name, the later ones where a capitalised word is still
   * untagged. {@code -Dannals.ner.gates=false} runs them on every sentence, to compare.
   */
  private static void gate(NERCombinerAnnotator annotator, boolean gates) {
    List<AbstractSequenceClassifier<CoreLabel>> crfs = crfs(annotator);
    List<AbstractSequenceClassifier<CoreLabel>> gated = new ArrayList<>();
    for (int i = 0; i < crfs.size(); i++) {
      AbstractSequenceClassifier<CoreLabel> crf = crfs.get(i);
      String background = crf.flags.backgroundSymbol;
      gated.add(
          i == 0
              ? new GatedClassifier(crf, s -> !gates || GatedClassifier.mayHoldName(s), "CRF 1")
              : new GatedClassifier(
                  crf,
                  s -> !gates || GatedClassifier.mayHoldMoreNames(s, background),
                  "CRF " + (i + 1)));
    }
    setCrfs(annotator, gated);
  }

  /**
   * Gives {@code to} the CRFs {@code from} loaded. CoreNLP has no way to build an NER annotator on
   * loaded models with its full settings (its constructor that takes a combiner skips the
   * NER-specific tokenization); loading them twice would cost 0.5 GB of heap.
   */
  private static void shareModels(NERCombinerAnnotator from, NERCombinerAnnotator to) {
    setCrfs(to, crfs(from));
  }

  /** The CRFs an annotator's combiner runs, in order (CoreNLP keeps them private). */
  @SuppressWarnings("unchecked")
  private static List<AbstractSequenceClassifier<CoreLabel>> crfs(NERCombinerAnnotator annotator) {
    try {
      return (List<AbstractSequenceClassifier<CoreLabel>>) CRFS.get(NER.get(annotator));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unexpected(e);
    }
  }

  private static void setCrfs(
      NERCombinerAnnotator annotator, List<AbstractSequenceClassifier<CoreLabel>> crfs) {
    try {
      CRFS.set(NER.get(annotator), crfs);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unexpected(e);
    }
  }

  private static final Field NER = field(NERCombinerAnnotator.class, "ner");
  private static final Field CRFS = field(ClassifierCombiner.class, "baseClassifiers");

  private static Field field(Class<?> owner, String name) {
    try {
      Field f = owner.getDeclaredField(name);
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw unexpected(e);
    }
  }

  private static IllegalStateException unexpected(Exception e) {
    return new IllegalStateException("CoreNLP's NER classes are not as expected (4.5.10)", e);
  }
}
