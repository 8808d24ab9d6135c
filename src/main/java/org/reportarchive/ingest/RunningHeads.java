package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A printed document's running head, as a copy from a PDF keeps it: the document's short title or the book's name
 * on every page, beside the page's number ({@code 第 2 页 共 6 页} / {@code 市人大常委会工作报告}). It is the page's,
 * not a heading of the text, and a sentence that goes on over the page break must not take it in. A line is one
 * when the same words stand beside the page numbers of two pages at least, and name a document, a congress or a
 * book (a heading of the text, 存在的问题, or a transcript's （掌声）, may stand beside two page numbers too). When
 * the running head is the document's only title, its first line stays: it is the title.
 */
final class RunningHeads {

    /** The longest running head. */
    private static final int WIDTH = 40;
    /** The fewest pages a running head is seen on. */
    private static final int PAGES = 2;
    /** What a running head names: a document, a congress, a book. */
    private static final Pattern NAMES = Pattern.compile(
            "报告|讲话|说明|决议|决定|要点|计划|总结|文件|汇编|公报|会刊|年鉴|简报|人大|人民代表大会|常委会|常务委员会");

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
        boolean titled = false; // a title of the document's own, not beside a page number
        for (int i = 0; i < lines.size() && !titled; i++) {
            titled = reasons[i] == null && !isCandidate(lines, reasons, i) && FrontMatter.isTitle(lines.get(i).text());
        }
        List<String> spared = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            String view = Simplified.of(t);
            if (isCandidate(lines, reasons, i) && beside.get(t) >= PAGES && NAMES.matcher(view).find()
                    && !view.endsWith("表")) { // (a table's title over each page of the table is the table's)
                if (!titled && FrontMatter.isTitle(t) && !spared.contains(t)) {
                    spared.add(t); // the title, over page 1's number: the pages after repeat it
                    continue;
                }
                reasons[i] = RemovalReason.RUNNING_HEAD;
            }
        }
    }

    /** A short line without a sentence's punctuation, right above or under a page's number. */
    private static boolean isCandidate(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        if (reasons[i] != null || !(i > 0 && reasons[i - 1] == RemovalReason.PAGE_NUMBER
                || i + 1 < lines.size() && reasons[i + 1] == RemovalReason.PAGE_NUMBER)) {
            return false; // (the common case, decided before the line is read)
        }
        String t = lines.get(i).text().strip();
        return t.length() <= WIDTH && !FrontMatter.containsSentencePunctuation(t);
    }
}
