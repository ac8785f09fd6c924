package org.annals.actors;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Someone or something that acts in the news.
 *
 * @param id stable id ("IRN", "IGO-UNSC", "phx:MAHMOUD_AHMADINEJAD", "p:…" for discovered persons)
 * @param name canonical name
 * @param country ISO 3166 alpha-3, or null
 * @param sectors CAMEO/Phoenix agent codes, e.g. GOV, MIL, REB
 * @param aliases every surface form known or seen
 * @param known true when it came from the knowledge base, false when discovered in text
 * @param source the file (and line) it was loaded from, or the article it was discovered in
 */
public record Actor(
    String id,
    ActorKind kind,
    String name,
    String country,
    List<String> sectors,
    List<String> aliases,
    List<Role> roles,
    boolean known,
    String source) {
  public Actor {
    sectors = List.copyOf(sectors);
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /** The same actor with {@code more} roles after its own (roles an article's words give it). */
  public Actor withMoreRoles(List<Role> more) {
    List<Role> all = new java.util.ArrayList<>(roles);
    all.addAll(more);
    return new Actor(id, kind, name, country, sectors, aliases, all, known, source);
  }

  /**
   * The role held on a date: among the roles held then, a dated one before an undated one (the more
   * specific statement wins); empty when none.
   */
  public Optional<Role> roleOn(LocalDate date) {
    Role best = null;
    for (Role r : roles) {
      if (r.heldOn(date) && (best == null || r.dated() && !best.dated())) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }
}
