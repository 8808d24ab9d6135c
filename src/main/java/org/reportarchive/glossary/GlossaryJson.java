package org.reportarchive.glossary;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.ReportDefinition;
import org.reportarchive.model.TermOccurrence;

/**
 * Writes {@code data/glossary.json} entry by entry: every entry with its definition, source, scope and
 * occurrences ({@code {"report", "paragraph", "linked"}}), in the index's order. Fields are written in a fixed
 * order, so the file is the same in every build of the same input. An entry's JSON is made on its own
 * ({@link #entry}), where its pages are made, and added to the file in order ({@link #add}).
 */
public final class GlossaryJson implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonGenerator out;

    public GlossaryJson(OutputStream stream) throws IOException {
        this.out = JSON.getFactory().createGenerator(stream);
        out.useDefaultPrettyPrinter();
        out.writeStartArray();
    }

    /** Adds an entry's JSON, as {@link #entry} made it. */
    public void add(String entry) throws IOException {
        out.writeRawValue(entry);
    }

    /** An entry's JSON, indented as the file indents it. */
    public static String entry(GlossaryEntry e, List<TermOccurrence> occurrences) throws IOException {
        // the file's own (UTF-8) generator, which escapes what the file escapes (characters beyond the BMP)
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try (JsonGenerator out = JSON.getFactory().createGenerator(text)) {
            out.useDefaultPrettyPrinter();
            entry(out, e, occurrences);
        }
        return text.toString(StandardCharsets.UTF_8);
    }

    private static void entry(JsonGenerator out, GlossaryEntry e, List<TermOccurrence> occurrences)
            throws IOException {
        out.writeStartObject();
        out.writeStringField("term", e.term());
        out.writeStringField("slug", e.slug());
        out.writeStringField("url", "glossary/" + e.slug() + ".html");
        out.writeStringField("pinyin", Pinyin.withToneMarks(e));
        strings(out, "aliases", e.aliases());
        out.writeStringField("definition", e.definition());
        out.writeStringField("explanation", e.explanation());
        out.writeFieldName("source");
        JSON.writeValue(out, e.source());
        out.writeStringField("scope", e.scope());
        strings(out, "related", e.related());
        out.writeStringField("english", e.english());
        out.writeArrayFieldStart("report_definitions");
        for (ReportDefinition d : e.reportDefinitions()) {
            out.writeStartObject();
            out.writeStringField("report", d.reportId());
            out.writeStringField("footnote", d.label());
            out.writeStringField("term", d.term());
            out.writeStringField("definition", d.definition());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeArrayFieldStart("occurrences");
        for (TermOccurrence o : occurrences) {
            out.writeStartObject();
            out.writeStringField("report", o.reportId());
            out.writeStringField("paragraph", o.paragraphId());
            out.writeBooleanField("linked", o.linked());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }

    @Override
    public void close() throws IOException {
        out.writeEndArray();
        out.writeRaw('\n');
        out.close();
    }
}
