package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * The small forms of punctuation (U+FE50 to U+FE57: {@code ﹐ ﹑ ﹒ ﹔ ﹕ ﹖ ﹗}) that papers in Hong Kong and Taiwan, and
 * texts converted from their character sets, set where the full-width marks stand ({@code 各位代表﹕}, {@code ……监督﹔}).
 * Each is read as the mark it stands for, so that a salutation, a list's item or a sentence ends as it does in any
 * other copy, and each line that held them is listed with what it held ({@code ﹕ ×1}).
 */
final class SmallForms {

    private static final char FIRST = '\uFE50';
    /** The full-width mark of each small form from U+FE50, and 0 where there is none (U+FE53 is unassigned). */
    private static final String MARKS = "，、．\u0000；：？！";

    /** The text with the small forms read as full-width marks, and for each line that held some, which. */
    record Restored(String text, List<Removal> marks) {
    }

    private SmallForms() {
    }

    static Restored restore(String text) {
        int first = firstSmallForm(text);
        if (first < 0) {
            return new Restored(text, List.of());
        }
        char[] out = text.toCharArray();
        List<Removal> marks = new ArrayList<>();
        int line = 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        StringBuilder onLine = new StringBuilder();
        for (int i = first; i <= out.length; i++) {
            char c = i < out.length ? out[i] : '\n';
            if (c == '\n') {
                if (onLine.length() > 0) {
                    marks.add(new Removal(line, RemovalReason.SMALL_FORM, onLine.toString()));
                    onLine.setLength(0);
                }
                line++;
            } else if (isSmallForm(c)) {
                out[i] = MARKS.charAt(c - FIRST);
                if (onLine.indexOf(String.valueOf(c)) < 0) {
                    onLine.append(c);
                }
            }
        }
        return new Restored(new String(out), marks);
    }

    private static boolean isSmallForm(char c) {
        return c >= FIRST && c < FIRST + MARKS.length() && MARKS.charAt(c - FIRST) != 0;
    }

    private static int firstSmallForm(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isSmallForm(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
