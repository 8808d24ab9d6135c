package org.reportarchive.ingest.notes;

import java.util.List;

/** Looks at a paragraph of report text and reports what a reader should be told about it. */
public interface NoteDetector {
    List<Finding> find(String text);

    /**
     * The detector to use for one document, given all of its text: a detector whose judgement depends on the
     * whole document (is it written in traditional characters?) decides here.
     */
    default NoteDetector forDocument(String wholeText) {
        return this;
    }
}
