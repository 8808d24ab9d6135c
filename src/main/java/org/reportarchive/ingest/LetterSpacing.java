package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * A scan's text read with a space after every character ({@code 各 位 代 表 ：}), as character recognition gives a page
 * set with wide letter spacing. When most of a copy's lines are spaced so, each such line is read without the spaces
 * between its characters; a wider gap (the speaker's office and name: {@code 主 任   刘 振 华}) stays a gap of two
 * spaces. Each line read so is listed with how many spaces it lost. A copy where only a line or two is spaced (a
 * title set wide: {@code 工 作 报 告}) is left as it is: the title is read by its own rules.
 */
final class LetterSpacing {

    /** The text without the spaces, and each line that lost some. */
    record Cleaned(String text, List<Removal> marks) {
    }

    /** The fewest characters of the lines that tell whether a copy is spaced. */
    private static final int CHARACTERS = 6;
    /** The share of a spaced line's characters that stand alone between spaces. */
    private static final double ALONE = 0.8;
    /** The fewest spaced lines, and their least share of the lines of as many characters, that make a spaced copy. */
    private static final int LINES = 3;
    private static final double SHARE = 0.6;

    private LetterSpacing() {
    }

    static Cleaned clean(String text) {
        if (text.indexOf(' ') < 0) {
            return new Cleaned(text, List.of()); // (most copies)
        }
        String[] lines = text.split("\n", -1);
        int spaced = 0;
        int measured = 0;
        boolean[] is = new boolean[lines.length];
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].indexOf(' ') < 0) {
                // (a line without a space has at most its last character alone: never spaced, and measured if long)
                measured += counts(lines[i], CHARACTERS) ? 1 : 0;
                continue;
            }
            int[] n = count(lines[i]);
            is[i] = n[0] >= 2 && n[1] >= ALONE * n[0]; // (各 位 代 表 ： too, once the copy is read as spaced)
            if (n[0] >= CHARACTERS) {
                measured++;
                spaced += is[i] ? 1 : 0;
            }
        }
        if (spaced < LINES || spaced < SHARE * measured) {
            return new Cleaned(text, List.of());
        }
        List<Removal> marks = new ArrayList<>();
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            String line = is[i] ? unspaced(lines[i]) : lines[i];
            if (is[i]) {
                long lost = lines[i].chars().filter(c -> c == ' ').count() - line.chars().filter(c -> c == ' ').count();
                marks.add(new Removal(i + 1, RemovalReason.LETTER_SPACING, lost + " 个空格"));
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new Cleaned(out.toString(), marks);
    }

    /** Whether the line has at least so many characters other than spaces, digits and Latin letters. */
    private static boolean counts(String line, int least) {
        int chars = 0;
        for (int i = 0; i < line.length() && chars < least; i++) {
            chars += counted(line.charAt(i)) ? 1 : 0;
        }
        return chars >= least;
    }

    /**
     * Whether a character counts: digits and Latin letters count neither way (a table's one-digit cells set apart,
     * 澄江镇 3 2 4 3, are no spacing, and a scan's spaced year, l 9 9 8, is no sign against it), nor do spaces.
     */
    private static boolean counted(char c) {
        return !(Character.isWhitespace(c) || c == '\u3000' || c < 0x80 && Character.isLetterOrDigit(c));
    }

    /**
     * The line's characters other than spaces, digits and Latin letters, and how many of them have a space or the
     * line's end on both sides.
     */
    private static int[] count(String line) {
        int chars = 0;
        int alone = 0;
        for (int i = 0; i < line.length(); i++) {
            if (!counted(line.charAt(i))) {
                continue;
            }
            chars++;
            boolean before = i == 0 || line.charAt(i - 1) == ' ' || line.charAt(i - 1) == '\u3000'; // (after an indent)
            boolean after = i + 1 == line.length() || line.charAt(i + 1) == ' ';
            alone += before && after ? 1 : 0;
        }
        return new int[] {chars, alone};
    }

    /** The line without single spaces between characters; a run of two or more is a gap of two. */
    private static String unspaced(String line) {
        int start = 0;
        while (start < line.length() && (line.charAt(start) == ' ' || line.charAt(start) == '\u3000')) {
            start++;
        }
        StringBuilder out = new StringBuilder(line.length());
        out.append(line, 0, start); // (an indent stays)
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c != ' ') {
                out.append(c);
                i++;
                continue;
            }
            int run = i;
            while (run < line.length() && line.charAt(run) == ' ') {
                run++;
            }
            if (run - i >= 2 && run < line.length()) {
                out.append("  ");
            }
            i = run;
        }
        return out.toString();
    }
}
