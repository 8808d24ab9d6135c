package org.reportarchive.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line numbers of a copy that numbers its lines (a draft printed with line numbers, a code viewer): {@code 1  重庆市……},
 * {@code 2  常务委员会……}, counting up and starting again at 1 on a new page. They are layout, not text: the line is read
 * without its number. A copy counts as numbered only when four of its first five lines and nine in ten of all
 * start with a number, counting up one by one (a title block is numbered too); and only a number that goes on from the one before (or starts a page again at 1)
 * is taken off, so a line of the text that starts with a number of its own ({@code 2022 年，……}) keeps it, and so does
 * a numbered list in a text that does not number its lines.
 */
final class LineNumbers {

    /** A number at the start of a line, set off from the text by white space, or a number alone (a blank line's). */
    private static final Pattern NUMBER = Pattern.compile("^([0-9]{1,4})(?:(?:\\t|[ \\u3000]+)(?=\\S)|$)");
    /** The fewest numbered lines that make a numbered copy. */
    private static final int MIN_LINES = 8;
    /** The first lines of a copy, of which all but one are numbered in a numbered copy. */
    private static final int HEAD = 5;

    /** The copy's numbering as it goes: the number of the last line that had one. */
    private int previous;

    private LineNumbers() {
    }

    /** The numbering of a copy, if it numbers its lines; null if it does not. */
    static LineNumbers of(String[] lines) {
        return isNumbered(lines) ? new LineNumbers() : null;
    }

    /**
     * The number at the start of the next line with text, with the white space after it, if it goes on from the
     * number before (or starts again at 1); else an empty string.
     */
    String next(String line) {
        Matcher m = NUMBER.matcher(line);
        if (!m.find()) {
            return "";
        }
        int n = Integer.parseInt(m.group(1));
        if (n != previous + 1 && n != 1) {
            return "";
        }
        previous = n;
        return m.group();
    }

    /**
     * Whether the copy numbers its lines: four of its first five lines with text and nine in ten of all of them
     * start with a number, and nine in ten of those numbers follow the one before (or start a page again at 1).
     */
    static boolean isNumbered(String[] lines) {
        int text = 0;
        int numbered = 0;
        int inOrder = 0;
        int previous = 0;
        int headNumbered = 0;
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
            headNumbered += text <= HEAD ? 1 : 0;
            int n = Integer.parseInt(m.group(1));
            numbered++;
            if (n == previous + 1 || n == 1) {
                inOrder++;
            }
            previous = n;
        }
        return numbered >= MIN_LINES && headNumbered >= HEAD - 1 && numbered * 10 >= text * 9
                && inOrder * 10 >= numbered * 9;
    }
}
