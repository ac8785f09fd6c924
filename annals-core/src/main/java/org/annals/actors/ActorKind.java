package org.annals.actors;

/** What kind of thing an actor is. */
public enum ActorKind {
  PERSON,
  ORGANIZATION,
  COUNTRY,
  GROUP,
  LOCATION;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
