package org.reportarchive.ingest;

/**
 * A non-blank line of a seed: its 1-based number and its text with surrounding whitespace removed.
 *
 * @param last the number of its last line, when the page's markup sets one line's words over several (a table's
 *             row with a cell to a line); else its number
 */
public record SourceLine(int number, String text, int last) {

    public SourceLine(int number, String text) {
        this(number, text, number);
    }

    /** The same line with other text. */
    public SourceLine withText(String other) {
        return new SourceLine(number, other, last);
    }

    /** Strips ASCII and Unicode whitespace, including the ideographic space and no-break space. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00A0' || c == '\uFEFF' || c == '\u200B';
    }

    /** The text without white space, the ideographic space too: a line compared whatever its spacing. */
    static String withoutSpaces(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u3000';
            if (space && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            } else if (!space && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }
}
