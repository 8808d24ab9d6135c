package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A box a paper's editor set inside the text: a label alone on its line (■链接, 【延伸阅读】), the box's paragraphs under
 * it, and the text going on under them with the next item of the list the box broke into (（二）…… / ■链接 / 什么是……？……
 * / （三）……). The box is the paper's, not the report's. A box whose end the text does not show so, or a label of
 * definitions (知识链接, 名词解释), is left to the rest of the reading.
 */
final class EditorsBoxes {

    /** A box's label alone on its line. */
    private static final Pattern LABEL = Pattern.compile(
            "^[■□◆◇●▲★☆]?[\\s\\u3000]{0,2}[【\\[［]?(链接|新闻链接|相关链接|资料链接|延伸阅读|背景资料)[】\\]］]?[:：]?$");
    /** The longest label. */
    private static final int LONGEST_LABEL = 10;
    /** The most lines a box holds. */
    private static final int MAX_BOX_LINES = 6;

    private EditorsBoxes() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.length() > LONGEST_LABEL || !LABEL.matcher(Simplified.of(t)).matches()) {
                continue;
            }
            int above = SourceLines.previousLine(lines, i);
            int resumes = above < 0 || reasons[above] != null ? -1 : resumes(lines, reasons, above, i);
            if (resumes > SourceLines.nextKept(lines, reasons, i)) {
                for (int k = i; k < resumes; k++) {
                    if (!lines.get(k).text().isBlank()) {
                        reasons[k] = RemovalReason.EDITORS_BOX;
                    }
                }
                i = resumes;
            }
        }
    }

    /** The line under a box's label where the text goes on with the item after the one above the label, or -1. */
    private static int resumes(List<SourceLine> lines, RemovalReason[] reasons, int above, int label) {
        String item = lines.get(above).text();
        int boxLines = 0;
        for (int k = SourceLines.nextKept(lines, reasons, label); k >= 0 && boxLines <= MAX_BOX_LINES;
             k = SourceLines.nextKept(lines, reasons, k)) {
            if (BodyBuilder.isNextItem(item, lines.get(k).text())) {
                return k;
            }
            boxLines++;
        }
        return -1;
    }
}
