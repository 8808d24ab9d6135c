package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A page's publishing line right under the report's closing line ({@code 以上报告，请予审议。} / {@code 来源：德州人大网}): the
 * article ends there, and what follows is the page's (a library's buttons and recommendations, a platform's tags,
 * counters and comments), sentences or not; unless the report's own part follows (附件, 名词解释, 注释), which stays.
 */
final class SourceUnderText {

    /** A publishing line's key that the page sets under an article: 来源：, 编辑：, 责任编辑：, 作者：. */
    private static final Pattern KEY = Pattern.compile("^[（(【\\[]?(来源|稿源|信息来源|文章来源|编辑|责任编辑|责编|作者)[\\s\\u3000]*[:：】\\]]");

    private SourceUnderText() {
    }

    static void cut(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        for (int i = Math.max(bodyStart, 0); i < lines.size(); i++) {
            if (reasons[i] != null || !PageArticles.closesAReport(lines.get(i).text())) {
                continue;
            }
            int source = sourceUnder(rules, lines, reasons, i);
            if (source < 0) {
                continue;
            }
            for (int j = source + 1; j < lines.size(); j++) {
                if (reasons[j] == null && ReportParts.opensOwnPart(lines.get(j).text())) {
                    return; // (the report's own part under it: nothing is the page's)
                }
            }
            for (int j = source + 1; j < lines.size(); j++) {
                String t = lines.get(j).text().strip();
                if (reasons[j] == null && !t.isEmpty()) {
                    reasons[j] = rules.classify(t, false).orElse(RemovalReason.ADVERTISING);
                }
            }
            return;
        }
    }

    /**
     * The publishing line under a closing line, with only the page's lines between them (its tags: #沁源人大　#森林防火),
     * or -1.
     */
    private static int sourceUnder(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons, int closing) {
        for (int j = closing + 1; j < lines.size(); j++) {
            String t = lines.get(j).text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (reasons[j] == null && rules.classify(t, false).isEmpty()) {
                return -1; // (the text goes on)
            }
            if (reasons[j] == RemovalReason.PUBLICATION && KEY.matcher(Simplified.of(lines.get(j).text().strip())).find()) {
                return j;
            }
        }
        return -1;
    }
}
