package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A text a page or a poster sets between two rules of the same kind, the rule over its title block and the same rule
 * under its text: the rule under the text closes it, and what stands under it is the page's. A poster's words
 * ({@code 原文是簡體，轉自《松江報》…… / ---------- / 上海市松江区……工作报告 / …… / ……而努力奋斗！ / ---------- /
 * 以上。跟我們比較有關的是……}) are commentary; a reader's or a site's lines under its article's frame (a feed reader's
 * {@code ↗ 访问网站}, {@code ◀ 上一篇}, {@code 同一订阅源的其他文章}) are the page's.
 */
final class FramingRules {

    /** The most lines of a poster's own read under a closing rule that only a sentence's end stands over. */
    private static final int POSTERS_LINES = 3;
    /** The end of a closing sentence: a full stop or an exclamation mark. */
    private static final Pattern CLOSES = Pattern.compile("[。！!]$");

    private FramingRules() {
    }

    /**
     * Marks the lines under the rule that closes the text as the page's (a poster's few sentences as commentary), and
     * the rule as a separator, when the same rule stands over the title block with the page's lines above it, and over
     * the closing rule stands the report's closing line, a page's publishing line under the text (来源：……), or, for a
     * poster's few lines, the end of a sentence; never over a report's own attachment, note or numbered part.
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
        int closing = -1; // (the last such rule under the text's first line: not one the page sets between its own lines)
        boolean texted = false;
        for (int i = Math.max(bodyStart, opening + 1); i < lines.size(); i++) {
            texted |= reasons[i] == null && !lines.get(i).text().isBlank();
            closing = texted && lines.get(i).text().strip().equals(rule) ? i : closing;
        }
        int last = closing < 0 ? -1 : SourceLines.previousLine(lines, closing);
        if (last < 0) {
            return;
        }
        String above = lines.get(last).text().strip();
        // (a page's publishing line under the text, over the text's own closing line: not a page's staff over the rule
        // of a paper's next page, which the text goes on to)
        String text = ForumReplies.lastTextBefore(lines, reasons, closing);
        boolean closed = reasons[last] == RemovalReason.PUBLICATION && PageArticles.closesAReport(text)
                || reasons[last] == null && PageArticles.closesAReport(above);
        if (!closed && !(reasons[last] == null && CLOSES.matcher(above).find())) {
            return;
        }
        int under = 0;
        for (int j = closing + 1; j < lines.size(); j++) {
            String t = lines.get(j).text().strip();
            if (reasons[j] == RemovalReason.PAGE_MARKER) {
                return; // (the text goes on: （上接第二版）)
            }
            if (reasons[j] == null && !t.isEmpty()) {
                if (under == 0 && (ReportParts.opensOwnPart(t) || HeadingRecognizer.numbering(t).isPresent())) {
                    return;
                }
                under++;
            }
        }
        if (under == 0 || !closed && under > POSTERS_LINES) {
            return;
        }
        reasons[closing] = reasons[closing] == null || reasons[closing] == RemovalReason.DUPLICATE ? RemovalReason.SEPARATOR
                : reasons[closing];
        for (int j = closing + 1; j < lines.size(); j++) {
            String t = lines.get(j).text().strip();
            if (reasons[j] == null && !t.isEmpty()) {
                // (a poster's sentences are commentary; a page's buttons and lists, the page's)
                reasons[j] = CLOSES.matcher(t).find() ? RemovalReason.COMMENTS
                        : rules.classify(t, false).orElse(RemovalReason.ADVERTISING);
            }
        }
    }
}
