package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;

/**
 * Characters a copy carries that no reader sees: zero-width spaces and non-joiners, word joiners, a byte-order mark
 * inside the text, soft hyphens ({@code 全过程人\u00AD民民主}). Editors and social-media posts set them between
 * characters; left in, they split a name ({@code 王\u200B建\u200B伟}) or a title for every search and comparison.
 * They are taken off, and each line that held them is listed with what it held ({@code U+200B ×3}).
 */
final class InvisibleCharacters {

    /** The text without the characters, and for each line that held some, which and how many. */
    record Cleaned(String text, List<Removal> marks) {
    }

    private InvisibleCharacters() {
    }

    static boolean isInvisible(char c) {
        return c == '\u200B' || c == '\u200C' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    static Cleaned clean(String text) {
        int first = firstInvisible(text);
        if (first < 0) {
            return new Cleaned(text, List.of());
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, first);
        List<Removal> marks = new ArrayList<>();
        int line = 1 + (int) text.substring(0, first).chars().filter(c -> c == '\n').count();
        Map<Character, Integer> onLine = new TreeMap<>();
        for (int i = first; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n') {
                if (!onLine.isEmpty()) {
                    marks.add(new Removal(line, RemovalReason.INVISIBLE, describe(onLine)));
                    onLine.clear();
                }
                line++;
                if (i < text.length()) {
                    out.append(c);
                }
            } else if (isInvisible(c)) {
                onLine.merge(c, 1, Integer::sum);
            } else {
                out.append(c);
            }
        }
        return new Cleaned(out.toString(), marks);
    }

    private static int firstInvisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isInvisible(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** {@code U+200B ×3 U+00AD}: each character's code, and how often it stood in the line when more than once. */
    private static String describe(Map<Character, Integer> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((c, n) -> {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(String.format(Locale.ROOT, "U+%04X", (int) c));
            if (n > 1) {
                sb.append(" ×").append(n);
            }
        });
        return sb.toString();
    }
}
