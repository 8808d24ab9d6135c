package org.reportarchive.site;

import java.util.List;

/**
 * What a report's page shows ({@code report.ftl}): the metadata, what the archive did to the source, the table
 * of contents, the themes, the text and the definitions of the linked glossary terms (one per term).
 *
 * @param place       the city, or the province, or a label saying the place is unknown or anonymised
 * @param placeUrl    the place's page, relative to the site root, or null
 * @param province    what the place is in (成都市 · 四川省, or 四川省), when it is not a province-level unit, or null
 * @param when        the date (2021年11月24日) or the year, or 不详
 * @param meeting     第8届人民代表大会第1次会议, 第17届人大常委会第20次会议, or null
 * @param sources     where each field of the metadata was read
 * @param supplied    the labels of the fields an editor supplied
 * @param body        the report's text as HTML
 * @param tips        the linked terms' definitions, in the order the terms are first linked
 */
public record ReportPage(String id, String title, String description, List<String> headerLines, String place,
                  String placeUrl, String province, String when, String meeting, String speaker, String office,
                  String kind, String publication, String markdownFile, String sourceFile, List<String> supplied,
                  boolean incomplete, String incompleteReason, List<ThemeChip> themes, String themeChart,
                  int removedCount, int noteCount, List<RemovalGroup> removed, List<TocEntry> toc,
                  List<Source> sources, List<FigureRow> figures, String body, List<TermTip> tips) {

    /** A key figure: what is counted, the count with its unit, the period, the sentence and its paragraph. */
    public record FigureRow(String measure, String measureSlug, String value, String period, String sentence,
                            String paragraph) {
    }

    /** Where a field was read: 地区 from 标题. */
    public record Source(String field, String from) {
    }

    /** A theme of the report and its share of the text (42%). */
    public record ThemeChip(String slug, String name, String share) {
    }

    /**
     * The source lines stripped for one reason; {@code restored} for a web page's character references, which are
     * not stripped but read as their characters, and {@code layout} for marks of a copy's layout (line numbers,
     * Markdown's quotation and bold marks), taken off lines whose text is kept.
     */
    public record RemovalGroup(String label, List<Integer> lines, boolean restored, boolean layout,
                               List<RemovedText> items) {
        public RemovalGroup {
            lines = List.copyOf(lines);
            items = List.copyOf(items);
        }
    }

    /** What was taken off a source line, as the reader may check it. */
    public record RemovedText(int line, String text) {
    }

    /** A heading (or run-in heading) of the table of contents. */
    public record TocEntry(String id, String text, int level) {
    }

    /**
     * A linked term's tooltip: its id on the page ({@code tip-SLUG}), its note number for print, its term and
     * definition.
     */
    public record TermTip(String id, int note, String term, String definition) {
    }
}
