package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.EditorialNote;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.FootnoteRef;
import org.reportarchive.model.Heading;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.RunInHeading;
import org.reportarchive.text.Simplified;
import org.reportarchive.text.WordBreaks;

/**
 * Turns the report's text lines into headings and paragraphs: joins paragraphs split by newspaper column
 * breaks (with a note on each join), recognises stand-alone and run-in headings and gives them levels, takes
 * footnote markers out of the text and reads the report's own glossary section as footnotes.
 */
final class BodyBuilder {

    /** A signature's organ: the body that issues the document (…常务委员会, …办公室, …考察组). */
    private static final Pattern ISSUER = Pattern.compile(
            "^\\S{2,30}(常务委员会|人大常委会|办公室|办公厅|人民政府|委员会|工委|主席团|考察组|视察组|调研组|检查组|评估组|课题组|工作组|代表小组|小组|代表团)$");

    /**
     * The structured text.
     *
     * @param removals the lines of the copy's layout the body leaves out (the rules over a page's notes)
     */
    record Body(List<Block> blocks, String footnoteTitle, List<Footnote> footnotes, List<EditorialNote> notes,
                List<String> warnings, List<Removal> removals) {
    }

    /** A heading found at a position of the block list, before levels are known. */
    private record PendingHeading(int index, HeadingStyle style) {
    }

    /** A run-in heading found in the paragraph at a position of the block list. */
    private record PendingRunIn(int index, HeadingRecognizer.Match match) {
    }

    /** A stretch of text from one or more source lines (several when a column break was joined). */
    private record Segment(String text, int firstLine, int lastLine, List<int[]> joins, List<String> contexts) {
    }

    Body build(List<SourceLine> input) {
        return build(input, CopyLayout.NONE);
    }

    /** @param layout what the reading saw of the copy's layout */
    Body build(List<SourceLine> input, CopyLayout layout) {
        Map<Integer, Integer> goingOn = layout.goingOn();
        Set<Integer> fresh = layout.fresh();
        Set<Integer> apart = layout.apart();
        Set<Integer> indented = layout.indented();
        // notes set each under its section (注：①……), not together at the end: the last section's is no heading of notes
        List<SourceLine> sectionNotes = InTextNotes.notesUnderSections(input);
        List<SourceLine> lines = sectionNotes.size() < 2 ? FootnoteSection.splitHeading(input) : input;
        int glossaryAt = sectionNotes.size() < 2 ? findFootnoteSection(lines) : -1;
        PageFootNotes pageNotes = glossaryAt < 0 && sectionNotes.size() < 2 ? PageFootNotes.find(lines, layout) : null;
        if (glossaryAt >= 0 || pageNotes != null) {
            sectionNotes = List.of();
        }
        // a word processor's notes under a rule, without a heading (______ / ①……): the rule stays in the text
        boolean ruled = pageNotes != null || glossaryAt < 0 && sectionNotes.isEmpty() && ((glossaryAt = findRuledNotes(lines)) >= 0
                || (glossaryAt = findTrailingNotes(lines)) >= 0 || (glossaryAt = InTextNotes.findMarkedTerms(lines)) >= 0);
        List<SourceLine> main = pageNotes != null ? pageNotes.text()
                : glossaryAt < 0 ? lines : lines.subList(0, ruled ? glossaryAt + 1 : glossaryAt);
        List<SourceLine> section = glossaryAt < 0 ? List.of() : lines.subList(glossaryAt + 1, lines.size());
        // a box of definitions set in the text (■名词解释 / “四个全面”：……), read as the report's glossary when it has no
        // other: the text goes on around it
        int[] box = glossaryAt < 0 && pageNotes == null ? InTextNotes.findGlossaryBox(lines)
                : glossaryAt >= 0 && !ruled ? InTextNotes.boxAt(lines, glossaryAt) : null;
        if (box != null) {
            glossaryAt = box[0];
            section = lines.subList(box[0] + 1, box[1]);
            List<SourceLine> around = new ArrayList<>(lines.subList(0, box[0]));
            around.addAll(lines.subList(box[1], lines.size()));
            main = around;
        }
        // a row of ornaments or an end mark between the text and its notes' heading (◆　◆　◆ / 名词解释) is the page's, as
        // under a text
        List<Removal> separators = new ArrayList<>();
        if (glossaryAt >= 0 && !ruled && box == null) {
            main = withoutSeparatorsAtEnd(main, separators);
        }
        // definitions led by a reference mark, each under the paragraph that uses its term (……科学城※建设，…… /
        // ※中关村科学城：指……), without a heading: the report's notes, as a page's notes at its foot are
        List<SourceLine> underParagraphs = glossaryAt >= 0 || pageNotes != null ? List.of()
                : sectionNotes.isEmpty() ? InTextNotes.notesUnderParagraphs(lines) : sectionNotes;
        // and such definitions in a copy that also has notes at its pages' feet, or a box of them in the text
        List<SourceLine> markedBeside = pageNotes != null || box != null ? InTextNotes.notesUnderParagraphs(main) : List.of();
        if (!markedBeside.isEmpty()) {
            main = new ArrayList<>(main);
            main.removeAll(markedBeside);
        }
        if (!underParagraphs.isEmpty()) {
            glossaryAt = lines.indexOf(underParagraphs.get(0));
            ruled = true;
            section = underParagraphs;
            List<SourceLine> text = new ArrayList<>(lines);
            text.removeAll(underParagraphs);
            main = text;
        }
        List<String> warnings = new ArrayList<>();
        String footnoteTitle = null;
        List<Footnote> footnotes = List.of();
        List<SourceLine> columnLines = numbersWithHeadings(main);
        Column column = Column.of(columnLines, indented);
        List<FootnoteSection.Join> noteJoins = new ArrayList<>();
        if (glossaryAt >= 0 || pageNotes != null) {
            footnoteTitle = ruled ? null : FootnoteSection.headingText(lines.get(glossaryAt).text());
            List<SourceLine> strays = new ArrayList<>();
            // an entry's line that fills the text's column goes on in the next, as a paragraph's does, and so does one
            // that stops in a clause (……民主协商、民主决策、 / 民主管理、……), and a long one that stops in a word where no column
            // tells the text's width (……党代会提出的奋斗 / 目标，即……)
            BiPredicate<SourceLine, SourceLine> wraps = (line, next) -> (indented.contains(line.number())
                    ? column.fillsIndented(line.text()) : column.fills(line.text())
                    || !column.isSet() && stopsInWord(line.text()))
                    && !endsInColumn(line.text()) && startsRunningText(line.text(), next.text())
                    || continuesOnto(line.text(), next.text());
            List<SourceLine> entryLines = pageNotes != null ? pageNotes.notes() : section;
            List<Footnote> parsed = FootnoteSection.parse(entryLines, strays, pageNotes == null, wraps, noteJoins);
            if (pageNotes != null) {
                parsed = termsTheTextMarks(parsed, FootnoteSection.parse(entryLines, new ArrayList<>(), true, wraps,
                        new ArrayList<>()), main);
            }
            if (!markedBeside.isEmpty()) {
                parsed = new ArrayList<>(parsed);
                parsed.addAll(numberedAfter(parsed, FootnoteSection.parse(markedBeside, strays, true, wraps, noteJoins)));
            }
            footnotes = uniqueIds(parsed, warnings);
            if (footnotes.isEmpty() && pageNotes == null) {
                // no entry after all: the heading and its lines are the text's
                footnoteTitle = null;
                main = lines;
                columnLines = numbersWithHeadings(main);
            } else if (!strays.isEmpty()) {
                // not entries: keep them as text before the section rather than lose them
                List<SourceLine> withStrays = new ArrayList<>(main);
                withStrays.addAll(strays);
                main = withStrays;
                columnLines = numbersWithHeadings(main);
            }
        }
        Set<String> labels = new TreeSet<>();
        footnotes.forEach(f -> labels.add(f.label()));
        List<Footnote> entries = footnotes;
        // notes of the text's own set in the text above the section ([1] 该决定于……通过。 over 名词解释 / 1．……): their
        // numbers are theirs, and a marker [1] is no link to the section's entry 1
        for (SourceLine line : main) {
            Matcher own = OWN_NOTE.matcher(line.text().strip());
            if (own.lookingAt()) {
                labels.remove(ChineseNumbers.toHalfWidthDigits(own.group(1)));
            }
        }

        List<Segment> segments = joinColumnBreaks(columnLines, column, layout,
                indentsParagraphs(main, indented, column) ? indented : null);
        List<Block> blocks = new ArrayList<>();
        List<EditorialNote> notes = new ArrayList<>();
        Map<String, Integer> refCounts = new LinkedHashMap<>();
        int headingNo = 0;
        int paragraphNo = 0;
        List<PendingRunIn> runIns = new ArrayList<>();
        List<PendingHeading> headings = new ArrayList<>();
        BitSet signature = signature(segments);
        // the numberings that open paragraphs as their headings (（一）强化源头减量。推动……): a line of one of them
        // that ends at its heading's full stop is a heading too
        Set<HeadingStyle> runInStyles = EnumSet.noneOf(HeadingStyle.class);
        for (Segment seg : segments) {
            String t = seg.text().strip();
            if (!t.isEmpty() && NUMBER_START.indexOf(t.charAt(0)) >= 0) { // (a heading's number first: few lines)
                HeadingRecognizer.runIn(t).filter(m -> m.length() < t.length()).ifPresent(m -> runInStyles.add(m.style()));
            }
        }
        List<Optional<HeadingStyle>> styles = new ArrayList<>();
        for (int at = 0; at < segments.size(); at++) {
            styles.add(headingStyle(segments, at, signature));
        }
        // a numbered line that ends at its heading's full stop (（一）管理服务体制逐步理顺。) is a heading where its siblings
        // open their paragraphs with theirs, or where one of its style anywhere has a section's text under it: then
        // all of that style are
        List<Optional<HeadingStyle>> stopped = new ArrayList<>();
        Set<HeadingStyle> sectionStyles = EnumSet.noneOf(HeadingStyle.class);
        for (int at = 0; at < segments.size(); at++) {
            Optional<HeadingStyle> style = styles.get(at).isEmpty() ? stoppedHeading(segments, at) : Optional.empty();
            stopped.add(style);
            if (style.isPresent() && opensASection(segments.get(at + 1).text())) {
                sectionStyles.add(style.get());
            }
        }
        for (int at = 0; at < segments.size(); at++) {
            if (stopped.get(at).isPresent()) {
                styles.set(at, stopped.get(at).filter(st -> runInStyles.contains(st) || sectionStyles.contains(st)));
            }
        }
        BitSet listed = listItems(segments, styles);
        for (int at = 0; at < segments.size(); at++) {
            Segment seg = segments.get(at);
            Optional<HeadingStyle> heading = listed.get(at) ? Optional.empty() : styles.get(at);
            if (heading.isPresent()) {
                headingNo++;
                headings.add(new PendingHeading(blocks.size(), heading.get()));
                String id = "s" + headingNo;
                String text = FrontMatter.stripMarkdownHeading(seg.text());
                FootnoteMarkers.Extracted ex = markersFollowTheirTerms(text, labels, entries)
                        ? markers(text, id, seg.firstLine(), labels, entries, refCounts, notes, warnings)
                        : new FootnoteMarkers.Extracted(text, List.of(), List.of());
                blocks.add(new Heading(id, 0, ex.text(), heading.get(), seg.firstLine(), ex.refs()));
                addColumnBreakNotes(notes, id, ex.text(), seg);
                continue;
            }
            paragraphNo++;
            String id = "p" + paragraphNo;
            FootnoteMarkers.Extracted ex = markers(seg.text(), id, seg.firstLine(), labels, entries, refCounts, notes,
                    warnings);
            String text = ex.text();
            List<FootnoteRef> refs = ex.refs();
            int index = blocks.size();
            HeadingRecognizer.runIn(text).ifPresent(m -> runIns.add(new PendingRunIn(index, m)));
            addColumnBreakNotes(notes, id, text, seg);
            blocks.add(new Paragraph(id, text, seg.firstLine(), seg.lastLine(), null, refs));
        }
        // entries without numbers (term, colon, definition) have no marker to look for in the text, and neither have
        // those of a glossary whose terms the text uses without marks: only an entry the marks of the others pass by
        // is missing its mark
        boolean numbered = glossaryAt < 0 || !FootnoteSection.allTermEntries(section);
        for (Footnote f : footnotes) {
            if (numbered && !refCounts.containsKey(f.label()) && (!refCounts.isEmpty() || f.term().isEmpty())) {
                warnings.add("line " + f.line() + ": glossary entry " + f.label() + " has no marker in the text");
            }
        }
        if (box != null && !blocks.isEmpty()) {
            int at = 0;
            for (int b = 0; b < blocks.size(); b++) {
                at = lineOf(blocks.get(b)) < lines.get(box[0]).number() ? b : at;
            }
            Block before = blocks.get(at);
            notes.add(note(notes, NoteKind.MOVED, before.id(), before.text().length(), "原文第"
                    + lines.get(box[0]).number() + "行至第" + lines.get(box[1] - 1).number() + "行是插在正文中的“"
                    + FootnoteSection.headingText(lines.get(box[0]).text()) + "”栏，其词条已移至文末的注释中。",
                    lines.get(box[0]).number()));
        }
        for (Footnote f : footnotes) {
            for (FootnoteSection.Join join : noteJoins) {
                if (join.entryLine() == f.line()) {
                    notes.add(columnBreakNote(notes, f.id(), join.offset(), join.before(), join.after(),
                            join.context()));
                }
            }
        }
        assignLevels(blocks, headings, runIns);
        List<Removal> noteRules = new ArrayList<>(separators);
        if (pageNotes != null) {
            pageNotes.rules().forEach(l -> noteRules.add(new Removal(l.number(), RemovalReason.NOTE_RULE, l.text().strip())));
            pageNotes.repeats().forEach(l -> noteRules.add(new Removal(l.number(), RemovalReason.DUPLICATE, l.text().strip())));
        }
        return new Body(blocks, footnoteTitle, footnotes, EditorialNote.inDocumentOrder(blocks, footnotes, notes), warnings,
                noteRules);
    }

    /** The mark a post sets under the end of its text: （完）, 【完】, （全文完）. */
    private static final Pattern END_MARK = Pattern.compile("^[（(【\\[［][\\s\\u3000]*(完|全文完|终)[\\s\\u3000]*[)）】\\]］]$");

    /**
     * The text without the rows of ornaments and the end marks at its end (blank lines aside), each recorded in
     * {@code removed}.
     */
    private static List<SourceLine> withoutSeparatorsAtEnd(List<SourceLine> text, List<Removal> removed) {
        int end = text.size();
        int kept = end;
        List<Removal> found = new ArrayList<>();
        while (end > 0) {
            SourceLine l = text.get(end - 1);
            if (l.text().isBlank()) {
                end--;
            } else if (BoilerplateRules.defaults().classify(l.text().strip(), false).orElse(null) == RemovalReason.SEPARATOR) {
                found.add(0, new Removal(l.number(), RemovalReason.SEPARATOR, l.text().strip()));
                kept = --end;
            } else if (END_MARK.matcher(l.text().strip()).matches()) {
                found.add(0, new Removal(l.number(), RemovalReason.PUBLICATION, l.text().strip())); // 【完】, as under a text
                kept = --end;
            } else {
                break;
            }
        }
        removed.addAll(found);
        return kept == text.size() ? text : text.subList(0, kept);
    }

    /**
     * A numbered heading that ends in a full stop on a line of its own, its text under it (（三）加强监管执法。 /
     * 建立健全……), as its siblings open their paragraphs; not an item of a list, which follows an item of its own
     * numbering or is followed by one (（三）……。 / （四）……。 / 各位代表，……).
     */
    private static Optional<HeadingStyle> stoppedHeading(String previous, String line, String next) {
        String t = line.strip();
        if (t.length() > STOPPED_HEADING || !t.endsWith("。") || t.indexOf('。') < t.length() - 1 || t.contains("；")
                || t.contains("：")) {
            return Optional.empty();
        }
        Optional<HeadingStyle> style = HeadingRecognizer.numbering(t);
        String p = previous.strip();
        // (a sibling above that opens its paragraph, ２.加强生态环境监督。连续五年……, says its numbering heads sections)
        boolean listed = style.equals(HeadingRecognizer.numbering(p))
                && HeadingRecognizer.runIn(p).filter(m -> m.length() < p.length()).isEmpty();
        // (nor one over the document's closing line: ……落实到位。 / 以上审议意见，请……)
        return style.isPresent() && !listed && !style.equals(HeadingRecognizer.numbering(next.strip()))
                && HeadingRecognizer.standalone(next).isEmpty() && Prose.isProse(next) && !next.strip().startsWith("以上")
                ? style : Optional.empty();
    }

    /**
     * Whether a paragraph reads as a section's text under its heading: a paragraph of some length that is not the
     * text's closing (各位代表，让我们……); its first item (一是……) too.
     */
    private static boolean opensASection(String paragraph) {
        String t = paragraph.strip();
        return t.length() >= SECTION_TEXT && !t.startsWith("各位代表") && !t.startsWith("同志们") && !t.startsWith("以上");
    }

    /** The shortest paragraph read as a section's text under its heading. */
    private static final int SECTION_TEXT = 40;

    /** The characters a numbered heading starts with. */
    private static final String NUMBER_START = "0123456789０１２３４５６７８９一二三四五六七八九十（(第其";

    /** The longest numbered heading that ends in a full stop on a line of its own. */
    private static final int STOPPED_HEADING = 40;

    /**
     * Whether a copy sets its paragraphs' first lines indented: enough of the lines that may start one (the first, and
     * those under a sentence's end, a salutation, an addressee or a numbered heading) are to tell, and most lines that surely start a
     * paragraph are. A line under a full line of a column that ends a sentence tells nothing: it may go on from it.
     */
    private static boolean indentsParagraphs(List<SourceLine> lines, Set<Integer> indented, Column column) {
        int plainStarts = 0;
        int indentedStarts = 0;
        for (int i = 0; i < lines.size(); i++) {
            String previous = i == 0 ? "" : lines.get(i - 1).text().strip();
            // the text's first line, or one under a sentence's end, a salutation or an addressee (市人民政府：), or under a
            // numbered line, which may be a heading (or an item's first line, whose next line tells nothing)
            boolean sure = i == 0 || HeadingRecognizer.endsSentence(previous)
                    || previous.length() <= ADDRESSEE && (previous.endsWith("：") || previous.endsWith(":"))
                    || previous.length() <= SALUTATION && FrontMatter.isSalutation(previous);
            boolean start = sure || HeadingRecognizer.numbering(previous).isPresent()
                    && HeadingRecognizer.standalone(previous).isPresent();
            if (!start || HeadingRecognizer.numbering(lines.get(i).text()).isPresent()) {
                continue;
            }
            boolean previousFull = i > 0 && (indented.contains(lines.get(i - 1).number())
                    ? column.fillsIndented(previous) : column.fills(previous));
            if (indented.contains(lines.get(i).number())) {
                indentedStarts++;
            } else if (i > 0 && sure && !previousFull) { // (the first line may be a salutation)
                plainStarts++;
            }
        }
        return indentedStarts >= INDENTED_STARTS && indentedStarts * 5 >= (indentedStarts + plainStarts) * 4;
    }

    /** The longest line that addresses the text to someone (市人民政府：) above its first paragraph. */
    private static final int ADDRESSEE = 20;
    /** The longest salutation (各位代表、各位居民代表：). */
    private static final int SALUTATION = 40;

    /** The fewest paragraph starts that tell a copy indents its paragraphs. */
    private static final int INDENTED_STARTS = 3;

    /**
     * In a column whose paragraphs start indented, a line that fills the column goes on in a line that is not indented,
     * even after a full stop (……收集意见建议612条。 / 二是坚持精准立法……): the next paragraph would start indented.
     */
    private static boolean continuesUnindented(Segment current, Column column, SourceLine line, Set<Integer> indented,
                                               CopyLayout layout) {
        String next = line.text().strip();
        String last = lastLine(current).strip();
        if (indented.contains(current.lastLine())
                && HeadingRecognizer.numbering(last).filter(st -> st != HeadingStyle.ORDINAL_PHRASE).isPresent()) {
            // a numbered heading as wide as the column, indent and all, that stops in its words goes on in the few
            // words right under it (　　二、尊重代表主体地位，发挥代表 / 作用): the paragraph under a heading starts
            // indented (at a page's foot, headingAtFoot reads whether the words over the break are the heading's); more
            // than a word under it only where the break cuts a word (……努力为全市发 / 展多作贡献) or the heading stops
            // before the words its last one calls for (……促进 / 林区经济发展), as a bare subheading under a whole one
            // (……扩大有效投资额 / 项目建设提速增效) does not
            return column.fillsIndented(last) && !indented.contains(line.number())
                    && line.number() == current.lastLine() + 1 && isHeadingsTail(last, next)
                    && (next.length() <= HEADING_WORD || WordBreaks.insideAWord(last, next) || WordBreaks.endsOpen(last));
        }
        // (a paragraph's first line fills the column with its indent: 　　市十六届人大五次会议期间，代表联名提出议案11件。; never
        // a numbered line's, whose items opensAnItem reads, and whose sections' headings are whole)
        boolean full = indented.contains(current.lastLine())
                ? HeadingRecognizer.numbering(last).isEmpty() && (column.fillsIndented(last)
                // (a first line that stops in a clause goes on in a line of running text, not in an item: 一是……)
                || stopsInClause(last) && HeadingRecognizer.numbering(next).isEmpty())
                : column.fills(last);
        // (the next line right under it, or over a page's break, its number or head taken off)
        if (!full || indented.contains(line.number()) || !layout.goesOnInto(current.lastLine(), line.number())) {
            return false;
        }
        Optional<HeadingStyle> numbered = HeadingRecognizer.numbering(next);
        return numbered.filter(st -> st != HeadingStyle.ORDINAL_PHRASE).isEmpty()
                // (a bare title is never as wide as the column: a full line that reads like one is the paragraph's)
                && HeadingRecognizer.standalone(next).filter(st -> st != HeadingStyle.TITLE || !column.fills(next)).isEmpty()
                && !FrontMatter.isSalutation(next)
                && !FrontMatter.isSalutation(last) && !FrontMatter.isMarkdownHeading(next) && !FootnoteSection.isHeading(next)
                && !next.startsWith("——") && !CLOSING.matcher(next).find() && (Prose.isProse(next)
                || column.fills(next)); // a narrow column's full line, clauses or not
    }

    /**
     * Whether a paragraph's first line stops inside a clause of a sentence it has started: a clause or two before it
     * and no mark at its end (　　我受……常务委员会委托，向大 / 会报告……), as a PDF's line breaks it however narrow the
     * column seems; a heading set without a number has no such clauses.
     */
    private static boolean stopsInClause(String line) {
        String t = line.strip();
        return !t.isEmpty() && Character.UnicodeScript.of(t.codePointAt(t.length() - 1)) == Character.UnicodeScript.HAN
                && t.indexOf('，') > 0 && t.indexOf('，') < t.length() - 1 && !HeadingRecognizer.endsSentence(t)
                && t.length() >= STOPPED_CLAUSE;
    }

    /**
     * A page's notes, each with the term it defines when the text marks that term with its marker (“民呼我应”① over
     * ①“民呼我应”：指……); a note of another kind, ② 数据来源：…… under ……偏高②, defines no term.
     *
     * @param plain  the notes read without terms
     * @param termed the same notes read with them
     */
    private static List<Footnote> termsTheTextMarks(List<Footnote> plain, List<Footnote> termed, List<SourceLine> text) {
        if (plain.size() != termed.size()) {
            return plain;
        }
        // (the text's lines read as one: a term a line's end cut, 深化“民呼 / 我应”①机制)
        String t = String.join("", text.stream().map(line -> line.text().strip()).toList());
        List<Footnote> out = new ArrayList<>();
        for (int i = 0; i < plain.size(); i++) {
            Footnote f = termed.get(i);
            out.add(FootnoteMarkers.marksTerm(t, f.term(), markersOf(f.label())) ? f : plain.get(i));
        }
        return out;
    }

    /** How a page's note's number may stand in the text: ①, [1], ［1］, 【1】. */
    private static List<String> markersOf(String label) {
        List<String> markers = new ArrayList<>(List.of("[" + label + "]", "［" + label + "］", "【" + label + "】"));
        int n = label.matches("[0-9]{1,2}") ? Integer.parseInt(label) : 0;
        if (n >= 1 && n <= 20) {
            markers.add(String.valueOf((char) ('\u2460' + n - 1)));
        }
        return markers;
    }

    /** The fewest characters of an entry's line that stops in a word, where no column tells the text's width. */
    private static final int STOPPED_ENTRY = 24;

    /** Whether a long line stops in a word: no mark after its last character. */
    private static boolean stopsInWord(String line) {
        String t = line.strip();
        return t.length() >= STOPPED_ENTRY && Character.isLetterOrDigit(t.codePointAt(t.length() - 1));
    }

    /** The fewest characters of a paragraph's first line that stops inside a clause. */
    private static final int STOPPED_CLAUSE = 16;

    /**
     * In a column whose paragraphs start indented, a paragraph that opens with an item's number (　　一是加强对经济运行的监督，
     * 重点关注产业结构调整和 / 城镇化建设；……, 　　（1）加快电网、通信、交通等基础设施 / 的修复，……): its first line, indented and
     * as wide as the column, goes on in the line under it that is not indented (a section's heading, 一、 or （一）, is
     * whole).
     */
    private static boolean opensAnItem(Segment current, Column column, SourceLine line, Set<Integer> indented) {
        String first = current.text().strip();
        return current.joins().isEmpty() && indented.contains(current.firstLine()) && !indented.contains(line.number())
                && line.number() == current.lastLine() + 1 && HeadingRecognizer.numbering(first).filter(ITEM_STYLES::contains).isPresent()
                && !HeadingRecognizer.endsSentence(first) && column.fillsIndented(first)
                && HeadingRecognizer.standalone(line.text()).isEmpty() && !FrontMatter.isSalutation(line.text());
    }

    /**
     * In a column, a paragraph's next item on the line under a full one (……推动产业转型升级；/ 二是加强……, ……。/ 四要……,
     * ……推动科学发展；/ （2）加强……): it goes on when the paragraph holds the item before it (一是, 三要, （1）), as a list run
     * into one paragraph does.
     */
    private static boolean nextItemGoesOn(Segment current, Column column, String next) {
        String t = next.strip();
        Matcher item = ORDINAL_ITEM.matcher(t);
        Matcher numbered = NUMBERED_ITEM.matcher(t);
        if (!(item.lookingAt() || numbered.lookingAt()) || !column.fills(lastLine(current))) {
            return false;
        }
        if (numbered.lookingAt()) { // (……：（1）加强经济工作监督，推动科学发展； / （2）加强……)
            int n = Integer.parseInt(numbered.group(2));
            return n > 1 && current.text().contains(numbered.group(1) + (n - 1) + numbered.group(3));
        }
        int n = ChineseNumbers.parse(item.group(1));
        String before = n > 1 && n <= CHINESE_DIGITS.length() ? CHINESE_DIGITS.charAt(n - 2) + item.group(2) : null;
        return before != null && current.text().contains(before);
    }

    /** An item's ordinal at a line's start: 二是, 四要. */
    private static final Pattern ORDINAL_ITEM = Pattern.compile("([二三四五六七八九])(是|要)");
    /** An item's number in brackets at a line's start: （2）, (3). */
    private static final Pattern NUMBERED_ITEM = Pattern.compile("([（(])([2-9])([)）])");
    private static final String CHINESE_DIGITS = "一二三四五六七八";

    /** The numbering styles of a paragraph's items (一是, （1）, 1.), not of a report's sections (一、, （一）). */
    private static final Set<HeadingStyle> ITEM_STYLES = EnumSet.of(HeadingStyle.ORDINAL_PHRASE,
            HeadingStyle.ARABIC_NUMBER, HeadingStyle.PAREN_ARABIC_NUMBER, HeadingStyle.ARABIC_PAREN_NUMBER,
            HeadingStyle.CIRCLED_NUMBER);

    /** The notes that a block's lines were joined where a column or a page broke them, at the block's end. */
    private static void addColumnBreakNotes(List<EditorialNote> notes, String id, String text, Segment seg) {
        for (int k = 0; k < seg.joins().size(); k++) {
            int[] join = seg.joins().get(k);
            notes.add(columnBreakNote(notes, id, text.length(), join[1], join[2], seg.contexts().get(k)));
        }
    }

    /** The note that two lines were joined where a column or a page broke them. */
    private static EditorialNote columnBreakNote(List<EditorialNote> notes, String id, int offset, int before, int after,
                                                 String context) {
        return note(notes, NoteKind.COLUMN_BREAK, id, offset, "原文第" + before + "行与第" + after
                + "行之间的断行（报纸分栏或版面换行）已连接为一段（断在“" + context + "”处）。", before);
    }

    /**
     * A text with the markers of the report's notes taken out. A reference mark stands for a note the same mark leads
     * (a table's own 联络站* is no link to 代表联络站).
     */
    private static FootnoteMarkers.Extracted extract(String text, Set<String> labels, List<Footnote> entries) {
        return FootnoteMarkers.extract(text, labels::contains, (before, marker) -> {
            for (Footnote f : entries) {
                if (labels.contains(f.label()) && FootnoteMarkers.endsWithTerm(before, f.term())
                        && ("（(".indexOf(marker.charAt(0)) >= 0 || f.text().strip().startsWith(marker))) {
                    return f.label();
                }
            }
            return null;
        });
    }

    /**
     * Whether a heading's markers each follow their note's term (（一）服务海洋强省¹建设); a number after a year
     * (（二）2021年²以来……) under a note of another term is the heading's own, and so are the others then.
     */
    private static boolean markersFollowTheirTerms(String heading, Set<String> labels, List<Footnote> entries) {
        FootnoteMarkers.Extracted ex = extract(heading, labels, entries);
        for (FootnoteRef ref : ex.refs()) {
            String before = ex.text().substring(0, ref.offset());
            if (entries.stream().noneMatch(f -> f.label().equals(ref.label()) && FootnoteMarkers.termJustBefore(before, f.term()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A block's text with the markers of the report's notes taken out and counted, and a note and a warning for each
     * marker no note has.
     */
    private static FootnoteMarkers.Extracted markers(String text, String id, int line, Set<String> labels,
                                                     List<Footnote> entries, Map<String, Integer> refCounts,
                                                     List<EditorialNote> notes, List<String> warnings) {
        FootnoteMarkers.Extracted ex = extract(text, labels, entries);
        ex.refs().forEach(ref -> refCounts.merge(ref.label(), 1, Integer::sum));
        for (FootnoteRef ref : ex.unmatched()) {
            notes.add(note(notes, NoteKind.FOOTNOTE, id, ref.offset(),
                    "原文注释标记“" + ref.marker() + "”在名词解释中没有对应条目，保留原样。", line));
            warnings.add("line " + line + ": footnote marker " + ref.marker() + " has no entry in the glossary section");
        }
        return ex;
    }

    private static EditorialNote note(List<EditorialNote> notes, NoteKind kind, String blockId, int offset,
                                      String message, int line) {
        return new EditorialNote("n" + (notes.size() + 1), kind, blockId, offset, message, line);
    }

    /**
     * Notes led by a reference mark (※家站点：……), numbered on from a page's numbered notes: the mark names no number of
     * its own, and the text's marks find their note by its term.
     */
    private static List<Footnote> numberedAfter(List<Footnote> numbered, List<Footnote> marked) {
        int last = numbered.stream().filter(f -> f.label().matches("[0-9]{1,3}")).mapToInt(f -> Integer.parseInt(f.label()))
                .max().orElse(0);
        List<Footnote> out = new ArrayList<>();
        for (Footnote f : marked) {
            String label = String.valueOf(++last);
            out.add(new Footnote("fn-" + label, label, f.term(), f.definition(), f.text(), f.line()));
        }
        return out;
    }

    private static List<Footnote> uniqueIds(List<Footnote> parsed, List<String> warnings) {
        List<Footnote> out = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (Footnote f : parsed) {
            if (!seen.add(f.label())) {
                warnings.add("line " + f.line() + ": glossary entry number " + f.label()
                        + " is used twice; markers point to the first entry");
                out.add(new Footnote(f.id() + "-" + f.line(), f.label() + "′", f.term(), f.definition(), f.text(),
                        f.line()));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /**
     * The signature's lines under the text, if it has one (the organ that issued it or the speaker, and the day, on
     * lines of their own after the last sentence: 天津市河西区人民代表大会常务委员会 / 二〇一九年一月十日 or （2013年1月10日）,
     * 永新县人大常委会主任　刘小平 / 2021年1月15日), at the end or over the document's attachment (区长　林建华 /
     * 二〇〇六年八月二十一日 / 附件：……): they are paragraphs, not headings.
     */
    private static BitSet signature(List<Segment> segments) {
        BitSet lines = new BitSet();
        signatureBefore(segments, segments.size(), lines);
        for (int k = 1; k < segments.size(); k++) {
            String t = segments.get(k).text();
            if (t.length() > CLOSING_LINE) {
                continue; // a paragraph (the common case): no attachment's label, note or print line
            }
            t = t.strip();
            boolean imprint = IMPRINT.matcher(Simplified.of(t)).matches(); // (……印發 too)
            if (imprint) {
                lines.set(k); // a document's copy-to and print lines (版记) are its own paragraphs, never headings
            }
            if (FrontMatter.opensAttachment(t) && FIRST_LISTED.matcher(t).find()) {
                // an attachments' list that starts on its label's line goes on in items of their own, no headings
                // (附：1.……统计表 / 2.……名单), with a signature under them or not
                for (int j = k + 1, n = 2; j < segments.size() && itemNumber(segments.get(j).text()) == n
                        && HeadingRecognizer.numbering(segments.get(j).text())
                        .filter(st -> st == HeadingStyle.ARABIC_NUMBER).isPresent(); j++, n++) {
                    lines.set(j);
                }
            }
            // (over an attachment, its label or, as a notice prints the document it issues, its title alone)
            if (FrontMatter.opensAttachment(t) || DISTRIBUTION.matcher(t).matches()
                    || imprint && !IMPRINT.matcher(Simplified.of(segments.get(k - 1).text().strip())).matches()
                    || FrontMatter.isDay(segments.get(k - 1).text())
                    && FrontMatter.isTitle(t)) {
                signatureBefore(segments, k, lines);
            }
        }
        return lines;
    }

    /**
     * A document's subject words, copy-to and print lines under its signature (版记): 主题词：城中村　整治,
     * 抄送：区委办公室，区政协办公室。,
     * 天津市滨海新区人大常委会办公室　　2016年10月8日印发, 海城市人大常委会办公室　2012年6月20日印, and the day alone under
     * its issuer's line (2024年3月1日印发).
     */
    private static final Pattern IMPRINT = Pattern.compile("^(抄送|抄报|分送|发送|主题词)[:：].{1,80}$"
            + "|^([^，。：:]{2,30})?[\\s\\u3000]*([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,2}月"
            + "([0-9０-９一二三四五六七八九十]{1,3}日)?[\\s\\u3000]*(印发|印|编印)$");

    /** The longest line read as an attachment's label, a distribution note or a print line. */
    private static final int CLOSING_LINE = 90;

    /** A document's note of whom it goes to or how it is published, under its signature: （此件发至县人大代表）. */
    private static final Pattern DISTRIBUTION = Pattern.compile("^[（(]此件[^（）()]{1,30}[)）]$");

    /** A notice's own line of how to reach its issuer: 通讯地址：……, 联系电话：……. */
    private static final Pattern CONTACT = Pattern.compile("^(通讯地址|地址|联系人|联系电话|电话|电子邮箱|邮箱|传真)[:：]");

    /** Marks the signature's lines that end right before a segment, if they follow a sentence. */
    private static void signatureBefore(List<Segment> segments, int end, BitSet lines) {
        int from = end;
        for (int k = end - 1; k >= 0 && end - k <= 3; k--) {
            String t = Simplified.of(segments.get(k).text().strip()); // (辦公室 signs as 办公室 does)
            if (!ISSUER.matcher(t).matches() && !FrontMatter.isDayMaybeBracketed(t) && !FrontMatter.isSignedSpeaker(t)
                    && FrontMatter.officeSignature(t).isEmpty()) {
                break;
            }
            from = k;
        }
        String above = from > 0 ? segments.get(from - 1).text() : "";
        if (from < end && from > 0 && (Prose.isProse(above) || FrontMatter.opensAttachment(above)
                || DISTRIBUTION.matcher(above.strip()).matches() || CONTACT.matcher(above.strip()).lookingAt())) {
            // (……审议。 / 附件：……方案 / （此件公开发布） / 区长　林建华; a notice's 通讯地址：…… over its signature)
            lines.set(from, end);
            return;
        }
        // (under an attachments' list, its later items numbered on lines of their own: 附件：1．…… / 2．…… / 天津市……委员会)
        int top = from - 1;
        while (from < end && top > 0 && from - top <= ATTACHMENT_ITEMS && HeadingRecognizer.numbering(segments.get(top).text())
                .filter(st -> st == HeadingStyle.ARABIC_NUMBER).isPresent()) {
            top--;
        }
        if (top < from - 1 && FrontMatter.opensAttachment(segments.get(top).text())) {
            lines.set(top + 1, end); // (the items are the list's, no headings)
        }
    }

    /** An attachments' list's first item on its label's line: 附件：1．…… */
    private static final Pattern FIRST_LISTED = Pattern.compile("[:：][\\s\\u3000]*[1１][.．、]");

    /** The most items an attachments' list sets on lines of their own under its label's line. */
    private static final int ATTACHMENT_ITEMS = 6;

    private static int lineOf(Block block) {
        return block instanceof Paragraph p ? p.line() : block instanceof Heading h ? h.line() : 0;
    }

    /**
     * The glossary section heading (名词解释) followed by at least one numbered entry, or by entries without numbers
     * (term, colon, definition) to the end, or under any notes' heading (附注：) by entries led by reference marks
     * ({@code *“两型社会”：……}) to the end.
     */
    private static int findFootnoteSection(List<SourceLine> lines) {
        for (int i = lines.size() - 2; i >= 0; i--) {
            if (FootnoteSection.isHeading(lines.get(i).text())
                    && (FootnoteSection.isEntry(lines.get(i + 1).text())
                    && !FootnoteSection.headsDefinitionsOnly(lines.get(i).text())
                    || FootnoteSection.namesDefinitions(lines.get(i).text())
                    && FootnoteSection.allTermEntries(lines.subList(i + 1, lines.size()))
                    || FootnoteSection.allMarkedTerms(lines.subList(i + 1, lines.size())))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Joins a line of running text that stops without closing punctuation to the line after it, unless that
     * line is a heading: newspaper column breaks split paragraphs, even in the middle of a word.
     */
    private static List<Segment> joinColumnBreaks(List<SourceLine> lines, Column column, CopyLayout layout,
                                                 Set<Integer> indented) {
        Map<Integer, Integer> goingOn = layout.goingOn();
        Set<Integer> fresh = layout.fresh();
        Set<Integer> apart = layout.apart();
        Set<Integer> cut = cutHeadings(lines, indented);
        List<Segment> out = new ArrayList<>();
        Segment current = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            boolean own = fresh.contains(line.number()) && line.number() != current(current)
                    || current != null && (isTableRow(t) && isTableRow(lastLine(current))
                    || isRowOfItems(t) && !column.fills(t)
                    || mayBeRow(current.text()) && isRowOfItems(lastLine(current)) && !column.fills(lastLine(current))
                    || !column.isSet() && apart.contains(line.number()) && endsWhole(lastLine(current))
                    // (a numbered heading as wide as the column, over a paragraph that starts indented in a copy that
                    // indents them: 三、坚持代表主体地位，在发挥代表作用中展现人大风采 / 　　市十七届……)
                    || indented != null && indented.contains(line.number()) && current.joins().isEmpty()
                    && HeadingRecognizer.numbering(current.text()).isPresent()
                    && HeadingRecognizer.standalone(current.text()).isPresent());
            // (a numbered heading at a page's foot, its number and head taken off under it, is whole: a heading is not
            // set over two pages)
            if (current != null && !own && (continuesOnto(current.text(), lastLine(current), t)
                    || fillsColumn(current, column, t, out.isEmpty() ? null : out.get(out.size() - 1))
                            && !headingAtFoot(current, line, indented)
                    || endsOrphaned(current, column, t) || isCutEnd(current.text(), t)
                    || indented != null && continuesUnindented(current, column, line, indented, layout)
                    || indented != null && resumesAfterJump(current, line, indented, layout)
                    || indented != null && opensAnItem(current, column, line, indented)
                    // (not a line that starts indented: a paragraph of its own)
                    || !layout.indented().contains(line.number()) && nextItemGoesOn(current, column, t)
                    || cut.contains(current.firstLine()) && current.joins().isEmpty()
                    && line.number() == current.lastLine() + 1
                    || goesOn(current, goingOn, line) && startsRunningText(t) && !FrontMatter.isSalutation(current.text()))) {
                List<int[]> joins = new ArrayList<>(current.joins());
                List<String> contexts = new ArrayList<>(current.contexts());
                joins.add(new int[] {current.text().length(), current.lastLine(), line.number()});
                contexts.add(Column.breakAt(current.text(), t));
                current = new Segment(current.text() + t, current.firstLine(), line.last(), joins, contexts);
                continue;
            }
            if (current != null) {
                out.add(current);
            }
            current = new Segment(t, line.number(), line.last(), List.of(), List.of());
        }
        if (current != null) {
            out.add(current);
        }
        return out;
    }

    /**
     * The shortest line of a copy that sets its paragraphs apart by blank lines that a blank line may break (in a copy
     * not set in a column: a PDF's copy with a blank line after each line of the page is read by its column).
     */
    private static final int PARAGRAPH_LINE = 40;
    /** The longest end of a line after its last mark that is a word a break cut off (……根本遵循。地). */
    private static final int CUT_WORD = 2;

    /**
     * In a copy that sets its paragraphs apart by blank lines, whether a line before a blank line is a whole paragraph
     * (a script's 请坐下, a notice's 接待时间：……): short, and not ending in a word cut off after its last mark; a long
     * line, or one that ends in such a word, may be a paragraph a copy broke (峨眉山世界文 / (blank) / 化和自然遗产).
     */
    private static boolean endsWhole(String line) {
        String t = line.strip();
        if (t.length() >= PARAGRAPH_LINE) {
            return false;
        }
        int mark = Math.max(PUNCTUATION.matcher(t).results().mapToInt(r -> r.end()).max().orElse(0), 0);
        return mark == 0 || t.length() - mark > CUT_WORD || mark == t.length();
    }

    /** The longest second part of a heading a copy broke in two. */
    private static final int HEADING_PART = 20;

    /**
     * The numbered headings that go on in the line under them, where a page's line breaks cut them in two: a heading
     * with a blank line over it, and right under it a short line without a mark or a number, with a blank line after
     * it and the text going on ({@code （一）聚焦共同富裕 / 推动民生改善 / (blank) / 　　常委会……}), where every heading of
     * its numbering, two at least, is cut so (a page's template breaks them all alike; a heading over a short line of
     * its own, （二）依法开展监督 / 立法后评估, among whole ones, is whole). Their line numbers.
     *
     * @param indented the lines that start indented, in a copy that indents its paragraphs, or null
     */
    private static Set<Integer> cutHeadings(List<SourceLine> lines, Set<Integer> indented) {
        Map<HeadingStyle, List<Integer>> byStyle = new EnumMap<>(HeadingStyle.class);
        for (int i = 1; i + 1 < lines.size(); i++) {
            SourceLine heading = lines.get(i);
            SourceLine part = lines.get(i + 1);
            SourceLine next = i + 2 < lines.size() ? lines.get(i + 2) : null;
            // (the layout first, told without reading the words: few lines stand so)
            if (lines.get(i - 1).last() >= heading.number() - 1 || part.number() != heading.last() + 1
                    || next != null && next.number() <= part.last() + 1
                    || indented != null && indented.contains(part.number())) {
                continue;
            }
            String h = heading.text().strip();
            String t = part.text().strip();
            Optional<HeadingStyle> style = HeadingRecognizer.numbering(h);
            if (style.isPresent() && HeadingRecognizer.standalone(h).isPresent()
                    // (the text under it, not a list's next item: （四）今年办好以下民生实事 / 城区公办学位扩容 / 农村供水……)
                    && (next == null || Prose.isProse(next.text()) || HeadingRecognizer.numbering(next.text()).isPresent())
                    && t.length() >= 2 && t.length() <= HEADING_PART && !PUNCTUATION.matcher(t).find()
                    && HeadingRecognizer.numbering(t).isEmpty() && !CLAUSE_MARK.matcher(h).find()) {
                byStyle.computeIfAbsent(style.get(), k -> new ArrayList<>()).add(heading.number());
            }
        }
        Set<Integer> cut = new TreeSet<>();
        byStyle.forEach((style, cutOnes) -> {
            long all = lines.stream().map(l -> l.text().strip()).filter(h -> HeadingRecognizer.numbering(h)
                    .filter(style::equals).isPresent() && HeadingRecognizer.standalone(h).isPresent()).count();
            if (cutOnes.size() >= CUT_SIBLINGS && cutOnes.size() == all) {
                cut.addAll(cutOnes); // (every heading of the numbering: a page's template)
            }
        });
        return cut;
    }

    /** The fewest headings of a numbering a page's line breaks cut alike. */
    private static final int CUT_SIBLINGS = 2;

    /** A mark that ends a clause or a sentence: not a heading's 、 after its number. */
    private static final Pattern CLAUSE_MARK = Pattern.compile("[，。；！？：,;:!?]");

    /**
     * Whether a segment is a numbered heading at a page's foot, whole: lines were taken off between it and the line,
     * and the line is not the rest of its words that the page's break cut off.
     */
    private static boolean headingAtFoot(Segment current, SourceLine line, Set<Integer> indented) {
        return current.joins().isEmpty() && line.number() > current.lastLine() + 1
                && HeadingRecognizer.numbering(current.text()).isPresent() && !headingsTail(current.text(), line, indented);
    }

    /** The longest rest of a heading read as its last word, wherever the break falls: 作用, 到实处, 法制建设. */
    private static final int HEADING_WORD = 4;

    /** The longest rest of a heading that a page's break cut off. */
    private static final int HEADING_TAIL = 15;

    /**
     * Whether a line is the last words of a heading that stops inside a word at a page's foot (……密切同人民群 / — 4 — /
     * 众的联系): a few words without a clause's mark, not indented as a paragraph is, no heading of its own, and the
     * break inside a word (not 人大机关 / 机关作风建设 or 依法履职 / 工作亮点, a heading of its own).
     */
    private static boolean headingsTail(String heading, SourceLine line, Set<Integer> indented) {
        String h = heading.strip();
        String t = line.text().strip();
        return isHeadingsTail(h, t) && (indented == null || !indented.contains(line.number()))
                && WordBreaks.insideAWord(h, t);
    }

    /** Whether a line can be the rest of a heading that stops in its words: a few words without a clause's mark. */
    private static boolean isHeadingsTail(String heading, String t) {
        return !heading.isEmpty() && Character.isLetterOrDigit(heading.codePointBefore(heading.length())) && !t.isEmpty()
                && t.length() <= HEADING_TAIL && !CLAUSE_MARK.matcher(t).find() && HeadingRecognizer.numbering(t).isEmpty()
                && !FrontMatter.isSalutation(t);
    }

    /** The words of a segment's last source line. */
    private static String lastLine(Segment segment) {
        return segment.joins().isEmpty() ? segment.text()
                : segment.text().substring(segment.joins().get(segment.joins().size() - 1)[0]);
    }

    /** The longest line that is a heading's number alone, spaces and all. */
    private static final int NUMBER_WIDTH = 8;
    /** The longest heading whose number a word processor's list sets on the line above it. */
    private static final int LISTED_HEADING = 40;

    /**
     * The lines with a heading's number that a word processor's list set on a line of its own (一、 / 审计整改工作部署推进
     * 情况, as its automatic numbering is copied) read as one line with the heading under it, as the document shows them.
     */
    private static List<SourceLine> numbersWithHeadings(List<SourceLine> lines) {
        List<SourceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String next = i + 1 < lines.size() && line.text().length() <= NUMBER_WIDTH ? lines.get(i + 1).text().strip() : "";
            if (line.text().length() <= NUMBER_WIDTH && NUMBER_ALONE.matcher(line.text().strip()).matches() && !next.isEmpty()
                    && next.length() <= LISTED_HEADING
                    && HeadingRecognizer.numbering(next).isEmpty() && !HeadingRecognizer.endsSentence(next)) {
                if (out == null) {
                    out = new ArrayList<>(lines.subList(0, i));
                }
                out.add(new SourceLine(line.number(), line.text().strip() + next, lines.get(i + 1).last()));
                i++;
            } else if (out != null) {
                out.add(line);
            }
        }
        return out == null ? lines : out;
    }

    /** A heading's number alone on a line: 一、, （一）, 1. */
    private static final Pattern NUMBER_ALONE = Pattern.compile(
            "^([一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[、.．]$|^[（(][一二三四五六七八九十0-9]{1,3}[)）]$");

    /** Items set apart by wide spaces, and no punctuation: a row of names, a station and its address. */
    private static final Pattern ROW_OF_ITEMS = Pattern.compile("\\S(\\u3000+| {2,})\\S");
    private static final Pattern PUNCTUATION = Pattern.compile("[，。、；！？：,;:!?]");

    /** Whether a text has a wide space in it, as a row of items does. */
    private static boolean mayBeRow(String text) {
        return text.indexOf('\u3000') >= 0 || text.indexOf("  ") >= 0;
    }

    /**
     * A table's row as a copy keeps it, its cells apart by a rule (拟办意见│请主任审阅后印发大会。) or by tabs (three cells
     * at least): a row under a row starts a line of its own (a cell's words that wrap go on in a line without cells).
     */
    static boolean isTableRow(String line) {
        return (line.indexOf('│') >= 0 || line.indexOf('┃') >= 0) && CELL_RULE.matcher(line).find()
                || line.indexOf('\t') >= 0 && TAB_CELLS.matcher(line.strip()).find();
    }

    private static final Pattern CELL_RULE = Pattern.compile("\\S[\\s\\u3000]*[│┃][\\s\\u3000]*\\S");
    private static final Pattern TAB_CELLS = Pattern.compile("^[^\\t]*\\S\\t+\\S[^\\t]*\\t+\\S");

    /**
     * A line of items set apart by wide spaces without a punctuation mark ({@code 丁晓红　王　刚　王建民　孔令华},
     * {@code 织里镇人大代表联络站　织里镇珍贝路588号}): a row of a list, never a clause a column broke.
     */
    static boolean isRowOfItems(String line) {
        String t = line.strip();
        if (t.indexOf('\u3000') < 0 && t.indexOf("  ") < 0) {
            return false; // (the common case, decided without a pattern)
        }
        return !PUNCTUATION.matcher(t).find() && ROW_OF_ITEMS.matcher(t).find();
    }

    /** Three names or more set apart by wide spaces, and nothing else: 丁晓红　王　刚　王建民　孔令华 (no heading). */
    private static final Pattern ROW_OF_NAMES = Pattern.compile(
            "^\\p{IsHan}(\\u3000?\\p{IsHan}){1,3}(\\u3000+\\p{IsHan}(\\u3000?\\p{IsHan}){1,3}){2,}$");

    private static boolean isRowOfNames(String line) {
        return ROW_OF_NAMES.matcher(line.strip()).matches();
    }

    /**
     * In a copy that indents its paragraphs, a line of text that goes on from another page without an indent
     * ((上接第三版)对群众反映强烈的……) goes on in the paragraph the jump cut, even after a full stop: a paragraph the
     * new page started would start indented.
     */
    private static boolean resumesAfterJump(Segment current, SourceLine line, Set<Integer> indented, CopyLayout layout) {
        String t = line.text().strip();
        return layout.resumed().contains(line.number()) && !indented.contains(line.number())
                && HeadingRecognizer.numbering(t).isEmpty() && HeadingRecognizer.standalone(t).isEmpty()
                && HeadingRecognizer.standalone(current.text()).isEmpty() && !FrontMatter.isSalutation(current.text())
                && Prose.isProse(t);
    }

    /** The last source line of a segment, or -1. */
    private static int current(Segment segment) {
        return segment == null ? -1 : segment.lastLine();
    }

    /** Whether the page's markup continues the segment's last line in this one, the next line with text. */
    private static boolean goesOn(Segment current, Map<Integer, Integer> goingOn, SourceLine line) {
        return goingOn.getOrDefault(current.lastLine(), -1) == line.number();
    }

    /**
     * In a text set in a narrow column, a line as wide as the column that does not end a sentence goes on in the
     * next line (我受宜宾市第五届人民代表大会常 / 务委员会委托，…), even without a comma in it, unless the next line is
     * a heading.
     */
    private static boolean fillsColumn(Segment current, Column column, String next, Segment previous) {
        if (!column.isSet()) {
            return false;
        }
        String last = current.joins().isEmpty() ? current.text()
                : current.text().substring(current.joins().get(current.joins().size() - 1)[0]);
        int width = column.of(last);
        int full = column.full();
        // (a paragraph's first line, after a sentence's end or a heading, is its indent narrower: 　　会议认为，……在中共岳阳市委的;
        // never a heading's line: 一、认真行使自治立法权，推进……贯彻实施 is whole)
        boolean fills = width >= full || width + Column.PARAGRAPH_INDENT >= full && current.joins().isEmpty()
                && (previous == null || HeadingRecognizer.endsSentence(previous.text())
                || (previous.joins().isEmpty() || isWrappedHeading(previous))
                && HeadingRecognizer.standalone(previous.text()).isPresent())
                && HeadingRecognizer.numbering(last).isEmpty()
                // (a bare title is never as wide as the column: a line that is, indent and all, is a paragraph's)
                && HeadingRecognizer.standalone(last).filter(st -> st != HeadingStyle.TITLE).isEmpty();
        return fills && !endsInColumn(last) && !FrontMatter.isSalutation(last) && startsRunningText(last, next);
    }

    /**
     * Whether a full line of a column ends its sentence: a closing quotation or title mark or bracket ends it only after
     * the sentence's own stop (……“三个务必”。” does; 利用“六五”环境日、“世界水日” / 等时间节点 goes on, and so do
     * ……审议通过了《城市绿化条例》 / 等三部法规 and 紧扣中国（绵阳） / 科技城建设).
     */
    private static boolean endsInColumn(String line) {
        String t = line.strip();
        if (!HeadingRecognizer.endsSentence(t)) {
            return false;
        }
        char end = t.charAt(t.length() - 1);
        if (end == '）' || end == ')') {
            // a bracket after a sentence's stop ends it (……工作。（掌声）, ……闭幕！（全场起立）); a bracket in a clause's
            // words goes on (紧扣中国（绵阳） / 科技城建设), a line without clauses does not (王玉梅（女）, 1月9日（星期四）)
            int open = Math.max(t.lastIndexOf('（'), t.lastIndexOf('('));
            return open <= 0 || SENTENCE_STOPS.indexOf(t.charAt(open - 1)) >= 0
                    || SENTENCE_STOPS.indexOf(t.charAt(t.length() - 2)) >= 0
                    || !FrontMatter.containsSentencePunctuation(t.substring(0, open));
        }
        if ("”’」』》".indexOf(end) < 0 || t.length() < 2) {
            return true;
        }
        return SENTENCE_STOPS.indexOf(t.charAt(t.length() - 2)) >= 0;
    }

    /** The marks that stop a sentence. */
    private static final String SENTENCE_STOPS = "。！？!?；;…";

    /** Whether a line may continue the text before it: not a heading, salutation, glossary section or subtitle. */
    private static boolean startsRunningText(String next) {
        String t = next.strip();
        return !FrontMatter.isMarkdownHeading(next) && HeadingRecognizer.numbering(next).isEmpty()
                && !FrontMatter.isSalutation(next) && !FootnoteSection.isHeading(next)
                && !next.startsWith("——") && !CLOSING.matcher(t).find() // a closing line: 以上报告，请予审议
                && !(t.length() <= SIGNATURE_LINE && SIGNATURE.matcher(Simplified.of(t)).matches()) // a signature's body or day
                && !isScheduleLine(t);
    }

    /**
     * A schedule's line of its own: a part of a day (下午), a time that leads its line after its part of the day or
     * before a wide space (下午　15:00……, 15:00　……; a wrapped sentence's 15:30 赴…… goes on), a day and its weekday.
     */
    private static boolean isScheduleLine(String t) {
        Matcher time = TIME_LED.matcher(t);
        return PART_OF_DAY.matcher(t).matches() || FrontMatter.isDayAndWeekday(t)
                || time.lookingAt() && (time.group(1) != null || WIDE_AFTER_TIME.matcher(t).lookingAt());
    }

    /** A time at a line's start, and a wide space after it (an ideographic space, or two spaces). */
    private static final Pattern WIDE_AFTER_TIME = Pattern.compile("[0-9０-９]{1,2}[:：][0-9０-９]{2}"
            + "([-—－～~至][0-9０-９]{1,2}[:：][0-9０-９]{2})?(\\u3000|[ \\u3000]{2,})");

    /**
     * Whether a line may continue the line before it: running text, or the rest of a number the line before cut
     * (……城镇污水处理率达到百分之九 / 十六，全市……), which reads like an item's number and a comma but is none.
     */
    private static boolean startsRunningText(String last, String next) {
        return startsRunningText(next) || finishesANumber(last, next);
    }

    private static boolean finishesANumber(String last, String next) {
        String p = last.strip();
        // (or a fraction's words before it, a number of tens: ……达到百分之 / 九十六，; not an item's number, 二，)
        Matcher n = NUMBER_AND_COMMA.matcher(next.strip());
        return !p.isEmpty() && n.lookingAt() && (NUMERALS.indexOf(p.charAt(p.length() - 1)) >= 0
                || p.endsWith("分之") && n.group().length() > 2);
    }

    /** The characters of a number written in Chinese. */
    private static final String NUMERALS = "零〇一二两三四五六七八九十百千万亿";
    /** A number and a comma at a line's start: 十六，全市…… (an item's number takes 、). */
    private static final Pattern NUMBER_AND_COMMA = Pattern.compile("[零〇一二两三四五六七八九十百千万亿]{1,4}[，,]");

    /** A closing line (以上报告，请予审议; 以上说明连同草案), not a clause that goes on (……5万元 / 以上的家庭). */
    private static final Pattern CLOSING = Pattern.compile("^以上(报告|说明|汇报|意见|审议意见|建议|情况)");

    /**
     * Whether a line is the last characters of a word the line before cut, and its sentence's end (……请予审 / 议。,
     * ……推动农业农村优先发 / 展。): no sentence or heading is a character or two and a full stop.
     */
    private static boolean isCutEnd(String previous, String next) {
        String t = next.strip();
        // (a full stop: an exclamation alone, 谢谢！, is a line of its own)
        if (t.length() < 2 || t.length() > CUT_END || t.charAt(t.length() - 1) != '。'
                || HeadingRecognizer.endsSentence(previous)) {
            return false;
        }
        String p = previous.strip();
        return !p.isEmpty() && Character.UnicodeScript.of(p.charAt(p.length() - 1)) == Character.UnicodeScript.HAN
                && Character.UnicodeScript.of(t.charAt(0)) == Character.UnicodeScript.HAN;
    }

    /** The longest end of a sentence left alone on a line by a cut: 议。, 展。, 进步。. */
    private static final int CUT_END = 3;

    /** The longest line a signature's body or day takes. */
    private static final int SIGNATURE_LINE = 36;

    /** A signature's line: the body that signs (……代表工作委员会, ……办公室) or its day alone. */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^[^，。、；：:,\\s]{2,30}(委员会|常委会|办公室|办公厅|调研组|检查组|主席团)$"
                    + "|^([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日$");

    /** The longest numbered heading read over two lines of a column. */
    private static final int WRAPPED_HEADING = 40;

    /** Whether a segment is a numbered heading a column wrapped over two lines: （一）坚持立法先行， / 夯实法治根基. */
    private static boolean isWrappedHeading(Segment segment) {
        return segment.joins().size() == 1 && segment.text().length() <= WRAPPED_HEADING
                && HeadingRecognizer.numbering(segment.text()).isPresent() && !HeadingRecognizer.endsSentence(segment.text());
    }

    /**
     * Whether a numbered segment a column wrapped, ending in a quoted or titled name without a sentence's stop
     * (（三）……美丽中国“江西样 / 板”), is a heading: when the nearest of its numbering before or after it is a heading
     * (among paragraphs that open with their numbers, （三）……称赞代表联络站是“家门口的连心桥、 / 贴心站” is one of them).
     */
    private static boolean isWrappedHeadingEndingInAName(List<Segment> segments, int at) {
        Segment seg = segments.get(at);
        Optional<HeadingStyle> style = HeadingRecognizer.numbering(seg.text());
        if (seg.joins().size() != 1 || seg.text().length() > WRAPPED_HEADING || style.isEmpty()
                || endsInColumn(seg.text())) {
            return false;
        }
        // (its nearest siblings: the one before it and the one after it of its numbering, on a line of their own or
        // wrapped as it is)
        for (int step : new int[] {-1, 1}) {
            for (int k = at + step; k >= 0 && k < segments.size(); k += step) {
                Segment other = segments.get(k);
                if (HeadingRecognizer.numbering(other.text()).equals(style)) {
                    if ((other.joins().isEmpty() || isWrappedHeading(other))
                            && HeadingRecognizer.standalone(other.text()).isPresent()) {
                        return true;
                    }
                    break;
                }
            }
        }
        return false;
    }

    /** A table's, a figure's or a box's caption, never a heading: 表1　2021年市人大常委会主要监督议题, 图2：……, 表　……, 专栏1　…… */
    private static final Pattern CAPTION = Pattern.compile(
            "^(附?表|图|专栏)([0-9０-９一二三四五六七八九十]{1,3}([\\s\\u3000:：．.、]|$)|[\\s\\u3000:：])");


    /**
     * Where a word processor's notes start, set under a rule at the end without a heading: the rule, when every line
     * under it is a note numbered with a circled number or one in square brackets (or goes on from one), and the
     * text above marks the first; else -1.
     */
    private static int findRuledNotes(List<SourceLine> lines) {
        for (int r = lines.size() - 2; r >= 0 && lines.size() - r <= MAX_RULED_NOTES; r--) {
            if (!PageFootNotes.RULE.matcher(lines.get(r).text().strip()).matches()) {
                continue;
            }
            Matcher first = PageFootNotes.NOTE.matcher(lines.get(r + 1).text().strip());
            if (!first.lookingAt()) {
                return -1;
            }
            String marker = first.group(1);
            for (int k = 0; k < r; k++) {
                if (lines.get(k).text().contains(marker)) {
                    return r;
                }
            }
            return -1;
        }
        return -1;
    }

    /**
     * Notes set under the text without a heading or a rule, as an e-book's or a page's notes are ({@code [1] 守底线、
     * 走新路、奔小康：……} after the last paragraph): the last lines, every one a note's, the first note's marker in the
     * text above where the text's reading links it ({@code ……奔小康^[1]，……}). Where the text ends (the line before the
     * first note), or -1.
     */
    private static int findTrailingNotes(List<SourceLine> lines) {
        int first = lines.size();
        // (a note's line may wrap onto the next: 注1：民族团结进步示范区：2013年州委提出建设全国民族团结进步示 / 范州。)
        for (int k = lines.size() - 1; k >= 0 && lines.size() - k <= MAX_RULED_NOTES; k--) {
            String t = lines.get(k).text().strip();
            if (TRAILING_NOTE.matcher(t).lookingAt()) {
                first = k;
            } else if (!wrapsANote(lines, k)) {
                break; // (a line of the text: not a wrapped line of a note's that does not end it)
            }
        }
        if (first == lines.size() || first == 0) {
            return -1;
        }
        Matcher note = TRAILING_NOTE.matcher(lines.get(first).text().strip());
        note.lookingAt();
        String marker = note.group(1) != null ? note.group(1) : note.group(2);
        String label = FootnoteMarkers.isCircled(marker.charAt(0)) ? FootnoteMarkers.circledLabel(marker.charAt(0))
                : ChineseNumbers.toHalfWidthDigits(marker.replaceAll("[\\[\\]［］【】注]", ""));
        // (注1 without brackets right after a word or a quote: the note's term, which the reading links)
        Pattern bare = marker.startsWith("注")
                ? Pattern.compile("(?<=[\\p{IsHan}”》」’])" + Pattern.quote(marker) + "(?![0-9０-９])") : null;
        for (int k = 0; k < first; k++) {
            String t = lines.get(k).text();
            if (t.contains(marker) && (FootnoteMarkers.extract(t, label::equals).refs().stream()
                    .anyMatch(ref -> ref.label().equals(label)) || bare != null && bare.matcher(t).find())) {
                return first - 1; // (a marker the text's reading links, as it will)
            }
        }
        return -1;
    }

    /**
     * Whether a line is a note's wrapped line: under the note's first line, or under its other wrapped lines, none of
     * which ends a sentence (注1：洱海保护治理“七大行动”：指流域截污治污、 / 流域农业面源污染治理、 / 河道综合治理……).
     */
    private static boolean wrapsANote(List<SourceLine> lines, int k) {
        for (int j = k - 1; j >= 0 && k - j <= NOTE_LINES; j--) {
            String t = lines.get(j).text().strip();
            if (HeadingRecognizer.endsSentence(t)) {
                return false;
            }
            if (TRAILING_NOTE.matcher(t).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The most lines a note under the text wraps onto. */
    private static final int NOTE_LINES = 4;

    /** A note's first line under the text: ①……, [1]……, 注1：……. */
    private static final Pattern TRAILING_NOTE = Pattern.compile(
            "^(?:([\u2460-\u2473]|[\\[［【][0-9０-９]{1,3}[\\]］】])\\s*\\S|(注[0-9０-９]{1,3})[:：．.、]\\s*\\S)");

    /** The most lines a word processor's notes under a rule take. */
    static final int MAX_RULED_NOTES = 30;

    /** A note of the text's own on a line of its own, its number in square brackets: [1] 该决定于……通过。 */
    private static final Pattern OWN_NOTE = Pattern.compile("^[\\[［【]([0-9０-９]{1,3})[\\]］】][\\s\\u3000]*\\S");

    /** The most characters of a sentence's end left alone on a line: 议。 */
    private static final int ORPHAN = 6;

    private static boolean continuesOnto(String previous, String next) {
        return continuesOnto(previous, previous, next);
    }

    /** @param lastLine the last source line of {@code previous} */
    private static boolean continuesOnto(String previous, String lastLine, String next) {
        if (previous.indexOf('\t') >= 0 || next.indexOf('\t') >= 0) {
            return false; // a table's rows, copied with tabs between their cells, are lines of their own
        }
        String p = previous.strip();
        // a clause that goes on (……依法行使职权，/ 为建设……; 2.关于部分专项资金分配不及时、/ 闲置的问题); not a heading's
        // number alone on its line (一、 / 审计整改工作部署推进情况), which starts the heading under it
        boolean clause = !p.isEmpty() && "，、,".indexOf(p.charAt(p.length() - 1)) >= 0
                && !NUMBER_ALONE.matcher(p).matches();
        boolean running = Prose.isProse(previous) || hasUnclosedPair(previous) || clause;
        // (a closing bracket in the words of the last line's clause does not end its sentence: 紧扣中国（绵阳） / 科技城建设)
        boolean bracketGoesOn = (p.endsWith("）") || p.endsWith(")")) && !endsInColumn(lastLine);
        if (!running || HeadingRecognizer.endsSentence(previous) && !bracketGoesOn
                || HeadingRecognizer.standalone(previous).isPresent() && !clause && !closesItsPair(previous, next)
                || FrontMatter.isSalutation(previous)) {
            return false;
        }
        // (a clause's next item: ……帮扶措施落实， / 二是对……开展执法检查；, a list inside the sentence)
        return startsRunningText(lastLine, next) || clause && HeadingRecognizer.numbering(next).filter(st -> st == HeadingStyle.ORDINAL_PHRASE)
                .isPresent();
    }

    /**
     * In a text set in a column, a line of clauses nearly as wide as the column whose sentence ends alone on the
     * next line (现在，……向大会报告工作，请予审 / 议。): the next line is a few characters that end a sentence and
     * nothing else. A short line (以上报告，请予审议 / 谢谢！) is a line of its own.
     */
    private static boolean endsOrphaned(Segment current, Column column, String next) {
        String last = current.joins().isEmpty() ? current.text()
                : current.text().substring(current.joins().get(current.joins().size() - 1)[0]);
        String n = next.strip();
        return column.isSet() && column.of(last) * 5 >= column.width() * 4 && (last.contains("，") || last.contains(","))
                && !HeadingRecognizer.endsSentence(last) && n.length() <= ORPHAN && HeadingRecognizer.endsSentence(n)
                && n.substring(0, n.length() - 1).codePoints()
                .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    /** The most characters of a line that closes the title or the quotation the line above left open. */
    private static final int CLOSING_PART = 12;

    /**
     * Whether a line closes, within its first words, the title or quotation the line above opened and left open:
     * （一）《新余市城市市容和环境卫 / 生管理条例》, （三）“……履职连心 / 桥” (a numbered line so cut is one item).
     */
    private static boolean closesItsPair(String previous, String next) {
        String p = previous.strip();
        String n = next.strip();
        char closer = p.lastIndexOf('《') > p.lastIndexOf('》') ? '》' : p.lastIndexOf('“') > p.lastIndexOf('”') ? '”' : 0;
        int at = closer == 0 ? -1 : n.indexOf(closer);
        return at > 0 && at < CLOSING_PART && n.substring(0, at).indexOf(closer == '》' ? '《' : '“') < 0;
    }

    /** An opening title mark or quotation mark that the line does not close: the text goes on elsewhere. */
    private static boolean hasUnclosedPair(String s) {
        return s.lastIndexOf('《') > s.lastIndexOf('》') || s.lastIndexOf('“') > s.lastIndexOf('”')
                || s.lastIndexOf('（') > s.lastIndexOf('）');
    }

    /** The style of the heading a segment is, if it is one. */
    private static Optional<HeadingStyle> headingStyle(List<Segment> segments, int at, BitSet signature) {
        Segment seg = segments.get(at);
        // (a numbered heading a column wrapped over two lines, （一）坚持立法先行， / 夯实法治根基, is one heading)
        boolean whole = seg.joins().isEmpty() || isWrappedHeading(seg) || isWrappedHeadingEndingInAName(segments, at);
        // (nor a box's label of notes left in the text, 相关名词 or 知识链接 over lines that define nothing: no section)
        if (!whole || signature.get(at)) {
            return Optional.empty();
        }
        if (isProfileHeading(segments, at)) {
            return Optional.of(HeadingStyle.TITLE);
        }
        return !isRowOfNames(seg.text()) && !CAPTION.matcher(seg.text().strip()).lookingAt() && !isTableRow(seg.text())
                && !FootnoteSection.isHeading(seg.text().strip()) && !EditorsBoxes.isLabel(seg.text())
                && !isRowAmongRows(segments, at)
                ? HeadingRecognizer.standalone(seg.text()) : Optional.empty();
    }

    /**
     * A row of a table set with wide spaces beside another such row (宣传　在各级媒体刊发稿件216篇 / 编辑　《余庆人大》季刊4期,
     * 团　长　张国强 / 副团长　杨丽萍（女，白族）):
     * a row, not a heading; unless it is numbered, as stacked headings are (第一章　总则 / 第一节　一般规定).
     */
    private static boolean isRowAmongRows(List<Segment> segments, int at) {
        String t = segments.get(at).text();
        if (!isRowOfItems(t) || HeadingRecognizer.numbering(t.strip()).isPresent() || PART_NUMBER.matcher(t.strip()).lookingAt()) {
            return false;
        }
        return at + 1 < segments.size() && isRowShaped(segments.get(at + 1).text())
                || at > 0 && isRowShaped(segments.get(at - 1).text());
    }

    /** A part's number before its name: 第一章, 第二节, 第三部分, 二　(a section's, set apart by a space). */
    private static final Pattern PART_NUMBER = Pattern.compile("^第[一二三四五六七八九十百零〇0-9０-９]{1,4}(章|节|部分|编|篇)"
            + "|^[一二三四五六七八九十]{1,3}[\\s\\u3000]"); // (or a section's number set apart by a space: 二　2013年主要任务)
    /** The longest row of a table set with wide spaces read beside another. */
    private static final int ROW_WIDTH = 40;
    /** A mark that ends a sentence, which no row of a table has. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。；！？;!?]");

    /** A short line of cells apart by wide spaces that ends no sentence: 副团长　杨丽萍（女，白族）. */
    private static boolean isRowShaped(String text) {
        String t = text.strip();
        return t.length() <= ROW_WIDTH && ROW_OF_ITEMS.matcher(t).find() && !SENTENCE_END.matcher(t).find();
    }

    /**
     * A person's name and office over a paragraph about that person (王德明　县人大代表 / 王德明代表是桃花江镇……): the heading
     * of a profile. A name and office over anything else (a list's member, a signature) is none.
     */
    private static boolean isProfileHeading(List<Segment> segments, int at) {
        if (at + 1 >= segments.size()) {
            return false;
        }
        String next = segments.get(at + 1).text().strip();
        if (at > 0 && HeadingRecognizer.nameBeforeOffice(segments.get(at - 1).text()).isPresent()) {
            return false; // (the last of a list of members, 汪德胜　县人大代表, over a paragraph about them all)
        }
        return HeadingRecognizer.nameBeforeOffice(segments.get(at).text())
                .filter(name -> next.startsWith(name) && next.length() > name.length()
                        && HeadingRecognizer.nameBeforeOffice(next).isEmpty() && Prose.isProse(next)).isPresent();
    }

    /** The style of the numbered line ending at its heading's full stop that a segment is, if it is one. */
    private static Optional<HeadingStyle> stoppedHeading(List<Segment> segments, int at) {
        Segment seg = segments.get(at);
        if (!seg.joins().isEmpty() || at == 0 || at + 1 >= segments.size()) {
            return Optional.empty();
        }
        return stoppedHeading(segments.get(at - 1).text(), seg.text(), segments.get(at + 1).text());
    }

    /**
     * The numbered lines that are a list's items, not headings: numbered lines of one style right under each
     * other, each number one more than the one above, with no text between them (an attachment's list of reports,
     * 1.市人民政府关于……的报告 / 2.……). A section under a heading has text, or a heading of another style, before
     * the next heading of its style; a compilation's part that starts again at 二、 is another list's.
     */
    private static BitSet listItems(List<Segment> segments, List<Optional<HeadingStyle>> styles) {
        BitSet listed = new BitSet();
        for (int at = 1; at < styles.size(); at++) {
            Optional<HeadingStyle> style = styles.get(at);
            if (style.isPresent() && style.get() != HeadingStyle.TITLE && style.equals(styles.get(at - 1))) {
                int number = itemNumber(segments.get(at).text());
                // (a section whose text the copy left out, 二、关于财政预算监督工作（略）, is a heading all the same)
                boolean leftOut = style.get() == HeadingStyle.CHINESE_NUMBER
                        && (EditorsNotes.endsInOmission(segments.get(at - 1).text())
                        || EditorsNotes.endsInOmission(segments.get(at).text()));
                if (number > 1 && number == itemNumber(segments.get(at - 1).text()) + 1 && !leftOut) {
                    listed.set(at - 1, at + 1);
                }
            }
            if (styles.get(at - 1).filter(st -> st != HeadingStyle.TITLE).isPresent() && styles.get(at).isEmpty()
                    && isNextItem(segments.get(at - 1).text(), segments.get(at).text())) {
                // a numbered line right over the next item of its list, a sentence numbered alike (一，……占比仅为百分之 /
                // 二，……效率不高。): the list's item, whose end the copy lost, not a heading
                listed.set(at - 1);
            }
        }
        if (isSchedule(segments)) {
            // a session's schedule (上午 / 9:00　大会开幕 / 听取和审议……工作报告): its bare lines are its items, not sections
            for (int at = 0; at < styles.size(); at++) {
                if (styles.get(at).filter(st -> st == HeadingStyle.TITLE).isPresent()
                        && !FrontMatter.isMarkdownHeading(segments.get(at).text())) {
                    listed.set(at);
                }
            }
        }
        // bare lines, two or more, right under the sentence that introduces them: a list that lost its bullets
        // (常委会全程跟踪监督了以下五件民生实事： / 城区供热管网改造 / 农村饮水安全工程), or a table copied a cell a line
        // (片区 / 联络站（个） / 南岸 / 12 / 15分钟), not headings
        for (int at = 1; at < styles.size(); at++) {
            int end = at;
            int bare = 0;
            while (end < styles.size() && !FrontMatter.isMarkdownHeading(segments.get(end).text())
                    && (styles.get(end).filter(st -> st == HeadingStyle.TITLE).isPresent()
                    || styles.get(end).isEmpty() && ListedItems.isCell(segments.get(end).text()))) {
                bare += styles.get(end).isPresent() ? 1 : 0;
                end++;
            }
            // (or a table's caption over its cells: 表1　代表建议分类办理情况 / 类别 / 件数 / ……)
            if (bare >= 2 && styles.get(at - 1).isEmpty() && (ListedItems.introduces(segments.get(at - 1).text())
                    || CAPTION.matcher(segments.get(at - 1).text().strip()).lookingAt())) {
                listed.set(at, end);
            }
            at = Math.max(at, end - 1);
        }
        return listed;
    }


    /** Whether a heading of the first heading's numbered style counts from one again after a heading without a number. */
    private static boolean restartsUnderTitle(List<Block> blocks, List<PendingHeading> headings) {
        if (headings.isEmpty()) {
            return false;
        }
        HeadingStyle first = headings.get(0).style();
        boolean afterTitle = false;
        for (PendingHeading h : headings) {
            if (h.style() == HeadingStyle.TITLE) {
                afterTitle = true;
            } else if (h.style() == first) {
                if (afterTitle && itemNumber(blocks.get(h.index()).text()) == 1) {
                    return true;
                }
                afterTitle = false;
            }
        }
        return false;
    }

    /**
     * Whether a text is a schedule: at least two parts of a day on lines of their own or before a time (上午, 下午　15:00　……)
     * and two times of day that lead lines (9:00　大会开幕).
     */
    private static boolean isSchedule(List<Segment> segments) {
        int parts = 0;
        int times = 0;
        for (Segment seg : segments) {
            String t = seg.text().strip();
            Matcher time = TIME_LED.matcher(t);
            boolean timed = time.lookingAt();
            parts += PART_OF_DAY.matcher(t).matches() || timed && time.group(1) != null ? 1 : 0;
            times += timed ? 1 : 0;
        }
        return parts >= 2 && times >= 2;
    }

    /** A part of a day alone on its line: 上午, 下午, 晚上. */
    private static final Pattern PART_OF_DAY = Pattern.compile("(上午|下午|晚上|全天|中午)");
    /** A time of day that leads a line of a schedule, maybe after its part of the day: 9:00　大会开幕, 下午　14:30　分组审议. */
    private static final Pattern TIME_LED = Pattern.compile("((上午|下午|晚上|中午)[\\s\\u3000]*)?"
            + "[0-9０-９]{1,2}[:：][0-9０-９]{2}([-—－～~至][0-9０-９]{1,2}[:：][0-9０-９]{2})?[\\s\\u3000]+\\S");

    /** Whether a line is the item after another: the next number, in the same style, with the same mark after it. */
    static boolean isNextItem(String line, String next) {
        int number = itemNumber(line);
        String a = line.strip();
        String b = next.strip();
        int markA = numberEnd(a);
        int markB = numberEnd(b);
        return number >= 1 && itemNumber(next) == number + 1 && markA < a.length() && markB < b.length()
                && a.charAt(markA) == b.charAt(markB) && HeadingRecognizer.numbering(b).equals(HeadingRecognizer.numbering(a))
                && !NUMBERS_IN_A_ROW.matcher(b).lookingAt();
    }

    /** Numbers in a row, not an item's number: 二、三月份, 二、三季度. */
    private static final Pattern NUMBERS_IN_A_ROW = Pattern.compile(
            "^[一二三四五六七八九十]{1,3}、[一二三四五六七八九十]{1,3}(月|季度|个|项|次|级|号|成|倍|名|家)");

    /** Where the number a numbered line (stripped) starts with starts: after its opening bracket, if it has one. */
    private static int numberStart(String t) {
        return t.startsWith("（") || t.startsWith("(") || t.startsWith("【") || t.startsWith("[") ? 1 : 0;
    }

    /** Where the number a numbered line (stripped) starts with ends. */
    private static int numberEnd(String t) {
        int to = numberStart(t);
        while (to < t.length() && ITEM_DIGITS.indexOf(t.charAt(to)) >= 0) {
            to++;
        }
        return to;
    }

    /** The number a numbered line starts with (二、 2. （3） 一是), or -1. */
    private static int itemNumber(String line) {
        String t = line.strip();
        int from = numberStart(t);
        int to = numberEnd(t);
        return to == from ? -1 : ChineseNumbers.parse(t.substring(from, to));
    }

    /** The characters of a list item's number. */
    private static final String ITEM_DIGITS = "0123456789０１２３４５６７８９一二三四五六七八九十";

    /**
     * Levels follow the order of the numbering styles this report uses: 一、 above （一） above 一是. The document's
     * attachments (from a heading 附件, 附件1 on) have a scale of their own: their headings do not push the text's down.
     */
    private static void assignLevels(List<Block> blocks, List<PendingHeading> headings, List<PendingRunIn> runIns) {
        int annex = blocks.size();
        for (int i = 0; i < blocks.size(); i++) { // (the attachment's label may be a heading or a line: 附件：……目录)
            if (FrontMatter.opensAttachment(blocks.get(i).text())) {
                annex = i;
                break;
            }
        }
        int from = annex;
        List<PendingHeading> own = headings.stream().filter(h -> h.index() < from).toList();
        List<PendingHeading> annexed = headings.stream().filter(h -> h.index() >= from).toList();
        Map<HeadingStyle, Integer> text = levels(own.stream().map(PendingHeading::style).toList(),
                runIns.stream().filter(r -> r.index() < from).map(r -> r.match().style()).toList(), restartsUnderTitle(blocks, own));
        Map<HeadingStyle, Integer> attached = levels(annexed.stream().map(PendingHeading::style).toList(),
                runIns.stream().filter(r -> r.index() >= from).map(r -> r.match().style()).toList(),
                restartsUnderTitle(blocks, annexed));
        Heading section = null; // the numbered heading whose section the text is in
        int subtitles = 0; // the level its headings without a number take, once the first is found its subtitle
        for (PendingHeading h : headings) {
            Heading old = (Heading) blocks.get(h.index());
            int level = (h.index() < from ? text : attached).get(old.style());
            if (old.style() != HeadingStyle.TITLE) {
                section = old.at(level);
                subtitles = 0;
            } else if (section != null && section.level() >= level) {
                // a heading without a number right under a numbered one, no text between, is its subtitle (【一】坚持党的
                // 全面领导…… / 旗帜鲜明讲政治), and so are the section's others after it (三、代表履职典型 / 王德明　县人大代表
                // / …… / 陈秀兰　县人大代表)
                boolean under = h.index() > 0 && blocks.get(h.index() - 1) instanceof Heading above
                        && above.style() != HeadingStyle.TITLE;
                // (a profile's heading is the section's, text between or not: 三、代表履职风采 / 一年来，…… / 王德明　县人大代表)
                boolean profile = HeadingRecognizer.nameBeforeOffice(old.text()).isPresent();
                subtitles = under || profile || subtitles > 0 && level == section.level() ? section.level() + 1 : 0;
                level = subtitles > 0 ? subtitles : level;
            }
            blocks.set(h.index(), old.at(level));
        }
        for (PendingRunIn r : runIns) {
            Paragraph p = (Paragraph) blocks.get(r.index());
            HeadingRecognizer.Match m = r.match();
            int level = (r.index() < from ? text : attached).get(m.style());
            blocks.set(r.index(), new Paragraph(p.id(), p.text(), p.line(), p.lastLine(),
                    new RunInHeading(m.length(), level, m.style()), p.footnoteRefs()));
        }
    }

    /**
     * Each numbering style's level: its place in the order of the styles used. Headings without a number (TITLE) are
     * above the numbered ones when one of them comes first (过去一年的工作 / 一、……); when a numbered heading comes
     * first, those without a number after the last of its style are its siblings (一、…… / 二、…… / 三、…… /
     * 2005年工作任务), and those between two of them one level below it.
     *
     * @param headings the stand-alone headings' styles, in the order of the text
     * @param restarts  whether the first numbered style counts from 一 again under a heading without a number (七、…… /
     *                  今后一年工作任务 / 一、……): that heading is then above them, a part of the text whose first part's
     *                  heading the copy may have lost
     */
    private static Map<HeadingStyle, Integer> levels(List<HeadingStyle> headings, List<HeadingStyle> runIns,
                                                     boolean restarts) {
        Set<HeadingStyle> used = EnumSet.noneOf(HeadingStyle.class);
        used.addAll(headings);
        used.addAll(runIns);
        boolean below = !headings.isEmpty() && headings.get(0) != HeadingStyle.TITLE && used.contains(HeadingStyle.TITLE)
                && !restarts;
        if (below) {
            used.remove(HeadingStyle.TITLE);
        }
        Map<HeadingStyle, Integer> level = new EnumMap<>(HeadingStyle.class);
        int n = 0;
        for (HeadingStyle s : used) {
            level.put(s, ++n);
        }
        if (below) {
            // after the last numbered heading of the first style, a sibling of them (三、…… / 2005年工作任务); between
            // two of them, a section's part (一、…… / 坚持党的全面领导 / …… / 二、……)
            HeadingStyle first = headings.get(0);
            boolean inside = headings.indexOf(HeadingStyle.TITLE) < headings.lastIndexOf(first);
            level.put(HeadingStyle.TITLE, level.get(first) + (inside ? 1 : 0));
        }
        return level;
    }
}
