package org.reportarchive.ingest;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A copy of a page set in two columns that a PDF reader gave side by side: each line holds a line of the left column,
 * a wide gap, and a line of the right column, the right one starting at the same place in every line
 * ({@code 各位代表：　　　　　名县”战略，组织代表视察……}). Read line by line, the two columns' sentences are woven
 * together; which words go with which cannot be told for sure, so the copy is only recognised, to warn that it should
 * be copied one column at a time.
 */
final class SideBySideColumns {

    /** The fewest lines with a gap at the same place that make a page of two columns. */
    private static final int LINES = 6;
    /** The narrowest gap between the columns, in half-width places (three spaces, or two full-width ones). */
    private static final int GAP = 3;
    /** A mark of running text, which columns of prose have and a grid of names does not. */
    private static final java.util.regex.Pattern RUNNING_TEXT = java.util.regex.Pattern.compile("[，。；、]");
    /** The fewest characters on either side of the gap. */
    private static final int SIDE = 4;

    private SideBySideColumns() {
    }

    /** The first and last line (counted from 1) of the copy's lines set in two columns side by side, if there are. */
    static Optional<int[]> find(String[] lines) {
        Map<Integer, int[]> byStart = new HashMap<>(); // where the right column starts: count, first line, last line
        int best = -1;
        for (int i = 0; i < lines.length; i++) {
            int start = rightColumn(lines[i]);
            if (start < 0 || !RUNNING_TEXT.matcher(lines[i]).find()) {
                continue; // (a grid of names or figures has gaps in a row too, but no clause of running text)
            }
            // (a line may be a place off: a column's line that starts with a half-width character)
            for (int at = start - 1; at <= start + 1; at++) {
                int[] seen = byStart.computeIfAbsent(at, k -> new int[] {0, 0, 0});
                seen[0]++;
                seen[1] = seen[0] == 1 ? i + 1 : seen[1];
                seen[2] = i + 1;
                if (seen[0] >= LINES && (best < 0 || seen[0] > byStart.get(best)[0])) {
                    best = at;
                }
            }
        }
        return best < 0 ? Optional.empty() : Optional.of(new int[] {byStart.get(best)[1], byStart.get(best)[2]});
    }

    /**
     * Where in a line (in half-width places) the words after a wide gap start, when words stand on both sides of it;
     * -1 for a line without one.
     */
    private static int rightColumn(String line) {
        if (line.indexOf("   ") < 0 && line.indexOf("\u3000\u3000") < 0) {
            return -1; // (the common line: decided without measuring)
        }
        int place = 0;
        int left = 0;
        int gap = 0;
        int gapStart = -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            int w = c < 0x80 ? 1 : 2;
            boolean space = c == ' ' || c == '\u3000';
            if (space) {
                gap += w;
            } else {
                if (gap >= GAP && left >= SIDE && gapStart >= 0) {
                    int right = 0;
                    for (int j = i; j < line.length(); j++) {
                        right += Character.isWhitespace(line.charAt(j)) || line.charAt(j) == '\u3000' ? 0 : 1;
                    }
                    return right >= SIDE ? place : -1;
                }
                left += 1;
                gap = 0;
                gapStart = i;
            }
            place += w;
        }
        return -1;
    }
}
