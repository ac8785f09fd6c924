package org.annals.actors;

/** Display forms of names. */
public final class ActorNames {
  private ActorNames() {}

  /** "Ayatollah Ali Khamenei" → "Ali Khamenei"; a lone honorific-only name is kept as it is. */
  public static String withoutHonorifics(String name) {
    return String.join(" ", ActorResolver.canonicalWords(name));
  }
}
