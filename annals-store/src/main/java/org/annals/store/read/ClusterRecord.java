package org.annals.store.read;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * One real-world event: the summary of all its mentions.
 *
 * @param cluster its id
 * @param date the best-supported date (ISO), or null
 * @param datePrecision how precisely that date is known: day, week, month, year or unknown
 * @param conflictingDates the other dates its mentions give (ISO)
 * @param conflictingPrecisions the precision of each of those, in the same order
 * @param cameo the code most mentions give
 * @param plover PLOVER type and mode of that code
 * @param quadClass quad class of that code
 * @param goldstein Goldstein value of that code
 * @param source who did it (from the first mention with that code)
 * @param target to whom
 * @param location where
 * @param mentions number of mentions
 * @param articles number of articles
 * @param sources distinct outlets or agencies that reported it
 * @param firstReport earliest publication date among its articles, or null
 * @param lastReport latest publication date, or null
 * @param events ids of its mentions
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClusterRecord(
    String cluster,
    String date,
    String datePrecision,
    List<String> conflictingDates,
    List<String> conflictingPrecisions,
    String cameo,
    Plover plover,
    int quadClass,
    double goldstein,
    EventParty source,
    EventParty target,
    Place location,
    int mentions,
    int articles,
    List<String> sources,
    String firstReport,
    String lastReport,
    List<String> events) {}
