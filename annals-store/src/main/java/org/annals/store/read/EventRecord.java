package org.annals.store.read;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One event mention: the event record of {@code annals events} and of {@code /api/events}.
 *
 * @param id the mention's id
 * @param cluster the same for every mention of one real-world event across articles
 * @param article the article it was read from
 * @param date ISO date, or null when unknown
 * @param dateText the words the date came from
 * @param datePrecision day, week, month, year or unknown
 * @param dateBasis text (said in the sentence), article (the report's date) or none
 * @param cameo CAMEO code, e.g. 041
 * @param plover PLOVER type and mode, or null
 * @param quadClass CAMEO quad class 1-4
 * @param goldstein Goldstein scale value
 * @param source who did it, or null
 * @param target to whom, or null
 * @param location where, or null
 * @param reportedBy agencies or outlets in the reporting chain, nearest first
 * @param negated true when the sentence says it did not happen
 * @param modality asserted, negated, planned, demanded, ...
 * @param evidence the sentence it was read from
 * @param trigger the words that made it
 * @param rule the rule or dictionary entry that made it
 * @param link why it joined its cluster, or null for the cluster's first mention
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventRecord(
    String id,
    String cluster,
    String article,
    String date,
    String dateText,
    String datePrecision,
    String dateBasis,
    String cameo,
    Plover plover,
    int quadClass,
    double goldstein,
    EventParty source,
    EventParty target,
    Place location,
    List<String> reportedBy,
    boolean negated,
    String modality,
    Evidence evidence,
    Trigger trigger,
    String rule,
    Link link) {
  public EventRecord {
    reportedBy = List.copyOf(reportedBy);
  }

  /** True when the date was given by the sentence itself to the day. */
  @JsonIgnore
  public boolean datedToDay() {
    return date != null && "day".equals(datePrecision);
  }
}
