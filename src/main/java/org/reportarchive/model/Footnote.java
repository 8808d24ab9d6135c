package org.reportarchive.model;

/**
 * A footnote the report defines in its own 名词解释 (glossary) section.
 *
 * @param label       the footnote number, e.g. {@code 1}
 * @param term        the term as the report writes it, e.g. {@code “一点一库一基地”}
 * @param definition  the report's definition, verbatim
 * @param text        the whole entry exactly as in the source, e.g. {@code 1.“一点一库一基地”:基层立法联系点,…}
 */
public record Footnote(String id, String label, String term, String definition, String text, int line) {
}
