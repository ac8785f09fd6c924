package org.annals.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.annals.model.Dependency;
import org.annals.model.Sentence;
import org.annals.model.Span;
import org.annals.model.Token;
import org.annals.quotes.QuoteExtractor;

/**
 * Codes demands no trigger word names: "Russia said that Sudan must return the helicopter" is a
 * demand (CAMEO 100) by the speaker of the one who must act. Thread-safe.
 */
final class DemandRule {
  private static final Set<String> DEMANDING_AUX = Set.of("must", "should");

  private final Participants participants;

  DemandRule(Participants participants) {
    this.participants = participants;
  }

  /**
   * "Russia said that Sudan must return the helicopter": whoever says another must act demands it
   * of them (CAMEO 100), whatever the act.
   */
  List<Event> find(ParsedArticle d, Sentence s) {
    List<Event> out = new ArrayList<>();
    for (Token t : d.tokens(s)) {
      if (!DEMANDING_AUX.contains(t.text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency aux : d.graph().parents(t.index())) {
        int verb = aux.governor();
        if (!aux.relation().equals("aux") || verb < 0) {
          continue;
        }
        for (Dependency up : d.graph().parents(verb)) {
          int say = up.governor();
          if (!up.relation().equals("ccomp")
              || say < 0
              || !QuoteExtractor.CUES.contains(d.tokens().get(say).lemma().toLowerCase(Locale.ROOT))
                  && !d.tokens().get(say).lemma().equalsIgnoreCase("conclude")) {
            continue;
          }
          List<Event.Participant> sources =
              participants.resolve(d, Clauses.subjects(d, say), Set.of());
          List<Event.Participant> targets =
              participants.resolve(
                  d, d.graph().children(verb, "nsubj"), Participants.actorIds(sources));
          if (sources.isEmpty() || targets.isEmpty()) {
            continue;
          }
          Span trigger = new Span(t.span().start(), d.tokens().get(verb).span().end());
          DateChoice date = DateChoice.of(d, s, say, say);
          List<String> reportedBy = ReportingChain.of(d, trigger, s.index());
          for (Event.Participant src : sources) {
            for (Event.Participant tgt : targets) {
              out.add(
                  new Event(
                      s.index(),
                      trigger,
                      s.span(),
                      "100",
                      "rule:must-clause",
                      src,
                      tgt,
                      date.date(),
                      date.text(),
                      date.precision(),
                      date.basis(),
                      null,
                      reportedBy,
                      "asserted",
                      null));
            }
          }
        }
      }
    }
    return out;
  }
}
