package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A text a poster sets between two rules of the same kind, the poster's words above the first and under the second
 * ({@code 原文是簡體，轉自《松江報》…… / ---------- / 上海市松江区……工作报告 / …… / ……而努力奋斗！ / ---------- / 以上。跟我們比較有關的是……}):
 * the rule under the text closes it, and the few lines of the poster's under it are commentary, not the report's.
 */
final class FramingRules {

    /** The most lines of the poster's own read under the closing rule. */
    private static final int POSTERS_LINES = 3;
    /** What a report may set under a rule of its own, which stays the report's: its attachments and notes. */
    private static final Pattern OWN_AFTER_RULE = Pattern.compile("^(附件|附表|附录|附[:：]|注[:：]|说明[:：]|注释|名词解释)");
    /** The end of a closing sentence: a full stop or an exclamation mark. */
    private static final Pattern CLOSES = Pattern.compile("[。！!]$");

    private FramingRules() {
    }

    /**
     * Marks the poster's lines under the rule that closes the text as commentary, and the rule as a separator, when the
     * same rule stands over the title block, with the page's lines above it.
     *
     * @param anchor    the title block's first line
     * @param bodyStart the text's first line
     */
    static void cutAtTheClosingRule(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons, int anchor,
                                    int bodyStart) {
        int opening = anchor < 0 ? -1 : SourceLines.previousLine(lines, anchor);
        if (opening < 0 || reasons[opening] == null) {
            return;
        }
        String rule = lines.get(opening).text().strip();
        if (rules.classify(rule, false).orElse(null) != RemovalReason.SEPARATOR) {
            return;
        }
        int closing = -1;
        for (int i = Math.max(bodyStart, opening + 1); i < lines.size() && closing < 0; i++) {
            closing = lines.get(i).text().strip().equals(rule) ? i : -1;
        }
        int last = closing < 0 ? -1 : SourceLines.previousLine(lines, closing);
        if (last < 0 || reasons[last] != null || !CLOSES.matcher(lines.get(last).text().strip()).find()) {
            return;
        }
        int posters = 0;
        for (int j = closing + 1; j < lines.size(); j++) {
            String t = lines.get(j).text().strip();
            if (reasons[j] == null && !t.isEmpty()) {
                if (++posters > POSTERS_LINES || OWN_AFTER_RULE.matcher(t).find()) {
                    return;
                }
            }
        }
        if (posters == 0) {
            return;
        }
        reasons[closing] = reasons[closing] == null || reasons[closing] == RemovalReason.DUPLICATE ? RemovalReason.SEPARATOR
                : reasons[closing];
        for (int j = closing + 1; j < lines.size(); j++) {
            if (reasons[j] == null && !lines.get(j).text().isBlank()) {
                reasons[j] = RemovalReason.COMMENTS;
            }
        }
    }
}
