package org.reportarchive.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line numbers of a copy that numbers its lines (a draft printed with line numbers, a code viewer): {@code 1  重庆市……},
 * {@code 2  常务委员会……}, counting up and starting again at 1 on a new page. They are layout, not text: the line is read
 * without its number. A copy counts as numbered only when most of its lines start with a number and the numbers
 * count up one by one, so a report whose lines happen to start with digits ({@code 2016 年}) is read as it is.
 */
final class LineNumbers {

    /** A number at the start of a line, set off from the text by white space. */
    private static final Pattern NUMBER = Pattern.compile("^([0-9]{1,4})(?:\\t|[ \\u3000]+)(?=\\S)");
    /** The fewest numbered lines that make a numbered copy. */
    private static final int MIN_LINES = 8;

    private LineNumbers() {
    }

    /** The number at the start of a line, with the white space after it, or an empty string. */
    static String number(String line) {
        Matcher m = NUMBER.matcher(line);
        return m.find() ? m.group() : "";
    }

    /**
     * Whether the copy numbers its lines: seven in ten of its lines with text start with a number, and nine in ten
     * of those numbers follow the one before (or start a page again at 1).
     */
    static boolean isNumbered(String[] lines) {
        int text = 0;
        int numbered = 0;
        int inOrder = 0;
        int previous = 0;
        for (String raw : lines) {
            String t = SourceLine.trim(raw);
            if (t.isEmpty()) {
                continue;
            }
            text++;
            Matcher m = NUMBER.matcher(t);
            if (!m.find()) {
                continue;
            }
            int n = Integer.parseInt(m.group(1));
            numbered++;
            if (n == previous + 1 || n == 1) {
                inOrder++;
            }
            previous = n;
        }
        return numbered >= MIN_LINES && numbered * 10 >= text * 7 && inOrder * 10 >= numbered * 9;
    }
}
