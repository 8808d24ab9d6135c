package org.reportarchive.model;

import java.util.List;

/**
 * A paragraph of report text.
 *
 * @param text      the report text, footnote markers taken out (see {@link #footnoteRefs()})
 * @param line      first source line
 * @param lastLine  last source line (differs from {@code line} when a column break was joined)
 * @param runIn     the run-in heading that opens the paragraph ({@code （一）党的领导全面落实。}), or null
 */
public record Paragraph(String id, String text, int line, int lastLine, RunInHeading runIn,
                        List<FootnoteRef> footnoteRefs) implements Block {
    public Paragraph {
        footnoteRefs = List.copyOf(footnoteRefs);
    }
}
