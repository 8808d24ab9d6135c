package org.reportarchive.model;

/** An occurrence of a glossary term that carries the tooltip link: where it is in a paragraph, and its entry. */
public record TermLink(String paragraphId, int offset, int length, String slug) {
}
