package org.annals.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.annals.actors.Actor;
import org.annals.actors.ActorKind;
import org.annals.model.Span;
import org.annals.quotes.Quote;

/**
 * Who reported an event: the outlets whose report its words stand in ("…, IRNA reported",
 * "according to state media"), innermost first, then the article's own agency. Stateless.
 */
final class ReportingChain {
  private ReportingChain() {}

  private static final Pattern OUTLET =
      Pattern.compile(
          "\\b(media|agency|news|press|television|tv|radio|newspaper|daily|outlet|wire|broadcaster"
              + "|channel|website)\\b",
          Pattern.CASE_INSENSITIVE);

  /**
   * The outlets whose report the trigger stands in ("…, IRNA reported", "according to state
   * media"), innermost first, then the article's own agency.
   */
  static List<String> of(ParsedArticle d, Span trigger, int sentence) {
    List<Quote> around = new ArrayList<>();
    for (Quote q : d.quotes()) {
      boolean covers = q.content().contains(trigger) || q.sentence() == sentence;
      if (covers && q.speaker() != null && isOutlet(d, q)) {
        around.add(q); // "Pezeshkian praised the Houthis "…," IRNA reported": the whole sentence
      }
    }
    around.sort(Comparator.comparingInt(q -> q.content().length()));
    List<String> out = new ArrayList<>();
    for (Quote q : around) {
      String name =
          q.speakerActor() == null
              ? null
              : d.actors().actor(q.speakerActor()).map(Actor::name).orElse(null);
      if (name == null || kbCountry(d, q.speakerActor())) {
        name = q.speaker().of(d.text()).replaceFirst("(?i)^the\\s+", "");
      }
      if (!out.contains(name)) {
        out.add(name);
      }
    }
    for (Quote q : d.quotes()) {
      // "Pezeshkian praised … “…,” IRNA reported": the words went to Pezeshkian, IRNA reports
      if (q.reporter() != null && (q.content().contains(trigger) || q.sentence() == sentence)) {
        String name = q.reporter().of(d.text()).replaceFirst("(?i)^the\\s+", "");
        if (!out.contains(name)) {
          out.add(name);
        }
      }
    }
    if (d.meta() != null && d.meta().agency() != null && !out.contains(d.meta().agency())) {
      out.add(d.meta().agency());
    }
    return out;
  }

  /** "the Tehran regime's state media" resolves to Iran; the words name the outlet better. */
  private static boolean kbCountry(ParsedArticle d, String actorId) {
    return d.actors().actor(actorId).map(x -> x.kind() == ActorKind.COUNTRY).orElse(false);
  }

  private static boolean isOutlet(ParsedArticle d, Quote q) {
    if (q.speakerActor() != null) {
      Actor actor = d.actors().actor(q.speakerActor()).orElse(null);
      if (actor != null && actor.sectors().contains("MED")) {
        return true;
      }
    }
    return OUTLET.matcher(q.speaker().of(d.text())).find();
  }
}
