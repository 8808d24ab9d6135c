package org.reportarchive.model;

/**
 * What glossary pages show of a report they link to.
 *
 * @param year the year of the report, or null when it is not known
 * @param city the city (or, above a city, the place) it is filed under, or null for an anonymised report or one
 *             of unknown place
 */
public record ReportRef(String id, String title, String place, String when, String url, Integer year, String city) {
}
