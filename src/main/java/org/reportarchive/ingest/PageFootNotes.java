package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes a word processor sets at the foot of each page, each page's under a rule ({@code ———————————} /
 * {@code ① ……}), or right over the page's break when the copy lost the rule (a drawn line) and the notes define what
 * the text marks ({@code ……“民呼我应”①机制} / {@code ①“民呼我应”：指……} / {@code - 2 -}), as a copy of the pages keeps them: the text goes on under them (the next page's paragraphs, the
 * document's closing and its attachment), its sentence too. The notes are the report's, in their order; the rules are
 * the pages' layout; the text is every other line. Notes under one rule at the very end, with nothing under them, are
 * not these: they are the notes the text's end holds, read as such.
 *
 * @param text    the lines of the text
 * @param notes   the notes' lines, page after page
 * @param rules   the rules over them
 * @param repeats the lines of notes a later page's foot sets again as an earlier page's foot had them (the same
 *                notes, printed under each page): they are the same notes, read once
 */
record PageFootNotes(List<SourceLine> text, List<SourceLine> notes, List<SourceLine> rules, List<SourceLine> repeats) {

    /** A rule over notes: a row of underscores or dashes. */
    static final Pattern RULE = Pattern.compile("^[_＿]{6,}$|^[—－\\-─]{6,}$");
    /** A note's line under such a rule: its number circled or in square brackets (①人次含……, [1] ……). */
    static final Pattern NOTE = Pattern.compile("^([\u2460-\u2473]|[\\[［【][0-9０-９]{1,3}[\\]］】])\\s*\\S");

    PageFootNotes {
        text = List.copyOf(text);
        notes = List.copyOf(notes);
        rules = List.copyOf(rules);
        repeats = List.copyOf(repeats);
    }

    /**
     * The text's page-foot notes, when the text goes on under at least one rule's notes and the first note under each
     * rule has its marker in the text above it; else null.
     *
     * @param layout the copy's layout, whose page breaks a note's words go on over
     */
    static PageFootNotes find(List<SourceLine> lines, CopyLayout layout) {
        List<int[]> blocks = new ArrayList<>();
        for (int r = 0; r < lines.size(); r++) {
            boolean ruled = RULE.matcher(lines.get(r).text().strip()).matches();
            // (a copy that lost the rule, a drawn line: the notes alone, defining what the text marks after a word,
            // where the page ends)
            int start = ruled ? r + 1 : r;
            if (start >= lines.size()) {
                break;
            }
            Matcher first = NOTE.matcher(lines.get(start).text().strip());
            if (!first.lookingAt() || !(ruled ? markedAbove(lines, r, first.group(1))
                    : r > 0 && termMarkedOnItsPage(lines, layout, r, first.group(1)))) {
                continue;
            }
            int end = start;
            for (int j = start + 1; j < lines.size(); j++) {
                String t = lines.get(j).text().strip();
                // a note's line, or the line a note's words go on in (right under it or over a page's break, its
                // sentence not ended)
                boolean wraps = layout.goesOnInto(lines.get(j - 1).number(), lines.get(j).number())
                        && !HeadingRecognizer.endsSentence(lines.get(j - 1).text().strip())
                        && HeadingRecognizer.numbering(t).isEmpty();
                if (!NOTE.matcher(t).lookingAt() && !wraps) {
                    break;
                }
                end = j;
            }
            boolean lastPage = end + 1 >= lines.size() && !blocks.isEmpty()
                    && layout.pageBreakAfter(lines.get(end).number());
            if (!ruled && !lastPage && (end + 1 >= lines.size()
                    || !layout.pageBreakBetween(lines.get(end).number(), lines.get(end + 1).number()))) {
                continue; // (without a rule, only the foot of a page the text goes on after, or of the last page
                // when an earlier page's foot had notes too)
            }
            blocks.add(new int[] {ruled ? r : -1, start, end});
            r = end;
        }
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1)[2] == lines.size() - 1 && blocks.size() == 1) {
            return null;
        }
        List<SourceLine> text = new ArrayList<>();
        List<SourceLine> notes = new ArrayList<>();
        List<SourceLine> rules = new ArrayList<>();
        List<SourceLine> repeats = new ArrayList<>();
        Set<String> noted = new HashSet<>();
        int block = 0;
        for (int i = 0; i < lines.size(); i++) {
            while (block < blocks.size() && i > blocks.get(block)[2]) {
                block++;
            }
            int[] b = block < blocks.size() ? blocks.get(block) : null;
            boolean note = b != null && i >= b[1] && i <= b[2];
            if (note && !noted.add(SourceLine.withoutSpaces(lines.get(i).text()))) {
                repeats.add(lines.get(i));
                continue;
            }
            (b != null && i == b[0] ? rules : note ? notes : text).add(lines.get(i));
        }
        return new PageFootNotes(text, notes, rules, repeats);
    }

    /** A note that defines its term, the term in group 1: ①“民呼我应”：指……, ②全过程人民民主基层单元：指……. */
    private static final Pattern DEFINES = Pattern.compile(
            "^(?:[\u2460-\u2473]|[\\[［【][0-9０-９]{1,3}[\\]］】])\\s*([^，。；：:]{2,30}?)(?:：|:|——|，是指|是指)");

    /**
     * Whether a note without a rule defines a term the text of its own page marks with its marker: ①“民呼我应”：指…… under
     * ……深化“民呼我应”①机制 (a list's ①每月一次接待：…… under another note's marker is the text's).
     */
    private static boolean termMarkedOnItsPage(List<SourceLine> lines, CopyLayout layout, int note, String marker) {
        Matcher d = DEFINES.matcher(lines.get(note).text().strip());
        if (!d.lookingAt()) {
            return false;
        }
        // the page's text above the note, its lines read as one (a term a line's end cut: 深化“民呼 / 我应”①机制)
        StringBuilder page = new StringBuilder();
        for (int k = note - 1; k >= 0; k--) {
            page.insert(0, lines.get(k).text().strip());
            if (k > 0 && layout.pageBreakBetween(lines.get(k - 1).number(), lines.get(k).number())) {
                break;
            }
        }
        return FootnoteMarkers.marksTerm(page.toString(), d.group(1).strip(), List.of(marker));
    }

    /** Whether a note's marker stands in the text above its rule. */
    private static boolean markedAbove(List<SourceLine> lines, int rule, String marker) {
        for (int k = 0; k < rule; k++) {
            if (lines.get(k).text().contains(marker)) {
                return true;
            }
        }
        return false;
    }
}
