package org.reportarchive.themes;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.JsonArrayFile;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;

/**
 * The themes of {@code data/themes.json} (a {@link JsonArrayFile}): each theme and, per report (newest first), its
 * share of the report and the ids of the report's paragraphs on the theme.
 */
public final class ThemesJson {

    private ThemesJson() {
    }

    /**
     * A theme's JSON, indented as the file indents it.
     *
     * @param cards the archive's reports by id
     */
    public static String theme(Theme t, List<ThemePassage> passages, Map<String, ReportCard> cards)
            throws IOException {
        return JsonArrayFile.item(out -> {
            out.writeStartObject();
            out.writeStringField("name", t.name());
            out.writeStringField("slug", t.slug());
            out.writeStringField("url", "themes/" + t.slug() + ".html");
            out.writeStringField("description", t.description());
            out.writeArrayFieldStart("reports");
            int i = 0;
            while (i < passages.size()) {
                String id = passages.get(i).reportId();
                ReportCard card = cards.get(id);
                out.writeStartObject();
                out.writeStringField("report", id);
                out.writeNumberField("share", card == null ? 0 : card.share(t.slug()));
                out.writeArrayFieldStart("paragraphs");
                for (; i < passages.size() && passages.get(i).reportId().equals(id); i++) {
                    out.writeString(passages.get(i).paragraphId());
                }
                out.writeEndArray();
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
        });
    }
}
