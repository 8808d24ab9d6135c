package org.reportarchive.ingest.notes;

import java.util.List;

/** Looks at a paragraph of report text and reports what a reader should be told about it. */
public interface NoteDetector {
    List<Finding> find(String text);
}
