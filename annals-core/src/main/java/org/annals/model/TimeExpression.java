package org.annals.model;

/**
 * A time expression and what it means.
 *
 * @param type TIMEX3 type: DATE, TIME, DURATION or SET
 * @param value the normalised TIMEX3 value ("2024-07-15", "2024-W28", "XXXX-WXX-1", "PRESENT_REF")
 * @param date the ISO date it names, when it names one (the first day of a week, month or year),
 *     else null: never made up
 * @param precision how precise {@code date} is; UNKNOWN when {@code date} is null
 */
public record TimeExpression(
    int sentence,
    Span span,
    String text,
    String type,
    String value,
    String date,
    DatePrecision precision) {}
