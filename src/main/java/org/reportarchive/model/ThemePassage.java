package org.reportarchive.model;

/**
 * A paragraph of a report that is about a theme.
 *
 * @param snippet the paragraph's run-in heading, or its first words
 */
public record ThemePassage(String theme, String reportId, String paragraphId, String snippet) {
}
