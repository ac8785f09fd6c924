package org.annals.quotes;

import org.annals.model.Span;

/**
 * Who speaks for a cue, as {@link Subjects#of} found it.
 *
 * @param speaker the speaker as written, or null when the sentence gives none
 * @param before the token right before the speaker's noun phrase (where the reporting clause may
 *     stand apart from the words: "…, X said"), or -1 when the speaker was taken from elsewhere
 * @param antecedent the noun a relative pronoun speaks for ("Ted Cruz, who said …"), or null
 * @param restrictive whether that relative clause is restrictive ("voters who back Sanders")
 * @param participle whether a participle speaks for the sentence's subject ("…, saying …")
 */
record CueSubject(
    Span speaker, int before, Span antecedent, boolean restrictive, boolean participle) {}
