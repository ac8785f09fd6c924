package org.annals.pipeline;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.annals.actors.ArticleActors;
import org.annals.events.Event;
import org.annals.framing.Label;
import org.annals.model.Annotations;
import org.annals.model.CleanText;
import org.annals.model.RawArticle;
import org.annals.quotes.Quote;

/**
 * One article moving through the pipeline: the raw input and the layers stages have added so far
 * (null until added). Immutable; a stage returns a new document.
 */
public record Document(
    RawArticle raw,
    CleanText clean,
    Annotations annotations,
    ArticleActors actors,
    List<Quote> quotes,
    List<Event> events,
    List<Label> labels) {
  public Document {
    Objects.requireNonNull(raw, "raw");
  }

  public static Document of(RawArticle raw) {
    return new Document(raw, null, null, null, null, null, null);
  }

  public Document withClean(CleanText c) {
    return new Document(raw, c, annotations, actors, quotes, events, labels);
  }

  public Document withAnnotations(Annotations a) {
    return new Document(raw, clean, a, actors, quotes, events, labels);
  }

  public Document withActors(ArticleActors a) {
    return new Document(raw, clean, annotations, a, quotes, events, labels);
  }

  public Document withQuotes(List<Quote> q) {
    return new Document(raw, clean, annotations, actors, List.copyOf(q), events, labels);
  }

  public Document withEvents(List<Event> e) {
    return new Document(raw, clean, annotations, actors, quotes, List.copyOf(e), labels);
  }

  public Document withLabels(List<Label> l) {
    return new Document(raw, clean, annotations, actors, quotes, events, List.copyOf(l));
  }

  public String id() {
    return raw.id();
  }

  public Set<Layer> layers() {
    Set<Layer> s = EnumSet.of(Layer.RAW);
    if (clean != null) {
      s.add(Layer.CLEAN_TEXT);
      s.add(Layer.METADATA);
    }
    if (annotations != null) {
      s.add(Layer.ANNOTATIONS);
    }
    if (actors != null) {
      s.add(Layer.ACTORS);
    }
    if (quotes != null) {
      s.add(Layer.QUOTES);
    }
    if (events != null) {
      s.add(Layer.EVENTS);
    }
    if (labels != null) {
      s.add(Layer.LABELS);
    }
    return s;
  }
}
