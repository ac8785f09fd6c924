package org.annals.events;

import java.util.List;
import java.util.Set;

/**
 * What a CAMEO code says about how an event is coded: force by states or violence by others,
 * symmetric consultation and cooperation, material conflict. Stateless.
 */
final class CameoKinds {
  private CameoKinds() {}

  private static final Set<String> NON_STATE = Set.of("REB", "INS", "OPP", "CVL", "CRM", "SEP");
  private static final Set<String> STATE_FORCE = Set.of("MIL", "GOV", "COP");

  /**
   * CAMEO's 19 is force used by states' armed forces, 18 violence by others: a generic attack (190)
   * by rebels is unconventional violence (180), a killing (1823) by an army is force (190).
   */
  static String bySource(String cameo, List<Event.Participant> sources) {
    if (sources.isEmpty() || !(cameo.equals("190") || cameo.equals("1823"))) {
      return cameo;
    }
    Event.Participant src = sources.get(0);
    boolean nonState = src.sector() != null && NON_STATE.contains(src.sector());
    boolean state =
        src.sector() != null && STATE_FORCE.contains(src.sector())
            || src.sector() == null
                && src.actor() != null
                && src.actor().equals(src.country()); // a country itself
    if (cameo.equals("190") && nonState) {
      return "180";
    }
    return cameo.equals("1823") && state ? "190" : cameo;
  }

  /** Consultation and cooperation: done with each other, not one to the other. */
  static boolean symmetric(String cameo) {
    return cameo.startsWith("04") || cameo.startsWith("06") || cameo.startsWith("057");
  }

  /** Material conflict (attacks, strikes) is news even when the attacker goes unnamed. */
  static boolean material(TriggerLexicon.Entry e) {
    return CameoCodes.quadClass(e.cameo()) == 4;
  }
}
