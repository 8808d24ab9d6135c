package org.reportarchive.markdown;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.reportarchive.glossary.Annotations;
import org.reportarchive.glossary.TermMatch;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Block;
import org.reportarchive.model.EditorialNote;
import org.reportarchive.model.Removal;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.FootnoteRef;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;

/**
 * Writes a report as annotated Markdown: a JBake header with its metadata, then its headings and paragraphs
 * (each with a stable id), the report's own footnotes, and the archive's editorial notes. Report text is
 * escaped so that it renders as exactly itself.
 *
 * <p>Syntax used beyond CommonMark: attribute blocks ({@code {#p12}}) for ids and classes.</p>
 */
public final class ReportMarkdown {

    /** Where the JBake date falls when a report has none (JBake would otherwise use the file time). */
    private static final String UNKNOWN_DATE = "1900-01-01";

    /** The report's Markdown: its metadata header, and its text. */
    public record AnnotatedMarkdown(String header, String body) {
        /** The whole file, as published. */
        public String text() {
            return header + "\n" + body;
        }
    }

    /** The report without glossary annotations. */
    public AnnotatedMarkdown write(Report report) {
        return write(report, Annotations.none(), footnote -> null, header -> { });
    }

    /**
     * The report with its glossary terms linked. A linked term is a reference link to its entry
     * ({@code [四个机关][si-ge-ji-guan]}); the entries' addresses and definitions are written once, as reference
     * definitions at the end, whatever the number of links. Each linked term carries the number of its entry's
     * note ({@code data-note}): entries are numbered in the order they are first linked, for the printed page.
     *
     * @param entryOfFootnote the glossary entry a footnote of the report defines, by footnote label, or null
     * @param more            adds what later stages know of the report (its themes) to its header
     */
    public AnnotatedMarkdown write(Report report, Annotations terms, Function<String, GlossaryEntry> entryOfFootnote,
                                   Consumer<JBakeHeader> more) {
        StringBuilder md = new StringBuilder(report.characters() * 2 + 4096);
        JBakeHeader header = header(report);
        more.accept(header);
        Map<String, Integer> noteOf = noteNumbers(report, terms);
        Map<String, List<EditorialNote>> notesByBlock = new LinkedHashMap<>();
        for (EditorialNote n : report.notes()) {
            notesByBlock.computeIfAbsent(n.blockId(), k -> new ArrayList<>()).add(n);
        }
        Map<String, Integer> refSeen = new TreeMap<>();
        for (Block block : report.body()) {
            if (block instanceof Heading h) {
                md.append("#".repeat(Math.min(h.level() + 1, 6))).append(' ');
                int pos = 0;
                for (FootnoteRef r : h.footnoteRefs()) { // (a note's marker in the heading: 服务海洋强省¹建设)
                    md.append(pos == 0 ? MarkdownEscaper.escape(h.text().substring(0, r.offset()))
                            : escapeInline(h.text().substring(pos, r.offset())));
                    md.append(footnoteRef(r, refSeen));
                    pos = r.offset();
                }
                md.append(pos == 0 ? MarkdownEscaper.escape(h.text()) : escapeInline(h.text().substring(pos)));
                for (EditorialNote n : notesByBlock.getOrDefault(h.id(), List.of())) {
                    md.append(noteMark(n)); // (a heading a column broke: the note that its lines were joined)
                }
                md.append(" {#").append(h.id()).append("}\n\n");
            } else if (block instanceof Paragraph p) {
                md.append(paragraph(p, notesByBlock.getOrDefault(p.id(), List.of()), terms.linksIn(p.id()),
                        refSeen, noteOf)).append("\n\n");
            }
        }
        if (!report.footnotes().isEmpty()) {
            String title = report.footnoteTitle() == null ? "注释" : report.footnoteTitle();
            md.append("## ").append(MarkdownEscaper.escape(title)).append(" {#footnotes .footnotes-title}\n\n");
            for (Footnote f : report.footnotes()) {
                // a note over several lines: a paragraph each, the first with the note's id, its back links on the last;
                // the marks of the notes on its lines (an entry a column broke: that its lines were joined) at the end of
                // the paragraph they are in
                List<EditorialNote> onNote = notesByBlock.getOrDefault(f.id(), List.of());
                String[] parts = f.text().split("\n");
                int end = -1;
                for (int k = 0; k < parts.length; k++) {
                    int start = end + 1;
                    end = start + parts[k].length();
                    md.append(MarkdownEscaper.escape(parts[k]));
                    for (EditorialNote n : onNote) {
                        if (n.offset() >= start && n.offset() <= end) {
                            md.append(noteMark(n));
                        }
                    }
                    if (k < parts.length - 1) {
                        md.append(k == 0 ? " {#" + f.id() + " .footnote}" : " {.footnote}").append("\n\n");
                    }
                }
                int refs = refSeen.getOrDefault(f.label(), 0);
                for (int i = 1; i <= refs; i++) {
                    md.append(" [↩").append(refs > 1 ? String.valueOf(i) : "").append("](#")
                            .append(refId(f.label(), i)).append("){.fn-back}");
                }
                GlossaryEntry entry = entryOfFootnote.apply(f.label());
                if (entry != null) {
                    md.append(" [词条](").append(GLOSSARY).append(entry.slug()).append(".html){.fn-entry}");
                }
                md.append(parts.length == 1 ? " {#" + f.id() + " .footnote}\n\n" : " {.footnote}\n\n");
            }
        }
        if (!report.notes().isEmpty()) {
            md.append("## 编者注 {#editorial-notes .notes-title}\n\n");
            for (EditorialNote n : report.notes()) {
                md.append("编注").append(n.id().substring(1)).append("　")
                        .append(MarkdownEscaper.escape(n.message()))
                        .append(" [↩](#ref-").append(n.id()).append("){.ed-back}")
                        .append(" {#").append(n.id()).append(" .ed-note .ed-").append(n.kind().category())
                        .append("}\n\n");
            }
        }
        for (GlossaryEntry e : linkedEntries(report, terms)) {
            md.append('[').append(e.slug()).append("]: ").append(GLOSSARY).append(e.slug()).append(".html \"")
                    .append(titleText(e.definition())).append("\"\n");
        }
        return new AnnotatedMarkdown(header.render(), md.toString());
    }

    /** The linked entries of a report, in the order they are first linked. */
    public static List<GlossaryEntry> linkedEntries(Report report, Annotations terms) {
        Map<String, GlossaryEntry> seen = new LinkedHashMap<>();
        for (Paragraph p : report.paragraphs()) {
            for (TermMatch m : terms.linksIn(p.id())) {
                seen.putIfAbsent(m.entry().slug(), m.entry());
            }
        }
        return new ArrayList<>(seen.values());
    }

    private static Map<String, Integer> noteNumbers(Report report, Annotations terms) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (GlossaryEntry e : linkedEntries(report, terms)) {
            out.put(e.slug(), out.size() + 1);
        }
        return out;
    }

    /** Something placed into a paragraph's text at an offset: a footnote reference, a note mark or a term. */
    private record Mark(int offset, FootnoteRef ref, EditorialNote note, TermMatch term) {
        int order() {
            return ref != null ? 0 : note != null ? 1 : 2;
        }
    }

    /** Report pages link to glossary entries in the sibling folder. */
    private static final String GLOSSARY = "../glossary/";

    private static int outsideTerms(int offset, List<TermMatch> terms) {
        for (TermMatch t : terms) {
            if (offset > t.offset() && offset < t.end()) {
                return t.end();
            }
        }
        return offset;
    }

    /** A Markdown link title in double quotes: backslash and quote escaped, one line. */
    private static String titleText(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace('\n', ' ');
    }

    private static String refId(String label, int occurrence) {
        return "fnref-" + label + (occurrence > 1 ? "-" + occurrence : "");
    }

    /** A footnote's marker in the text, linking to the footnote; counts the footnote's references. */
    private static String footnoteRef(FootnoteRef r, Map<String, Integer> refSeen) {
        int n = refSeen.merge(r.label(), 1, Integer::sum);
        return "[" + r.label() + "](#fn-" + r.label() + "){#" + refId(r.label(), n) + " .fn-ref role=\"doc-noteref\"}";
    }

    /** An editorial note's mark in the text, linking to the note. */
    private static String noteMark(EditorialNote n) {
        return "[编注" + n.id().substring(1) + "](#" + n.id() + "){#ref-" + n.id() + " .ed-mark}";
    }

    /**
     * A paragraph: run-in heading in bold, glossary terms as links whose title is the tooltip, footnote
     * references and note marks at their offsets, and its id. A mark that falls inside a term goes after it.
     */
    private String paragraph(Paragraph p, List<EditorialNote> notes, List<TermMatch> terms,
                             Map<String, Integer> refSeen, Map<String, Integer> noteOf) {
        String text = p.text();
        List<Mark> marks = new ArrayList<>();
        for (FootnoteRef r : p.footnoteRefs()) {
            marks.add(new Mark(outsideTerms(r.offset(), terms), r, null, null));
        }
        for (EditorialNote n : notes) {
            marks.add(new Mark(outsideTerms(Math.min(n.offset(), text.length()), terms), null, n, null));
        }
        for (TermMatch t : terms) {
            marks.add(new Mark(t.offset(), null, null, t));
        }
        // at one offset: marks that close what comes before, then a term that starts there
        marks.sort(Comparator.comparingInt(Mark::offset).thenComparingInt(Mark::order));
        int runInEnd = p.runIn() == null ? -1 : p.runIn().length();
        StringBuilder sb = new StringBuilder();
        int pos = 0;
        for (Mark m : marks) {
            appendText(sb, text, pos, m.offset(), runInEnd);
            pos = m.offset();
            if (m.ref() != null) {
                sb.append(footnoteRef(m.ref(), refSeen));
            } else if (m.note() != null) {
                sb.append(noteMark(m.note()));
            } else {
                TermMatch t = m.term();
                sb.append('[').append(pos == 0 ? MarkdownEscaper.escape(text.substring(t.offset(), t.end()))
                                : MarkdownEscaper.escapeInline(text.substring(t.offset(), t.end())))
                        .append("][").append(t.entry().slug()).append("]{.term data-note=\"")
                        .append(noteOf.get(t.entry().slug())).append("\"}");
                pos = t.end();
            }
        }
        appendText(sb, text, pos, text.length(), runInEnd);
        return sb.append(" {#").append(p.id()).append(p.runIn() != null ? " .runin-" + p.runIn().level() : "")
                .append("}").toString();
    }

    /**
     * Appends text[from, to), putting the run-in heading in bold. The bold ends before the heading's closing
     * full stop, and before any space in front of it, so that CommonMark's emphasis rules accept it next to Chinese
     * text.
     */
    private static void appendText(StringBuilder sb, String text, int from, int to, int runInEnd) {
        if (from >= to) {
            return;
        }
        if (runInEnd > 0 && from == 0 && to >= runInEnd - 1) {
            int boldEnd = runInEnd - 1;
            while (boldEnd > 1 && Character.isWhitespace(text.charAt(boldEnd - 1))) {
                boldEnd--; // (（ 一 ） 加 强 法 律 监 督 。: a closing ** after a space would be read as text)
            }
            sb.append("**").append(MarkdownEscaper.escape(text.substring(0, boldEnd))).append("**")
                    .append(escapeInline(text.substring(boldEnd, to)));
            return;
        }
        sb.append(from == 0 ? MarkdownEscaper.escape(text.substring(from, to)) : escapeInline(text.substring(from, to)));
    }

    /** Text in the middle of a line: only inline syntax matters. */
    private static String escapeInline(String s) {
        return MarkdownEscaper.escapeInline(s);
    }

    private JBakeHeader header(Report report) {
        ReportMetadata m = report.metadata();
        JBakeHeader h = new JBakeHeader()
                .put("title", report.displayTitle())
                .put("date", m.date() != null ? m.date().toString()
                        : m.year() != null ? m.year() + "-01-01" : UNKNOWN_DATE)
                .put("type", "report")
                .put("status", "published")
                .put("tags", tags(m))
                .put("source_file", report.source())
                .put("kind", m.kind().code())
                .put("kind_label", m.kind().label())
                .put("place", m.placeName())
                .put("level", m.place() == null ? null : m.place().level())
                .put("city", m.city())
                .put("province", m.province())
                .put("delivered", m.date())
                .put("year", m.year())
                .put("congress", m.congress())
                .put("session", m.session())
                .put("meeting", m.meeting())
                .put("speaker", m.speaker())
                .put("office", m.office())
                .put("anonymised", m.anonymised())
                .put("incomplete", m.incomplete())
                .put("incomplete_reason", m.incompleteReason())
                .put("sort_key", m.sortKey(report.source()));
        if (m.publication() != null) {
            h.put("publication", m.publication().line());
        }
        h.put("removed_count", Removal.strippedLines(report.removals()));
        h.put("paragraph_count", report.paragraphs().size());
        h.put("note_count", report.notes().size());
        h.put("footnote_count", report.footnotes().size());
        return h;
    }

    private static String tags(ReportMetadata m) {
        List<String> tags = new ArrayList<>();
        for (String place : new String[] {m.province(), m.city(), m.placeName()}) {
            if (place != null && !tags.contains(place)) {
                tags.add(place);
            }
        }
        tags.add(m.kind().label());
        return String.join(",", tags);
    }
}
