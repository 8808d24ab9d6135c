package org.reportarchive.ingest;

import java.util.List;
import org.reportarchive.model.RemovalReason;

/**
 * The rule a printed page sets over its number at its foot ({@code ————————} / {@code — 1 —}): the page's, like the
 * number under it, not a rule the text sets between its sections (which stays).
 */
final class PageFootRules {

    private PageFootRules() {
    }

    /** Marks each rule (a row the rules read as a separator) right over a line taken off as a page's number. */
    static void mark(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            if (reasons[i] != RemovalReason.PAGE_NUMBER) {
                continue;
            }
            int above = SourceLines.previousLine(lines, i);
            if (above >= 0 && reasons[above] == null
                    && rules.classify(lines.get(above).text().strip(), false).orElse(null) == RemovalReason.SEPARATOR) {
                reasons[above] = RemovalReason.SEPARATOR;
            }
        }
    }
}
