package org.annals.store.read;

/**
 * An office or role an actor held.
 *
 * @param title e.g. Prime Minister
 * @param of the actor (country, organisation) the role is of, or null
 * @param sector the sector code of the role, or null
 * @param from ISO date (or year, year-month) it began, or null
 * @param to ISO date it ended, or null while held or unknown
 * @param article the article that said it, or null when it came from the knowledge base
 * @param source the knowledge-base entry or rule it came from
 */
public record RoleRecord(
    String title,
    String of,
    String sector,
    String from,
    String to,
    String article,
    String source) {}
