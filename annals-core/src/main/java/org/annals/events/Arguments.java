package org.annals.events;

import java.util.List;

/**
 * The tokens that stand for an event's source and target, before they are resolved to actors.
 *
 * @param sourceTokens heads of the phrases that name who acts
 * @param targetTokens heads of the phrases that name to whom
 * @param passive whether the trigger is a passive verb (its subject is the target)
 * @param eventVerb the verb whose tense, negation and dates are the event's, or -1 for none
 */
record Arguments(
    List<Integer> sourceTokens, List<Integer> targetTokens, boolean passive, int eventVerb) {

  /** The same arguments with other target tokens. */
  Arguments withTargets(List<Integer> targets) {
    return new Arguments(sourceTokens, targets, passive, eventVerb);
  }
}
