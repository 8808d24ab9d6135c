package org.reportarchive.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.Place;
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
        return new ReportRow(r.id(), r.url(), r.summary().displayTitle(), place(m), within(m), when(m),
                m.kind().label(), m.incomplete(), r.summary().paragraphs(), names);
    }

    /** The report's place, or why it has none. */
    public static String place(ReportMetadata m) {
        if (m.place() != null) {
            return m.place().name();
        }
        return m.anonymised() ? "匿名文稿" : "地区不详";
    }

    /** What the place is in, when it is not a province-level unit itself: 四川省, or 成都市 · 四川省; or null. */
    public static String within(ReportMetadata m) {
        Place p = m.place();
        if (p == null || p.province() == null || p.province().equals(p.name())) {
            return null;
        }
        return p.city() != null && !p.city().equals(p.name()) && !p.city().equals(p.province())
                ? p.city() + " · " + p.province() : p.province();
    }

    /** 2021年11月24日, or 2024年, or 日期不详. */
    public static String when(ReportMetadata m) {
        if (m.date() != null) {
            return m.date().getYear() + "年" + m.date().getMonthValue() + "月" + m.date().getDayOfMonth() + "日";
        }
        return m.year() != null ? m.year() + "年" : "日期不详";
    }
}
