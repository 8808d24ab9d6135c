package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A report a book or a page prints under its own text, after a label alone on its line ({@code 附：}, {@code 附录}):
 * a county gazetteer's chapter on the people's congress, then {@code 附：} and the report with its title block. The
 * text above the label is the book's, not the report's, when no title block of a report stands above it; under a
 * report's own text, the same label opens the report's attachment and nothing is taken off.
 */
final class AttachedDocument {

    /** The label alone: 附：, 附, 附录, 附录：. */
    private static final Pattern LABEL = Pattern.compile("^附(录)?[:：]?$");
    /** The lines under a title a delivery or speaker line is looked for within. */
    private static final int TITLE_BLOCK = 3;

    private AttachedDocument() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            String t = SourceLine.trim(lines.get(i).text());
            if (reasons[i] != null || t.isEmpty()) {
                continue;
            }
            if (FrontMatter.parseDelivery(t).isPresent()) {
                return; // a report's title block above any label: a label under it opens the report's attachment
            }
            if (LABEL.matcher(t).matches() && titleBlockUnder(lines, reasons, i)) {
                for (int k = 0; k <= i; k++) {
                    if (reasons[k] == null && !SourceLine.trim(lines.get(k).text()).isEmpty()) {
                        reasons[k] = RemovalReason.OTHER_ARTICLE;
                    }
                }
                return;
            }
        }
    }

    /** Whether a report's title block follows a line: a title, and a delivery or speaker line right under it. */
    private static boolean titleBlockUnder(List<SourceLine> lines, RemovalReason[] reasons, int label) {
        int title = SourceLines.nextKept(lines, reasons, label);
        if (title < 0 || !FrontMatter.isTitle(lines.get(title).text())) {
            return false;
        }
        int k = title;
        for (int seen = 0; seen < TITLE_BLOCK; seen++) {
            k = SourceLines.nextKept(lines, reasons, k);
            if (k < 0) {
                return false;
            }
            String t = SourceLine.trim(lines.get(k).text());
            if (FrontMatter.parseDelivery(t).isPresent() || FrontMatter.parseSpeaker(t).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
