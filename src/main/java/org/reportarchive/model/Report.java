package org.reportarchive.model;

import java.util.List;

/**
 * A report as the archive publishes it: metadata, structured text, the report's own footnotes, the archive's
 * editorial notes, and what was stripped from the source.
 *
 * @param id            stable id, used in URLs
 * @param source        file name of the seed
 * @param footnoteTitle the heading of the report's own glossary section (名词解释), or null
 * @param warnings      problems a maintainer should look at (shown in the build output)
 */
public record Report(String id, String source, ReportMetadata metadata, List<Block> body, String footnoteTitle,
                     List<Footnote> footnotes, List<EditorialNote> notes, List<Removal> removals,
                     List<String> warnings) {
    public Report {
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        notes = List.copyOf(notes);
        removals = List.copyOf(removals);
        warnings = List.copyOf(warnings);
    }

    /** The title, or for a report without one its opening words, as listings and its page name it. */
    public String displayTitle() {
        return metadata.title() != null ? metadata.title() : untitled(openingWords(), source);
    }

    /** The opening words of the first paragraph that is more than an address (各位代表：), or null. */
    public String openingWords() {
        for (Paragraph p : paragraphs()) {
            String t = p.text().strip();
            if (!t.isEmpty() && !(t.length() <= ADDRESS && ADDRESSED.matcher(t).find())) {
                return t.codePointCount(0, t.length()) <= OPENING ? t : t.substring(0, t.offsetByCodePoints(0, OPENING)) + "……";
            }
        }
        return null;
    }

    /** The longest paragraph read as an address (各位代表、同志们：), not the text's opening. */
    private static final int ADDRESS = 24;
    /** Those an address names, at its end: 各位代表：, 尊敬的主任、各位副主任、秘书长、各位委员：, 大会主席团： */
    private static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile(
            "(代表|同志|委员|领导|主任|来宾|朋友|选民|主席团|秘书长|们)[^，。；]{0,6}[：:！!]$");
    /** The most characters of a text's opening that name a report without a title. */
    private static final int OPENING = 24;

    /** How a report without a title is named: its opening words, or its source file's name when it has none. */
    public static String untitled(String opening, String source) {
        return "（无标题）" + (opening != null ? opening : source);
    }

    public List<Paragraph> paragraphs() {
        return body.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public List<Heading> headings() {
        return body.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    /** Characters of report text: paragraphs, headings and footnote entries. */
    public int characters() {
        int n = 0;
        for (Block b : body) {
            n += b.text().codePointCount(0, b.text().length());
        }
        for (Footnote f : footnotes) {
            n += f.text().codePointCount(0, f.text().length());
        }
        return n;
    }

    public Report withNotes(List<EditorialNote> newNotes) {
        return new Report(id, source, metadata, body, footnoteTitle, footnotes, newNotes, removals, warnings);
    }

    public Report withId(String newId) {
        return new Report(newId, source, metadata, body, footnoteTitle, footnotes, notes, removals, warnings);
    }
}
