package org.reportarchive.ingest;

import java.util.Map;
import java.util.Set;

/**
 * What the reading saw of a copy's layout, by source line number, for the body's lines to be joined and parted by.
 *
 * @param goingOn   the lines whose last words go on in another line by the page's markup (a web page's paragraph
 *                  broken in its source), with that line: joined to it like a column break
 * @param fresh     the lines whose words start an element of the page (a new {@code <p>}): never joined to the line
 *                  before
 * @param apart     the lines after a blank line, in a copy that sets its paragraphs apart by blank lines
 * @param indented  the lines that start with an indent, as a copy that indents its paragraphs sets their first
 * @param pageLines the lines taken off as a printed page's own (its number, its running head): a page's break
 * @param resumed   the lines of text that go on from another page, under its marker or after it ((上接第三版)……): in a
 *                  copy that indents its paragraphs, one not indented goes on in the paragraph before the jump
 */
record CopyLayout(Map<Integer, Integer> goingOn, Set<Integer> fresh, Set<Integer> apart, Set<Integer> indented,
                  Set<Integer> pageLines, Set<Integer> resumed) {

    /** A copy that shows nothing of its layout. */
    static final CopyLayout NONE = new CopyLayout(Map.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Whether a line's words may go on in the next: it stands right under it, or over a page's break. */
    boolean goesOnInto(int line, int next) {
        return next == line + 1 || pageBreakBetween(line, next);
    }

    /** Whether a page's break comes after a line: a line after it was a page's own (the last page's number). */
    boolean pageBreakAfter(int line) {
        for (int k : pageLines) {
            if (k > line) {
                return true;
            }
        }
        return false;
    }

    /** Whether a page's break stands between two lines: one of the lines between them was a page's own. */
    boolean pageBreakBetween(int line, int next) {
        for (int k = line + 1; k < next; k++) {
            if (pageLines.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
