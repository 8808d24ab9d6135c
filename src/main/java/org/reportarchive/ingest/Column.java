package org.reportarchive.ingest;

import java.util.List;
import java.util.Set;

/**
 * The column a text is set in, line by line, as its lines' widths tell it: a newspaper's narrow column, or a PDF
 * page's line, whose full lines are one width and whose paragraphs end short. Most copies measure a line as it
 * is set, a Chinese character or full-width sign twice as wide as an ASCII letter, digit or space (a page sets
 * type by width); some wrap after a number of characters whatever they are (a site's or a converter's fixed
 * lines), and their full lines with digits in them are shorter by width. The column is measured both ways, and
 * the way under which more lines are full is the copy's.
 *
 * @param width   the width of a full line (two for each Chinese character), or 0 when the text is in no column
 * @param counted whether the copy wraps by characters: each character of a line counts two
 */
record Column(int width, boolean counted) {

    /** No column: the text's lines are its paragraphs, or the copy does not tell. */
    static final Column NONE = new Column(0, false);

    /** The width of a paragraph's indent: two Chinese characters. */
    static final int PARAGRAPH_INDENT = 4;

    /** The narrowest column read as one: a newspaper's column of 8 Chinese characters. */
    private static final int MIN_COLUMN = 16;

    /** The widest column read as one: a line of 45 Chinese characters, as a PDF's page or a word processor's hard wrap has it. */
    private static final int MAX_COLUMN = 90;

    /** The fewest lines about the column's width that make it one. */
    private static final int FULL_LINES = 6;

    /**
     * The column of the lines, if they are set in one: the width most lines share, when it is that of 8 to 44 Chinese characters, when at least six lines and two in five of all
     * lines are about that wide, and when hardly any line is wider.
     *
     * @param indented the numbers of the lines that started indented in the source (their text is without it)
     */
    static Column of(List<SourceLine> lines, Set<Integer> indented) {
        // each line's width as set and by its characters, once; then each way's widths, with the indent in the
        // line's width and added to it (as a converter that wraps a paragraph's text and then indents it does)
        int[] set = new int[lines.size()];
        int[] counted = new int[lines.size()];
        boolean[] indents = new boolean[lines.size()];
        for (int i = 0; i < set.length; i++) {
            String t = lines.get(i).text();
            set[i] = measure(t, false);
            counted[i] = measure(t, true);
            indents[i] = indented.contains(lines.get(i).number());
        }
        Column best = NONE;
        int bestLines = 0;
        for (boolean byCharacters : new boolean[] {false, true}) {
            for (boolean indent : new boolean[] {true, false}) {
                int[] mode = mode(byCharacters ? counted : set, indent ? indents : null);
                if (mode[1] > bestLines) {
                    best = new Column(mode[0], byCharacters);
                    bestLines = mode[1];
                }
            }
        }
        return best;
    }

    /** The column's width under one measure, or 0, and how many lines are about that wide. */
    private static int[] mode(int[] widths, boolean[] indents) {
        int[] counts = new int[MAX_COLUMN + 2]; // lines of each width up to the widest column; wider ones apart
        int wider = 0;
        for (int i = 0; i < widths.length; i++) {
            int w = widths[i] + (indents != null && indents[i] ? PARAGRAPH_INDENT : 0);
            if (w > MAX_COLUMN) {
                wider++;
            } else {
                counts[w]++;
            }
        }
        int mode = 0;
        for (int w = 1; w <= MAX_COLUMN; w++) {
            mode = counts[w] > counts[mode] ? w : mode;
        }
        if (mode < MIN_COLUMN || mode > MAX_COLUMN - 2) {
            return new int[] {0, 0};
        }
        int about = 0;
        for (int w = mode - slack(mode); w <= Math.min(MAX_COLUMN, mode + slack(mode)); w++) {
            about += counts[w];
        }
        // (lines wider than the column: a text whose short lines, a list's items, are all of a width is in none)
        for (int w = mode + slack(mode) + 1; w <= MAX_COLUMN; w++) {
            wider += counts[w];
        }
        boolean column = about >= FULL_LINES && about * 5 >= widths.length * 2 && wider * 10 <= widths.length;
        return column ? new int[] {mode, about} : new int[] {0, 0};
    }

    /** Whether the text is set in a column. */
    boolean isSet() {
        return width > 0;
    }

    /** A line's width under the copy's measure (see {@link #width(String)}). */
    int of(String line) {
        return measure(line, counted);
    }

    /** The narrowest a full line of the column is. */
    int full() {
        return width - slack(width);
    }

    /** Whether a line fills the column, if the text is set in one: a line the column broke. */
    boolean fills(String line) {
        return isSet() && of(line) >= full();
    }

    /** Whether a line, a paragraph's first, fills the column once its indent is counted. */
    boolean fillsIndented(String line) {
        return isSet() && of(line) + PARAGRAPH_INDENT >= full();
    }

    /**
     * How much narrower than its column a full line of it may be: a character in a newspaper's narrow column, two
     * in a page's line, whose digits and Latin letters are narrower than Chinese characters.
     */
    private static int slack(int column) {
        return Math.max(2, column / 14);
    }

    private static int measure(String line, boolean counted) {
        return counted ? 2 * line.length() : width(line);
    }

    /** A line's width as it is set: two for a Chinese character or full-width sign, one for an ASCII letter, digit or space. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x80 ? 1 : 2;
        }
        return w;
    }

    /** The words either side of a break the column made, as a note on its join shows them: {@code 芜湖长江大｜桥综合经济}. */
    static String breakAt(String before, String after) {
        return before.substring(Math.max(0, before.length() - 6)) + "｜" + after.substring(0, Math.min(6, after.length()));
    }
}
