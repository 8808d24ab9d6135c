package org.reportarchive.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportRow;
import org.reportarchive.model.Theme;

/** How index pages show a report in a list: the same fields everywhere. */
public final class Listings {
    private Listings() {
    }

    public static ReportRow row(ReportCard r, Map<String, Theme> themes) {
        ReportMetadata m = r.metadata();
        List<String> names = new ArrayList<>();
        for (String slug : r.themeSlugs()) {
            Theme t = themes.get(slug);
            if (t != null && names.size() < 3) {
                names.add(t.name());
            }
        }
        return new ReportRow(r.id(), r.url(), title(m, r.summary().source()), place(m),
                m.province() != null && !m.province().equals(m.city()) && m.city() != null ? m.province() : null,
                when(m), m.kind().label(), m.incomplete(), r.summary().paragraphs(), names);
    }

    /** The report's title, or the source file's name for a report without one. */
    public static String title(ReportMetadata m, String source) {
        return m.title() == null ? "（无标题）" + source : m.title();
    }

    public static String place(ReportMetadata m) {
        if (m.city() != null) {
            return m.city();
        }
        if (m.anonymised()) {
            return "匿名文稿";
        }
        return m.province() != null ? m.province() : "地区不详";
    }

    /** 2021年11月24日, or 2024年, or 日期不详. */
    public static String when(ReportMetadata m) {
        if (m.date() != null) {
            return m.date().getYear() + "年" + m.date().getMonthValue() + "月" + m.date().getDayOfMonth() + "日";
        }
        return m.year() != null ? m.year() + "年" : "日期不详";
    }
}
