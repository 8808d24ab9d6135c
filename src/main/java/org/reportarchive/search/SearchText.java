package org.reportarchive.search;

import org.reportarchive.text.Simplified;
import org.reportarchive.text.TextFolding;

/**
 * How the search compares text, character for character (so an offset in the folded text is an offset in the
 * published text): traditional characters as simplified ones, full-width letters and digits as half-width ones,
 * every kind of quotation mark as {@code "}, digits set above or below the line as digits (m² as m2, CO₂ as
 * co2, as they are typed), pinyin's tone marks taken off (dì as di, lǜ as lv, as pinyin is typed), and Latin letters in lower
 * case. The browser folds a query the same way: the characters the simple rules do not cover travel in a table
 * ({@link #table()}).
 */
public final class SearchText {

    /** Vowels with tone marks and their plain forms. */
    private static final String TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüĀÁǍÀĒÉĚÈĪÍǏÌŌÓǑÒŪÚǓÙǕǗǙǛÜńňǹḿ";
    private static final String PLAIN = "aaaaeeeeiiiioooouuuuvvvvvaaaaeeeeiiiioooouuuuvvvvvnnnm";

    /** Digits set above the line (⁰ to ⁹), then below it (₀ to ₉). */
    private static final String RAISED = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079"
            + "\u2080\u2081\u2082\u2083\u2084\u2085\u2086\u2087\u2088\u2089";

    private SearchText() {
    }

    /** The text as the search compares it, of the same length. */
    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    public static char fold(char c) {
        if (c < 0x80) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        char folded = FOLDED[c];
        if (folded == 0) {
            folded = foldOnce(c);
            FOLDED[c] = folded; // (threads that fold the same character at once store the same form)
        }
        return folded;
    }

    /**
     * Each character's folded form, worked out the first time it is folded; 0 for one not folded yet (no character
     * folds to 0).
     */
    private static final char[] FOLDED = new char[Character.MAX_VALUE + 1];

    private static char foldOnce(char c) {
        int toned = TONED.indexOf(c);
        if (toned >= 0) {
            return PLAIN.charAt(toned);
        }
        int raised = RAISED.indexOf(c);
        if (raised >= 0) {
            return (char) ('0' + raised % 10);
        }
        char f = TextFolding.fold(Simplified.of(c));
        return f >= 'A' && f <= 'Z' ? (char) (f + 32) : f;
    }

    /**
     * What the browser applies after the table: a full-width form as its half-width one, the ideographic space as
     * a space, and A–Z in lower case.
     */
    public static char simpleRules(char c) {
        char f = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c == '\u3000' ? ' ' : c;
        return f >= 'A' && f <= 'Z' ? (char) (f + 32) : f;
    }

    /**
     * The characters whose folded form the simple rules do not give, as two strings of the same length: each
     * character of {@code from} folds to the character at the same place in {@code to}. Made once per process
     * (it reads every character through HanLP's conversion).
     */
    public static Table table() {
        return TableHolder.TABLE;
    }

    private static final class TableHolder {
        static final Table TABLE = makeTable();
    }

    private static Table makeTable() {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (int c = 0x80; c <= 0xFFFF; c++) {
            if (Character.isSurrogate((char) c)) {
                continue;
            }
            char f = fold((char) c);
            if (f != simpleRules((char) c)) {
                from.append((char) c);
                to.append(f);
            }
        }
        return new Table(from.toString(), to.toString());
    }

    /** The fold table: {@code from.charAt(i)} folds to {@code to.charAt(i)}. */
    public record Table(String from, String to) {
    }
}
