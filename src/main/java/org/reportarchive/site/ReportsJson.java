package org.reportarchive.site;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;

/** Writes {@code data/reports.json}: one object per report, newest first, with its metadata and counts. */
final class ReportsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportsJson() {
    }

    static void write(List<ReportCard> reports, PageSink sink) throws IOException {
        sink.file("data/reports.json", stream -> {
            try (JsonGenerator out = JSON.getFactory().createGenerator(stream)) {
                out.useDefaultPrettyPrinter();
                out.writeStartArray();
                for (ReportCard r : reports) {
                    entry(out, r);
                }
                out.writeEndArray();
                out.writeRaw('\n');
            }
        });
    }

    private static void entry(JsonGenerator out, ReportCard card) throws IOException {
        ReportSummary r = card.summary();
        ReportMetadata m = r.metadata();
        out.writeStartObject();
        out.writeStringField("id", r.id());
        out.writeStringField("url", r.url());
        out.writeStringField("markdown", r.markdownUrl());
        out.writeStringField("title", m.title());
        out.writeStringField("place", m.placeName());
        out.writeStringField("level", m.place() == null ? null : m.place().level());
        out.writeStringField("place_code", m.place() == null ? null : m.place().code());
        out.writeStringField("city", m.city());
        out.writeStringField("province", m.province());
        out.writeStringField("date", m.date() == null ? null : m.date().toString());
        number(out, "year", m.year());
        number(out, "congress", m.congress());
        number(out, "session", m.session());
        out.writeStringField("meeting", m.meeting());
        out.writeStringField("speaker", m.speaker());
        out.writeStringField("office", m.office());
        out.writeStringField("kind", m.kind().code());
        out.writeBooleanField("incomplete", m.incomplete());
        out.writeBooleanField("anonymised", m.anonymised());
        out.writeStringField("publication", m.publication() == null ? null : m.publication().line());
        strings(out, "supplied", m.supplied());
        out.writeNumberField("paragraphs", r.paragraphs());
        out.writeNumberField("characters", r.characters());
        out.writeNumberField("notes", r.notes());
        out.writeNumberField("footnotes", r.footnotes());
        out.writeStringField("source", r.source());
        strings(out, "themes", card.themeSlugs());
        out.writeObjectFieldStart("sources");
        for (java.util.Map.Entry<String, String> e : m.sources().entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private static void number(JsonGenerator out, String name, Integer value) throws IOException {
        if (value == null) {
            out.writeNullField(name);
        } else {
            out.writeNumberField(name, value);
        }
    }

    private static void strings(JsonGenerator out, String name, List<String> values) throws IOException {
        out.writeArrayFieldStart(name);
        for (String v : values) {
            out.writeString(v);
        }
        out.writeEndArray();
    }
}
