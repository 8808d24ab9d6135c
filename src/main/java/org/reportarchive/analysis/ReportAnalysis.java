package org.reportarchive.analysis;

import java.util.LinkedHashMap;
import java.util.Map;
import org.reportarchive.model.Block;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.Report;

/**
 * The analysis of every block of one report (headings, paragraphs and the report's own footnotes), made once and
 * handed to every stage that reads the report's words.
 *
 * @param blocks block or footnote id to its analysis, in document order
 */
public record ReportAnalysis(Map<String, TextAnalysis> blocks) {

    public ReportAnalysis {
        blocks = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
    }

    /** Segments each block of the report once. */
    public static ReportAnalysis of(Report report) {
        Map<String, TextAnalysis> blocks = new LinkedHashMap<>();
        for (Block b : report.body()) {
            blocks.put(b.id(), Segmenter.analyse(b.text()));
        }
        for (Footnote f : report.footnotes()) {
            blocks.put(f.id(), Segmenter.analyse(f.text()));
        }
        return new ReportAnalysis(blocks);
    }

    /** The analysis of a block or footnote. */
    public TextAnalysis of(String id) {
        TextAnalysis a = blocks.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no block " + id + " in this analysis");
        }
        return a;
    }
}
