package org.reportarchive.themes;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.Theme;

/** Writes {@code data/themes.json}: each theme and, per report, the ids of its paragraphs on the theme. */
public final class ThemesJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ThemesJson() {
    }

    public static void write(List<Theme> themes, ThemeIndex index, List<ReportSummary> reports, Path file)
            throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Theme t : themes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", t.name());
            m.put("slug", t.slug());
            m.put("url", "themes/" + t.slug() + ".html");
            m.put("description", t.description());
            List<Map<String, Object>> per = new ArrayList<>();
            Map<String, List<ThemeIndex.Passage>> passages = index.passages(t.slug());
            for (ReportSummary r : reports) {
                List<ThemeIndex.Passage> ps = passages.get(r.id());
                if (ps != null) {
                    Map<String, Object> x = new LinkedHashMap<>();
                    x.put("report", r.id());
                    x.put("share", index.profile(r.id()).shares().getOrDefault(t.slug(), 0.0));
                    x.put("paragraphs", ps.stream().map(ThemeIndex.Passage::paragraphId).toList());
                    per.add(x);
                }
            }
            m.put("reports", per);
            out.add(m);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(out) + "\n");
    }
}
