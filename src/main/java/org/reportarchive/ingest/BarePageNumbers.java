package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A printed document's page numbers as a copy from a PDF may keep them: a number alone on a line ({@code 1},
 * {@code 2}), or with the number of pages ({@code 1 / 3}), at each page's foot or head, between the halves of a
 * sentence the page broke. A number alone may be the text's too (a table's cell, a list's number on its own line),
 * so numbers are the pages' only as a run: two at least, each one more than the one before, each a page of text
 * away from it (lines of prose, not a table's short cells), and, with the number of pages, all of one document.
 */
final class BarePageNumbers {

    /** A page's number alone, or with the number of pages: 2, 2 / 3, 2/3. */
    private static final Pattern NUMBER = Pattern.compile("^([0-9０-９]{1,3})(?:[\\s\\u3000]*[/／][\\s\\u3000]*([0-9０-９]{1,3}))?$");
    /** The fewest lines of text a page holds. */
    private static final int PAGE_LINES = 8;
    /** The fewest characters the lines of a page of prose have, on average. */
    private static final int PROSE_LINE = 10;
    /** The fewest page numbers that make a run. */
    private static final int RUN = 2;

    private BarePageNumbers() {
    }

    /** Whether the line with text under a line is one the page's rules have already named: the page's, not the text's. */
    private static boolean overThePage(List<SourceLine> lines, RemovalReason[] reasons, int line) {
        for (int j = line + 1; j < lines.size(); j++) {
            if (!lines.get(j).text().isBlank()) {
                return reasons[j] != null;
            }
        }
        return true;
    }

    /** Whether a line of prose stands between two lines: a last page's text, however short. */
    private static boolean underText(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        for (int j = from + 1; j < to; j++) {
            if (reasons[j] == null && Prose.isProse(lines.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        List<Integer> run = new ArrayList<>();
        int previousValue = 0;
        Integer pages = null;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = reasons[i] == null ? NUMBER.matcher(lines.get(i).text().strip()) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            int value = Integer.parseInt(ChineseNumbers.toHalfWidthDigits(m.group(1)));
            Integer total = m.group(2) == null ? null : Integer.valueOf(ChineseNumbers.toHalfWidthDigits(m.group(2)));
            // (the last page may be short: its number is the last line of the copy, or the page's own lines follow it,
            // its buttons under the text: 4 / 【打印本页】　【关闭窗口】)
            // (or a short page, when each number has the same running head under it: 1 / ……工作报告, 2 / ……工作报告)
            boolean next = !run.isEmpty() && value == previousValue + 1 && Objects.equals(total, pages)
                    && (isPage(lines, reasons, run.get(run.size() - 1) + 1, i) || SourceLines.nextKept(lines, reasons, i) < 0
                    || underText(lines, reasons, run.get(run.size() - 1), i) && overThePage(lines, reasons, i)
                    || sameHeadUnder(lines, reasons, run.get(run.size() - 1), i));
            if (!next) {
                markRun(run, reasons);
                run.clear();
                // a run starts at a page of text from the start, or from where the text begins
                if (!isPage(lines, reasons, 0, i) && value != 1 || total != null && value > total) {
                    continue;
                }
                pages = total;
            }
            run.add(i);
            previousValue = value;
        }
        markRun(run, reasons);
    }

    /** The shortest sentence of prose that shows a page of text. */
    private static final int PROSE = 30;
    /** The longest running head read under a page's number. */
    private static final int HEAD = 40;

    /** Whether the lines under two numbers are the same short line without a sentence's stop: a running head. */
    private static boolean sameHeadUnder(List<SourceLine> lines, RemovalReason[] reasons, int first, int second) {
        int a = SourceLines.nextKept(lines, reasons, first);
        int b = SourceLines.nextKept(lines, reasons, second);
        if (a < 0 || b < 0 || a >= second) {
            return false;
        }
        String head = lines.get(a).text().strip();
        if (head.length() > HEAD || !head.equals(lines.get(b).text().strip()) || FrontMatter.containsSentencePunctuation(head)
                || HeadingRecognizer.numbering(head).isEmpty() == false) {
            return false;
        }
        // (and a page of prose between them: a table copied a cell a line repeats its group's cell under each number)
        for (int k = a + 1; k < second; k++) {
            String t = lines.get(k).text().strip();
            if (reasons[k] == null && t.length() >= PROSE && HeadingRecognizer.endsSentence(t)) {
                return true;
            }
        }
        return false;
    }

    private static void markRun(List<Integer> run, RemovalReason[] reasons) {
        if (run.size() >= RUN) {
            for (int i : run) {
                reasons[i] = RemovalReason.PAGE_NUMBER;
            }
        }
    }

    /** Whether the lines from one index to another are a page of prose: enough lines, long enough on average. */
    private static boolean isPage(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        int count = 0;
        int characters = 0;
        for (int k = from; k < to; k++) {
            String t = lines.get(k).text().strip();
            if (reasons[k] == null && !t.isEmpty()) {
                count++;
                characters += t.length();
            }
        }
        return count >= PAGE_LINES && characters >= count * PROSE_LINE;
    }
}
