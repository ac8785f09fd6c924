package org.annals.store.read;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One attributed quote: the record of {@code annals quotes} and of {@code /api/quotes}.
 *
 * @param id the quote's id
 * @param article the article it was read from
 * @param speaker who said it, or null
 * @param addressee to whom, or null
 * @param text the words said
 * @param direct true for quoted words, false for reported speech
 * @param cue the reporting word, e.g. said
 * @param start offset of the words in the raw input
 * @param end end offset in the raw input
 * @param rule the rule that found it
 * @param reportedBy the quote this one is reported inside, or null
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record QuoteRecord(
    String id,
    String article,
    Party speaker,
    Party addressee,
    String text,
    boolean direct,
    String cue,
    int start,
    int end,
    String rule,
    String reportedBy) {}
