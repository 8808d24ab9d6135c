package org.reportarchive.model;

/**
 * A note the archive adds to a paragraph: a repair it made (a joined column break) or something it saw in
 * the source (a visible gap, a stray traditional character). Notes never change the report text.
 *
 * @param id        stable id on the page, e.g. {@code n3}
 * @param blockId   id of the paragraph the note belongs to
 * @param offset    character offset in the paragraph text where the note mark goes
 * @param message   what a reader is told, in Chinese
 * @param line      source line the note refers to
 */
public record EditorialNote(String id, NoteKind kind, String blockId, int offset, String message, int line) {
}
