package org.reportarchive.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeProfile;

/** How index pages show a report in a list: the same fields everywhere. */
public final class Listings {
    private Listings() {
    }

    public static Map<String, Object> report(ReportSummary r, ThemeProfile profile, Map<String, Theme> themes) {
        ReportMetadata m = r.metadata();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", r.id());
        e.put("url", r.url());
        e.put("title", m.title() == null ? r.source() : m.title());
        e.put("place", place(m));
        e.put("province", m.province() != null && !m.province().equals(m.city()) ? m.province() : null);
        e.put("when", when(m));
        e.put("kind", m.kind().label());
        e.put("incomplete", m.incomplete());
        e.put("paragraphs", r.paragraphs());
        List<String> names = new ArrayList<>();
        for (String slug : profile.ordered()) {
            Theme t = themes.get(slug);
            if (t != null && names.size() < 3) {
                names.add(t.name());
            }
        }
        e.put("themes", names);
        return e;
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
