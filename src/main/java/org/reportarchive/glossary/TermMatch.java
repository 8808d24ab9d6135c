package org.reportarchive.glossary;

import org.reportarchive.model.GlossaryEntry;

/** A glossary term found in a text: where, how long, and which entry. */
public record TermMatch(int offset, int length, GlossaryEntry entry) {
    public int end() {
        return offset + length;
    }
}
