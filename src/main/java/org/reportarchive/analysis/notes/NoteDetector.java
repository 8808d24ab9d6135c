package org.reportarchive.analysis.notes;

import java.util.List;
import org.reportarchive.analysis.TextAnalysis;

/** Looks at a paragraph of report text, as analysed, and reports what a reader should be told about it. */
public interface NoteDetector {
    /** What the detector sees in the paragraph; offsets are offsets in {@code paragraph.text()}. */
    List<Finding> find(TextAnalysis paragraph);

    /**
     * The detector to use for one document, given all of its text: a detector whose judgement depends on the
     * whole document (is it written in traditional characters?) decides here.
     */
    default NoteDetector forDocument(String wholeText) {
        return this;
    }
}
