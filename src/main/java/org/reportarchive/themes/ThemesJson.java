package org.reportarchive.themes;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;

/**
 * Writes {@code data/themes.json} theme by theme: each theme and, per report (newest first), its share of the
 * report and the ids of the report's paragraphs on the theme. A theme's JSON is made on its own
 * ({@link #theme}), where its pages are made, and added to the file in order ({@link #add}).
 */
public final class ThemesJson implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonGenerator out;

    public ThemesJson(OutputStream stream) throws IOException {
        this.out = JSON.getFactory().createGenerator(stream);
        out.useDefaultPrettyPrinter();
        out.writeStartArray();
    }

    /** Adds a theme's JSON, as {@link #theme} made it. */
    public void add(String theme) throws IOException {
        out.writeRawValue(theme);
    }

    /**
     * A theme's JSON, indented as the file indents it.
     *
     * @param cards the archive's reports by id
     */
    public static String theme(Theme t, List<ThemePassage> passages, Map<String, ReportCard> cards)
            throws IOException {
        // the file's own (UTF-8) generator, which escapes what the file escapes (characters beyond the BMP)
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.useDefaultPrettyPrinter();
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
        return text.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeRaw('\n');
        out.close();
    }
}
