package org.reportarchive.analysis.notes;

import java.util.ArrayList;
import java.util.List;
import org.reportarchive.analysis.ReportAnalysis;
import org.reportarchive.model.Block;
import org.reportarchive.model.EditorialNote;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;

/**
 * Runs the note detectors over a report's paragraphs, reading each paragraph's analysis, and adds what they find
 * to the notes the report already has (the repairs made when it was read), in document order.
 */
public final class NoteFinder {

    private final List<NoteDetector> detectors;

    public NoteFinder(List<NoteDetector> detectors) {
        this.detectors = List.copyOf(detectors);
    }

    /** All the archive's detectors. */
    public static NoteFinder defaults() {
        return new NoteFinder(List.of(new EmptyQuoteDetector(), PhraseGapDetector.defaults(),
                new VariantCharacterDetector(), new ForeignWordDetector(), new RepeatedWordDetector()));
    }

    /** The report with the detectors' notes added to its own. */
    public Report find(Report report, ReportAnalysis analysis) {
        StringBuilder whole = new StringBuilder();
        for (Block b : report.body()) {
            if (b instanceof Paragraph) {
                whole.append(b.text()).append('\n');
            }
        }
        List<NoteDetector> forReport = detectors.stream().map(d -> d.forDocument(whole.toString())).toList();
        List<EditorialNote> notes = new ArrayList<>(report.notes());
        for (Paragraph p : report.paragraphs()) {
            for (NoteDetector detector : forReport) {
                for (Finding f : detector.find(analysis.of(p.id()))) {
                    notes.add(new EditorialNote("", f.kind(), p.id(), f.offset(), f.message(), p.line()));
                }
            }
        }
        return report.withNotes(EditorialNote.inDocumentOrder(report.body(), report.footnotes(), notes));
    }
}
