package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * The rule a printed page sets over its number at its foot ({@code ————————} / {@code — 1 —}): the page's, like the
 * number under it, not a rule the text sets between its sections (which stays).
 */
final class PageFootRules {

    /** A rule alone on its line: six or more dashes, lines or equals signs. */
    private static final Pattern RULE = Pattern.compile("^[\\s\\u3000]*[—\\-－─━=＝_＿]{6,}[\\s\\u3000]*$");

    private PageFootRules() {
    }

    /** Marks each rule right over a line taken off as a page's number as a separator. */
    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            if (reasons[i] != RemovalReason.PAGE_NUMBER) {
                continue;
            }
            int above = SourceLines.previousLine(lines, i);
            if (above >= 0 && reasons[above] == null && RULE.matcher(lines.get(above).text()).matches()) {
                reasons[above] = RemovalReason.SEPARATOR;
            }
        }
    }
}
