package org.reportarchive.themes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;

/**
 * Writes {@code data/themes.json} theme by theme: each theme and, per report (newest first), its share of the
 * report and the ids of the report's paragraphs on the theme.
 */
public final class ThemesJson implements AutoCloseable {

    private final JsonGenerator out;
    private final Map<String, ReportCard> cards;

    public ThemesJson(OutputStream stream, Map<String, ReportCard> cards) throws IOException {
        this.out = new ObjectMapper().getFactory().createGenerator(stream);
        this.cards = cards;
        out.useDefaultPrettyPrinter();
        out.writeStartArray();
    }

    public void theme(Theme t, List<ThemePassage> passages) throws IOException {
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
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeRaw('\n');
        out.close();
    }
}
