package org.annals.pipeline;

/** The layers a {@link Document} can carry; stages declare which they need and which they add. */
public enum Layer {
  RAW,
  CLEAN_TEXT,
  METADATA,
  ANNOTATIONS,
  ACTORS,
  QUOTES,
  EVENTS,
  LABELS
}
