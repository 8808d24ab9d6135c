package org.reportarchive.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.RemovalReason;

/**
 * A printed document's running head, as a copy from a PDF keeps it: the document's short title or the book's name
 * on every page, beside the page's number ({@code 第 2 页 共 6 页} / {@code 市人大常委会工作报告}). It is the page's,
 * not a heading of the text, and a sentence that goes on over the page break must not take it in. A line is one
 * when the same words stand beside the page numbers of two pages at least.
 */
final class RunningHeads {

    /** The longest running head. */
    private static final int WIDTH = 40;
    /** The fewest pages a running head is seen on. */
    private static final int PAGES = 2;

    private RunningHeads() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        Map<String, Integer> beside = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isCandidate(lines, reasons, i)) {
                beside.merge(lines.get(i).text().strip(), 1, Integer::sum);
            }
        }
        if (beside.isEmpty()) {
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (isCandidate(lines, reasons, i) && beside.get(lines.get(i).text().strip()) >= PAGES) {
                reasons[i] = RemovalReason.RUNNING_HEAD;
            }
        }
    }

    /** A short line without a sentence's punctuation, right above or under a page's number. */
    private static boolean isCandidate(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text().strip();
        return reasons[i] == null && t.length() <= WIDTH && !FrontMatter.containsSentencePunctuation(t)
                && (i > 0 && reasons[i - 1] == RemovalReason.PAGE_NUMBER
                || i + 1 < lines.size() && reasons[i + 1] == RemovalReason.PAGE_NUMBER);
    }
}
