package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A poster's remarks under the text they repost, set apart by a rule and headed by a label of their own
 * (…… / —————— / 老李说两句： / 每年这个时候都要关注一下……): the rule, the label and the remarks under it are the
 * poster's, not the report's, up to the first line the page's rules name (the post's tags, its buttons).
 */
final class PostersRemarks {

    /** A rule alone on its line: ——————, ------, ══════. */
    private static final Pattern RULE = Pattern.compile("^[—\\-－─━=＝═_＿~～]{4,}$");
    /** A poster's label over their remarks: 老李说两句：, 小编有话说：, 我的看法：, 短评：. */
    private static final Pattern LABEL = Pattern.compile(
            "^[^，。！？\\s\\u3000]{0,6}(说两句|说几句|有话说|多说两句|点评|短评|感言|看法|想说的|碎碎念)[:：]$");

    private PostersRemarks() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            if (reasons[i] != null || !RULE.matcher(lines.get(i).text().strip()).matches()) {
                continue; // (the common case)
            }
            int label = SourceLines.nextKept(lines, reasons, i);
            int above = SourceLines.previousLine(lines, i);
            if (label < 0 || above < 0 || reasons[above] != null
                    || !LABEL.matcher(Simplified.of(lines.get(label).text().strip())).matches()
                    || !HeadingRecognizer.endsSentence(lines.get(above).text())) {
                continue;
            }
            int end = label + 1;
            while (end < lines.size() && reasons[end] == null) {
                end++;
            }
            if (end == lines.size()) {
                continue; // (nothing of the page's under them: a section of the report's own, 对今后工作的几点看法：)
            }
            for (int j = i; j < end; j++) {
                reasons[j] = lines.get(j).text().isBlank() ? null : RemovalReason.COMMENTS;
            }
            return;
        }
    }
}
