package org.reportarchive.model;

/**
 * One occurrence of a glossary term in a report: where it is and its context (keyword in context).
 *
 * @param slug      the entry
 * @param block     position of the heading, paragraph or footnote in the report, for ordering
 * @param surface   the text as it stands in the report
 * @param before    up to a few characters of text before it
 * @param after     up to a few characters of text after it
 * @param linked    whether this occurrence carries the tooltip link on the page
 */
public record TermOccurrence(String slug, String reportId, String paragraphId, int block, int offset, String surface,
                             String before, String after, boolean linked) {
}
