package org.reportarchive.model;

/**
 * A heading that opens a paragraph and runs on into its text, e.g. {@code 一是突出首要任务强化政治引领。}.
 *
 * @param length  number of characters of the paragraph text the heading spans (terminal punctuation included)
 * @param level   heading level, on the same scale as {@link Heading#level()}
 */
public record RunInHeading(int length, int level, HeadingStyle style) {
}
