package org.reportarchive.model;

/**
 * A stand-alone heading line.
 *
 * @param level  1 for the report's top sections; deeper levels count up
 * @param text   the heading text as in the source (Markdown {@code #} marks removed)
 * @param style  the numbering style it uses, e.g. {@code 一、}
 */
public record Heading(String id, int level, String text, HeadingStyle style, int line) implements Block {
}
