package org.reportarchive.text;

/**
 * Folds the spelling variants that must not keep a term from matching, character for character (so offsets in
 * the folded text are offsets in the original): full-width Latin letters, digits and signs become half-width,
 * and every kind of quotation mark (“” 「」 『』 ‘’ " ') becomes {@code "}.
 */
public final class TextFolding {
    private TextFolding() {
    }

    public static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < s.length(); i++) {
            out[i] = fold(s.charAt(i));
        }
        return new String(out);
    }

    public static char fold(char c) {
        switch (c) {
            case '“', '”', '「', '」', '『', '』', '‘', '’', '"', '\'', '〝', '〞', '＂', '＇' -> {
                return '"';
            }
            default -> {
            }
        }
        if (c >= '\uFF01' && c <= '\uFF5E') {
            return (char) (c - 0xFEE0);
        }
        if (c == '\u3000') {
            return ' ';
        }
        return c;
    }

    /** Punctuation and spaces: a word never continues across them. */
    public static boolean isBreak(char c) {
        return Breaks.TABLE[c];
    }

    /**
     * {@link #isBreak} for every character, worked out once, when it is first asked: not by every build that only
     * folds text.
     */
    private static final class Breaks {
        static final boolean[] TABLE = new boolean[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                TABLE[c] = breaks((char) c);
            }
        }
    }

    private static boolean breaks(char c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
