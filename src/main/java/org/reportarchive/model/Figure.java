package org.reportarchive.model;

/**
 * A key figure a report states: how many of something its congress did, read from one sentence.
 *
 * @param measure   what is counted ({@code standing_committee_sessions}, {@code laws_enacted} ...; see
 *                  {@code figures.Measure})
 * @param value     the count
 * @param unit      the measure word as written after the number (次, 件, 人次 ...)
 * @param period    {@code year}, {@code five-years} or {@code term}: the time the count covers, as the text says
 *                  it (in the sentence, earlier in its paragraph, in its section's heading or in the report's
 *                  opening); null when the text does not say
 * @param sentence  the sentence it was read from, as written
 * @param paragraph the id of the paragraph that holds the sentence (its permalink)
 */
public record Figure(String measure, int value, String unit, String period, String sentence, String paragraph) {
}
