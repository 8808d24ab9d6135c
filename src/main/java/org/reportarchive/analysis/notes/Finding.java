package org.reportarchive.analysis.notes;

import org.reportarchive.model.NoteKind;

/**
 * Something a detector saw in a paragraph.
 *
 * @param offset where the note mark goes (just after what was seen)
 */
public record Finding(int offset, NoteKind kind, String message) {
}
