package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportarchive.text.Simplified;

/**
 * A report's notes set in or under its text without a section of their own at its end: definitions each led by a
 * reference mark under the text or under the paragraph that marks their term (※中关村科学城：……), and a box of
 * definitions set in the middle of the text (■名词解释 / “四个全面”：……, the text going on under it). Each finder
 * says where the notes stand, or that there are none: the text's own lines that look like them (a list's ※ items
 * under the sentence that names them, a paragraph led by 【……】 under a box) are no notes.
 */
final class InTextNotes {

    private InTextNotes() {
    }

    /**
     * A page's definitions set under the text without a heading, each led by a reference mark ({@code ※“双报到”：人大代表
     * 到……}): the last lines, every one a definition of a term the text above uses. Where the text ends (the line
     * before the first definition), or -1.
     */
    static int findMarkedTerms(List<SourceLine> lines) {
        int first = lines.size();
        List<String> terms = new ArrayList<>();
        List<String> marked = new ArrayList<>(); // (a list-like mark's term, with the mark the text must give it)
        while (first > 0 && lines.size() - first < BodyBuilder.MAX_RULED_NOTES) {
            String line = lines.get(first - 1).text();
            Optional<String> term = FootnoteSection.markedTerm(line);
            if (term.isEmpty()) {
                break;
            }
            if (FootnoteSection.isListLikeMark(line)) {
                marked.add(term.get() + FootnoteSection.referenceMark(line).strip());
            }
            terms.add(term.get());
            first--;
        }
        String over = first > 0 ? lines.get(first - 1).text().strip() : "";
        if (first == lines.size() || first == 0 || over.endsWith("：") || over.endsWith(":")
                || lines.subList(0, first).stream().anyMatch(l -> FootnoteSection.markedTerm(l.text()).isPresent())) {
            // (definitions set under their paragraphs too: notesUnderParagraphs reads them all; and items under a line
            // that introduces them, 注意事项：, are a list's)
            return -1;
        }
        StringBuilder text = new StringBuilder();
        lines.subList(0, first).forEach(l -> text.append(l.text()).append('\n'));
        return terms.stream().allMatch(t -> text.indexOf(t) >= 0) && marked.stream().allMatch(m -> marks(text, m))
                ? first - 1 : -1;
    }

    /** Whether a text marks a term with a star right after it, or after its closing quotation mark (“三个林州”*). */
    private static boolean marks(CharSequence text, String termAndMark) {
        String s = text.toString();
        int star = termAndMark.indexOf('*');
        return s.contains(termAndMark) || s.contains(termAndMark.substring(0, star) + "”" + termAndMark.substring(star))
                || s.contains(termAndMark.substring(0, star) + "\"" + termAndMark.substring(star));
    }


    /**
     * A box of definitions set in the text: a heading that names definitions (■名词解释), at least one entry that
     * defines a term, and the text going on under them. The heading's index and the index after its last entry, or
     * null.
     */
    static int[] findGlossaryBox(List<SourceLine> lines) {
        for (int i = 0; i + 2 < lines.size(); i++) {
            String t = lines.get(i).text();
            if (FootnoteSection.isHeading(t) && FootnoteSection.namesDefinitions(t)) {
                int j = boxEnd(lines, i);
                List<SourceLine> entries = lines.subList(i + 1, j);
                if (j > i + 1 && j < lines.size() && (FootnoteSection.allTermEntries(entries)
                        || entries.stream().allMatch(l -> FootnoteSection.isNumberedEntry(l.text())))) {
                    return new int[] {i, j}; // (entries of one form: the section reads them all)
                }
            }
        }
        return null;
    }


    /**
     * A notes' section found at its heading that is a box after all: its entries, and under them the text going on
     * with a section of its own (二、2024年工作安排) or its closing; the heading's index and the index after its last
     * entry, or null.
     */
    static int[] boxAt(List<SourceLine> lines, int heading) {
        int j = boxEnd(lines, heading);
        if (j == heading + 1 || j == lines.size()) {
            return null;
        }
        for (SourceLine line : lines.subList(j, lines.size())) {
            String t = line.text().strip();
            if (HeadingRecognizer.numbering(t).isPresent() && HeadingRecognizer.standalone(t).isPresent()
                    && !FootnoteSection.definesATerm(t) || FrontMatter.isSalutation(t) || t.startsWith("各位代表，")) {
                return new int[] {heading, j};
            }
        }
        return null;
    }


    /**
     * Where a box's entries end under its heading: each defines a term the text above the heading uses (a paragraph
     * of the text's own under the box, 【依法履行监督职责】常委会……, or a quotation, 习近平总书记指出：“……”, defines none).
     */
    private static int boxEnd(List<SourceLine> lines, int heading) {
        StringBuilder above = new StringBuilder();
        lines.subList(0, heading).forEach(l -> above.append(l.text()).append('\n'));
        String text = Simplified.of(above.toString()).replaceAll("[“”\"「」《》]", "");
        int j = heading + 1;
        while (j < lines.size()) {
            Optional<String> term = FootnoteSection.definedTerm(lines.get(j).text());
            if (term.isEmpty() || !text.contains(Simplified.of(term.get()))) {
                break;
            }
            j++;
        }
        return j;
    }

    /** A note set under its section after 注：, numbered by a circled number: 注：①“一点一库一基地”：即…… . */
    private static final java.util.regex.Pattern SECTION_NOTE = java.util.regex.Pattern.compile(
            "^注[:：][\\s\\u3000]*([\u2460-\u2473])[\\s\\u3000]*\\S");

    /**
     * Notes set each under the section whose text marks them (……“一点一库一基地”①平台1个。 / 注：①“一点一库一基地”：即……), not
     * together at the end: all of them, or none when one's number is marked in no line above it since the last note.
     */
    static List<SourceLine> notesUnderSections(List<SourceLine> lines) {
        List<SourceLine> notes = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < lines.size(); i++) {
            java.util.regex.Matcher m = SECTION_NOTE.matcher(lines.get(i).text().strip());
            if (!m.lookingAt()) {
                continue;
            }
            List<SourceLine> above = lines.subList(from, i);
            if (i == 0 || !marked(above, m.group(1))) {
                return List.of();
            }
            notes.add(lines.get(i));
            // (and the section's next notes, each on a line of its own: 注：①…… / ②……)
            int j = i + 1;
            for (; j < lines.size(); j++) {
                java.util.regex.Matcher next = NEXT_NOTE.matcher(lines.get(j).text().strip());
                if (!next.lookingAt() || !marked(above, next.group(1))) {
                    break;
                }
                notes.add(lines.get(j));
            }
            from = j;
            i = j - 1;
        }
        return notes;
    }

    /** A section's next note under its 注：①……, on a line of its own: ②“两茶”：指……. */
    private static final java.util.regex.Pattern NEXT_NOTE = java.util.regex.Pattern.compile(
            "^([\u2460-\u2473])[\\s\\u3000]*\\S");

    /** Whether one of the lines marks a note's circled number. */
    private static boolean marked(List<SourceLine> lines, String mark) {
        return lines.stream().anyMatch(l -> l.text().contains(mark));
    }

    private static boolean usedAbove(List<SourceLine> lines, int at, String term) {
        String bare = term.replaceAll("^[“\"「《]|[”\"」》]$", "");
        return lines.subList(0, at).stream().anyMatch(l -> FootnoteSection.markedTerm(l.text()).isEmpty()
                && Simplified.of(l.text()).contains(Simplified.of(bare)));
    }

    /**
     * The definitions led by a reference mark (※, ＊, *) that stand each right under a line that uses its term, or
     * none: all of them, or they are no such notes.
     */
    static List<SourceLine> notesUnderParagraphs(List<SourceLine> lines) {
        List<SourceLine> notes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Optional<String> term = FootnoteSection.markedTerm(lines.get(i).text());
            if (term.isEmpty()) {
                continue;
            }
            int above = i - 1;
            while (above > 0 && FootnoteSection.markedTerm(lines.get(above).text()).isPresent()) {
                above--;
            }
            // (its paragraph marks the term with the same mark: items of a list under the sentence that names them,
            // ※生态立县：……, are no notes)
            String mark = FootnoteSection.referenceMark(lines.get(i).text());
            // (a box's label marks nothing in the text: its term is one the text above uses)
            boolean used = mark.startsWith("【") ? usedAbove(lines, i, term.get())
                    : lines.get(above).text().contains(term.get() + mark) || lines.get(above).text().contains(term.get() + "”" + mark);
            if (!used) {
                return List.of();
            }
            notes.add(lines.get(i));
        }
        return notes;
    }
}
