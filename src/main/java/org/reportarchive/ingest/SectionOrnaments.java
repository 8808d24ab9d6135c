package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A post's decorative section numbers: {@code 01}, {@code 02} … (or {@code PART 01}) alone on a line, each right over
 * the section's heading of the same number ({@code 01} / {@code 一、坚持党的全面领导……}), as a platform's editor sets
 * them. They number what the headings number already; as a run of two or more, in order, they are the page's
 * ornament, not the report's words.
 */
final class SectionOrnaments {

    /**
     * A section's number set alone as an ornament, with its zero or its word: 01, PART 03, NO.4 (a bare 1 over 一、 may
     * be a page's number, the page starting with the section).
     */
    private static final Pattern NUMBER = Pattern.compile("^(?:0([1-9])|(?i:part|no\\.?)[\\s\\u3000]*0?([1-9][0-9]?))$");
    /** A heading's own number: 一、, （二）, 3. */
    private static final Pattern HEADING_NUMBER = Pattern.compile(
            "^[（(]?([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[)）、.．]");
    /** The longest line an ornament is, spaces and all. */
    private static final int WIDTH = 12;
    /** The fewest ornaments that make a run. */
    private static final int RUN = 2;

    private SectionOrnaments() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        List<Integer> run = new ArrayList<>();
        int previous = 0;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            Matcher m = reasons[i] == null && t.length() <= WIDTH ? NUMBER.matcher(t.strip()) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            int value = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
            if (value != headingNumber(lines, reasons, i) || !run.isEmpty() && value != previous + 1) {
                continue;
            }
            run.add(i);
            previous = value;
        }
        if (run.size() >= RUN) {
            run.forEach(i -> reasons[i] = RemovalReason.ORNAMENT);
        }
    }

    /** The number of the heading on the next line that is not blank, or -1. */
    private static int headingNumber(List<SourceLine> lines, RemovalReason[] reasons, int at) {
        int next = SourceLines.nextKept(lines, reasons, at);
        String t = next < 0 ? "" : lines.get(next).text().strip();
        Matcher h = HEADING_NUMBER.matcher(t);
        if (!h.find() || HeadingRecognizer.numbering(t).isEmpty()) {
            return -1;
        }
        return ChineseNumbers.parse(ChineseNumbers.toHalfWidthDigits(h.group(1)));
    }
}
