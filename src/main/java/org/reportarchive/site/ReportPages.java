package org.reportarchive.site;

import java.util.ArrayList;
import org.reportarchive.figures.Measure;
import org.reportarchive.figures.Period;
import org.reportarchive.model.Figure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.Block;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeShare;
import org.reportarchive.themes.ThemeChart;

/** Puts together the model of a report's page from the report, its themes, its place and its rendered text. */
final class ReportPages {

    /** How the page names the metadata fields an editor supplied. */
    private static final Map<String, String> FIELD_NAMES = fieldNames();

    private ReportPages() {
    }

    /** How the page names where a field was read. */
    private static final Map<String, String> SOURCE_NAMES = Map.ofEntries(Map.entry("title", "标题"),
            Map.entry("delivery line", "报告时间和会议"), Map.entry("opening sentence", "开头一句"),
            Map.entry("speaker line", "署名"), Map.entry("publication line", "发布信息"), Map.entry("body", "正文"),
            Map.entry("sidecar", "编者补充"), Map.entry("division table", "行政区划表"),
            Map.entry("division history", "行政区划沿革"),
            Map.entry("title, lines joined", "标题（原文分行，已连接）"), Map.entry("editor's note", "编者按"),
            Map.entry("signature", "文末落款"),
            Map.entry("day under the title, year from the publication line", "标题下的月日（年份据发布日期）"));

    private static Map<String, String> fieldNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", "标题");
        m.put("place", "地区");
        m.put("city", "所属城市");
        m.put("province", "省份");
        m.put("date", "日期");
        m.put("year", "年份");
        m.put("congress", "届次");
        m.put("session", "会次");
        m.put("speaker", "报告人");
        m.put("office", "职务");
        m.put("kind", "类型");
        m.put("incomplete", "完整性");
        m.put("publication", "来源");
        return m;
    }

    /**
     * @param placeUrl the page of the report's place, or null
     * @param linked   the glossary entries linked in the text, in the order they are first linked
     * @param body     the text as HTML
     */
    static ReportPage page(Report report, List<ThemeShare> shares, Map<String, Theme> themes, String placeUrl,
                           List<GlossaryEntry> linked, String body, List<Figure> figures) {
        ReportMetadata m = report.metadata();
        String title = report.displayTitle();
        String when = m.date() != null || m.year() != null ? Listings.when(m) : "不详";
        String place = m.place() != null ? m.place().name() : m.anonymised() ? "原文已匿名，不作推断" : "不详";
        String province = Listings.within(m);
        String meeting = m.congress() == null ? null
                : "第" + m.congress() + "届" + (ReportMetadata.STANDING_COMMITTEE.equals(m.meeting()) ? "人大常委会"
                : "人民代表大会") + (m.session() == null ? "" : "第" + m.session() + "次会议");
        List<String> described = new ArrayList<>();
        if (m.place() != null) {
            described.add(m.place().name());
        }
        if (m.date() != null || m.year() != null) {
            described.add(when);
        }
        described.add(m.kind().label());
        String description = String.join("，", described) + "。" + title + "全文，附术语解释和编者说明。";
        List<ReportPage.ThemeChip> chips = new ArrayList<>();
        for (ThemeShare s : shares) {
            Theme t = themes.get(s.slug());
            chips.add(new ReportPage.ThemeChip(s.slug(), t == null ? s.slug() : t.name(), ThemeChart.percent(s.share())));
        }
        List<ReportPage.TermTip> tips = new ArrayList<>();
        for (GlossaryEntry e : linked) {
            tips.add(new ReportPage.TermTip("tip-" + e.slug(), tips.size() + 1, e.term(), e.definition()));
        }
        return new ReportPage(report.id(), title, description, m.headerLines(), place, placeUrl, province, when,
                meeting, m.speaker(), m.office(), m.kind().label(),
                m.publication() == null ? null : m.publication().line(), report.id() + ".md", report.source(),
                m.supplied().stream().map(f -> FIELD_NAMES.getOrDefault(f, f)).toList(), m.incomplete(),
                m.incompleteReason(), chips, ThemeChart.svg("chart-title", shares, themes),
                Removal.strippedLines(report.removals()),
                report.notes().size(), removed(report.removals()), toc(report), sources(m), figureRows(figures), body,
                tips);
    }

    /** The report's figures, in the order of the measures and then of the text. */
    static List<ReportPage.FigureRow> figureRows(List<Figure> figures) {
        List<ReportPage.FigureRow> out = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            for (Figure f : figures) {
                if (f.measure().equals(measure.id())) {
                    Period p = Period.byCode(f.period());
                    out.add(new ReportPage.FigureRow(measure.label(), measure.slug(), f.value() + " " + f.unit(),
                            p == null ? "未说明" : p.label(), f.sentence(), f.paragraph()));
                }
            }
        }
        return out;
    }

    /** Where each field was read, as the page says it: 地区：标题. */
    private static List<ReportPage.Source> sources(ReportMetadata m) {
        List<ReportPage.Source> out = new ArrayList<>();
        m.sources().forEach((field, source) -> out.add(new ReportPage.Source(FIELD_NAMES.getOrDefault(field, field),
                SOURCE_NAMES.getOrDefault(source, source))));
        return out;
    }

    private static List<ReportPage.TocEntry> toc(Report report) {
        List<ReportPage.TocEntry> toc = new ArrayList<>();
        for (Block b : report.body()) {
            if (b instanceof Heading h) {
                toc.add(new ReportPage.TocEntry(h.id(), h.text(), h.level()));
            } else if (b instanceof Paragraph p && p.runIn() != null) {
                toc.add(new ReportPage.TocEntry(p.id(), p.text().substring(0, p.runIn().length() - 1),
                        p.runIn().level()));
            }
        }
        if (!report.footnotes().isEmpty()) {
            toc.add(new ReportPage.TocEntry("footnotes",
                    report.footnoteTitle() == null ? "注释" : report.footnoteTitle(), 1));
        }
        if (!report.notes().isEmpty()) {
            toc.add(new ReportPage.TocEntry("editorial-notes", "编者注", 1));
        }
        return toc;
    }

    static List<ReportPage.RemovalGroup> removed(List<Removal> removals) {
        Map<RemovalReason, List<Integer>> byReason = new LinkedHashMap<>();
        Map<RemovalReason, List<ReportPage.RemovedText>> texts = new LinkedHashMap<>();
        for (Removal r : removals) {
            List<Integer> lines = byReason.computeIfAbsent(r.reason(), k -> new ArrayList<>());
            if (lines.isEmpty() || lines.get(lines.size() - 1) != r.line()) {
                lines.add(r.line()); // each line once (a line may hold several restored references)
            }
            texts.computeIfAbsent(r.reason(), k -> new ArrayList<>())
                    .add(new ReportPage.RemovedText(r.line(), withoutTheOthers(r, removals)));
        }
        List<ReportPage.RemovalGroup> out = new ArrayList<>();
        byReason.forEach((reason, lines) -> out.add(new ReportPage.RemovalGroup(reason.label(), lines, reason.restores(),
                reason.marksLayout(), texts.get(reason))));
        return out;
    }

    /**
     * What a line was stripped of for one reason, without the parts listed under another (a publishing line without
     * its view counter, 浏览次数：326, which the page's words list), so that each part is shown once.
     */
    private static String withoutTheOthers(Removal removal, List<Removal> removals) {
        String text = removal.text();
        for (Removal other : removals) {
            if (other.line() == removal.line() && other.reason() != removal.reason() && !other.text().isBlank()
                    && other.text().length() < text.length() && text.contains(other.text())) {
                text = text.replace(other.text(), "");
            }
        }
        return text.strip();
    }
}
