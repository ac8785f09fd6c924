package org.annals.framing;

import org.annals.model.Span;

/**
 * The words an article puts around one actor mention: the noun phrase the name heads or modifies
 * ("the Hamas terrorist movement"), a phrase apposed to it ("the resistance movement Hamas",
 * "Hamas, the group that runs Gaza"), or the noun it is the object of ("militants from Hamas").
 *
 * @param sentence the sentence index
 * @param sentenceSpan the sentence's span in the clean text (the label's example sentence)
 * @param actorId the mentioned actor (article-local id, as in the article's mentions)
 * @param mention the name's span in the clean text
 * @param phrase the span of the whole phrase, name included, in the clean text
 * @param label the words of the phrase other than the name and its determiner, as written
 *     ("terrorist movement", "Iranian-backed rebels")
 * @param lemmas the label's words as lower-case lemmas, space-separated (what lexicon terms match)
 * @param head the lemma of the label's last common noun ("movement"), or null when it has none
 * @param rule how the phrase was found: "np", "apposition", "prenominal", "of-phrase" (provenance)
 */
public record Label(
    int sentence,
    Span sentenceSpan,
    String actorId,
    Span mention,
    Span phrase,
    String label,
    String lemmas,
    String head,
    String rule) {}
