package org.reportarchive.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A box a paper's editor set inside the text: a label alone on its line (■链接, 【延伸阅读】), the box's paragraph under it
 * (under its question, if it asks one), and the text going on under it with the next item of a list above it, the one
 * the box broke into or the section's (（二）…… / ■链接 / 什么是……？…… / （三）……, or …… / 【延伸阅读】 / …… / 二、……). The box
 * is the paper's, not the report's. A box whose end the text does not show so, or a label of definitions (知识链接,
 * 名词解释), is left to the rest of the reading.
 */
final class EditorsBoxes {

    /** A box's label alone on its line. */
    private static final Pattern LABEL = Pattern.compile(
            "^[■□◆◇●▲★☆]?[\\s\\u3000]{0,2}[【\\[［]?(链接|新闻链接|相关链接|资料链接|延伸阅读|背景资料)[】\\]］]?[:：]?$");
    /** The longest label. */
    private static final int LONGEST_LABEL = 10;

    private EditorsBoxes() {
    }

    /** Whether a line is a box's label: never a section's heading, whether the box is taken off or not. */
    static boolean isLabel(String line) {
        String t = line.strip();
        return t.length() <= LONGEST_LABEL && LABEL.matcher(Simplified.of(t)).matches();
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            if (!isLabel(lines.get(i).text())) {
                continue;
            }
            int resumes = resumes(lines, reasons, i);
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

    /**
     * The line under a box's label where the text goes on: the first numbered line under the box's paragraphs, when it
     * is the item after the last one of its numbering above the label (（三） after （二）, 二、 after 一、); or -1.
     */
    private static int resumes(List<SourceLine> lines, RemovalReason[] reasons, int label) {
        // a box holds a paragraph, under its question if it asks one (什么是基层立法联系点？ / ……): a longer run under a
        // label may hold the text's own paragraph after the box, which nothing tells apart from it
        int boxLines = 0;
        int holds = 1;
        for (int k = SourceLines.nextKept(lines, reasons, label); k >= 0;
             k = SourceLines.nextKept(lines, reasons, k)) {
            String t = lines.get(k).text();
            Optional<HeadingStyle> numbered = HeadingRecognizer.numbering(t);
            if (numbered.isPresent()) {
                int above = lastNumbered(lines, reasons, label, numbered.get());
                return above >= 0 && BodyBuilder.isNextItem(lines.get(above).text(), t) ? k : -1;
            }
            if (!HeadingRecognizer.endsSentence(t) || boxLines == holds) {
                return -1; // (a box of links, 延伸阅读 / ……会议召开, is a list of the page's, and no end of it is sure)
            }
            String s = t.strip();
            holds += boxLines == 0 && (s.endsWith("？") || s.endsWith("?")) ? 1 : 0;
            boxLines++;
        }
        return -1;
    }

    /** The last line above a line that no rule stripped and that is numbered in a style, or -1. */
    private static int lastNumbered(List<SourceLine> lines, RemovalReason[] reasons, int at, HeadingStyle style) {
        for (int j = at - 1; j >= 0; j--) {
            if (reasons[j] == null && HeadingRecognizer.numbering(lines.get(j).text()).filter(style::equals).isPresent()) {
                return j;
            }
        }
        return -1;
    }
}
