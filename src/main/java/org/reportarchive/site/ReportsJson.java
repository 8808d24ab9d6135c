package org.reportarchive.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;

/** Writes {@code data/reports.json}: one object per report, newest first, with its metadata and counts. */
public final class ReportsJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportsJson() {
    }

    /** @param themes each report's theme slugs, ordered by share */
    public static void write(List<ReportSummary> reports, java.util.function.Function<String, List<String>> themes,
                             Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportSummary r : reports) {
            Map<String, Object> e = entry(r);
            e.put("themes", themes.apply(r.id()));
            out.add(e);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(out) + "\n");
    }

    static Map<String, Object> entry(ReportSummary r) {
        ReportMetadata m = r.metadata();
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("id", r.id());
        e.put("url", r.url());
        e.put("markdown", r.markdownUrl());
        e.put("title", m.title());
        e.put("city", m.city());
        e.put("province", m.province());
        e.put("date", m.date() == null ? null : m.date().toString());
        e.put("year", m.year());
        e.put("congress", m.congress());
        e.put("session", m.session());
        e.put("speaker", m.speaker());
        e.put("office", m.office());
        e.put("kind", m.kind().code());
        e.put("incomplete", m.incomplete());
        e.put("anonymised", m.anonymised());
        e.put("publication", m.publication() == null ? null : m.publication().line());
        e.put("supplied", m.supplied());
        e.put("paragraphs", r.paragraphs());
        e.put("characters", r.characters());
        e.put("notes", r.notes());
        e.put("footnotes", r.footnotes());
        e.put("source", r.source());
        return e;
    }
}
