package org.reportarchive.glossary;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.JsonArrayFile;
import org.reportarchive.model.ReportDefinition;
import org.reportarchive.model.TermOccurrence;

/**
 * The entries of {@code data/glossary.json} (a {@link JsonArrayFile}): every entry with its definition, source,
 * scope and occurrences ({@code {"report", "paragraph", "linked"}}), in the index's order. Fields are written in
 * a fixed order, so the file is the same in every build of the same input.
 */
public final class GlossaryJson {

    private GlossaryJson() {
    }

    /** An entry's JSON, indented as the file indents it. */
    public static String entry(GlossaryEntry e, List<TermOccurrence> occurrences) throws IOException {
        return JsonArrayFile.item(out -> entry(out, e, occurrences));
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
        out.writeObject(e.source());
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

}
