package org.reportarchive.themes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.ThemeProfile;

/**
 * The passages of every report on every theme, collected while reports are classified in parallel: for each
 * theme and report, the paragraphs on it with a short snippet. Small records only, so memory stays modest.
 */
public final class ThemeIndex {

    /** Characters of a paragraph shown as its snippet. */
    private static final int SNIPPET = 48;

    /** A paragraph on a theme: where it is and how it starts. */
    public record Passage(String paragraphId, String snippet) {
    }

    private final Map<String, Map<String, List<Passage>>> byTheme = new ConcurrentHashMap<>();
    private final Map<String, ThemeProfile> profiles = new ConcurrentHashMap<>();

    public void add(Report report, ThemeProfile profile) {
        profiles.put(report.id(), new ThemeProfile(profile.shares(), Map.of(), Map.of()));
        for (Paragraph p : report.paragraphs()) {
            for (String slug : profile.paragraphs().getOrDefault(p.id(), List.of())) {
                byTheme.computeIfAbsent(slug, k -> new ConcurrentHashMap<>())
                        .computeIfAbsent(report.id(), k -> new ArrayList<>())
                        .add(new Passage(p.id(), snippet(p)));
            }
        }
    }

    /** The run-in heading if the paragraph has one, else its first words. */
    static String snippet(Paragraph p) {
        if (p.runIn() != null) {
            return p.text().substring(0, p.runIn().length());
        }
        String t = p.text();
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET) + "……";
    }

    /** Report id to passages, for one theme (the passages of a report in document order). */
    public Map<String, List<Passage>> passages(String slug) {
        return byTheme.getOrDefault(slug, Map.of());
    }

    /** A report's theme shares, largest first. */
    public ThemeProfile profile(String reportId) {
        return profiles.getOrDefault(reportId, new ThemeProfile(Map.of(), Map.of(), Map.of()));
    }
}
