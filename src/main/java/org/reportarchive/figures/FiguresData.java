package org.reportarchive.figures;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.reportarchive.model.Figure;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;

/**
 * The key figures as data, one record per figure (a report's measure, and a second record when the report
 * states the measure again for another period): {@code data/figures.json} and {@code data/figures.csv}, with the
 * report's id, city, place, province and year, the measure, value, unit, period, the sentence and the link to its
 * paragraph. Reports newest first, a report's figures in text order.
 */
public final class FiguresData {

    static final String[] COLUMNS = {"report", "city", "place", "province", "year", "measure", "value", "unit",
        "period", "sentence", "paragraph"};

    private FiguresData() {
    }

    public static void write(PageSink sink, List<ReportCard> reports) throws IOException {
        sink.file("data/figures.json", stream -> {
            try (JsonGenerator g = new JsonFactory().createGenerator(stream, JsonEncoding.UTF8)) {
                g.writeStartArray();
                for (ReportCard c : reports) {
                    for (Figure f : c.figures()) {
                        String[] v = values(c, f);
                        g.writeStartObject();
                        for (int i = 0; i < COLUMNS.length; i++) {
                            if (COLUMNS[i].equals("value") || COLUMNS[i].equals("year")) {
                                if (v[i] == null) {
                                    g.writeNullField(COLUMNS[i]);
                                } else {
                                    g.writeNumberField(COLUMNS[i], Integer.parseInt(v[i]));
                                }
                            } else {
                                g.writeStringField(COLUMNS[i], v[i]);
                            }
                        }
                        g.writeEndObject();
                    }
                }
                g.writeEndArray();
            }
        });
        sink.file("data/figures.csv", stream -> {
            Writer w = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            w.write(String.join(",", COLUMNS));
            w.write("\r\n");
            for (ReportCard c : reports) {
                for (Figure f : c.figures()) {
                    String[] v = values(c, f);
                    for (int i = 0; i < v.length; i++) {
                        w.write(i == 0 ? "" : ",");
                        w.write(csv(v[i]));
                    }
                    w.write("\r\n");
                }
            }
            w.flush();
        });
    }

    private static String[] values(ReportCard c, Figure f) {
        ReportMetadata m = c.metadata();
        return new String[] {c.id(), m.city(), m.placeName(), m.province(),
            m.year() == null ? null : String.valueOf(m.year()), f.measure(), String.valueOf(f.value()), f.unit(),
            f.period(), f.sentence(), c.url() + "#" + f.paragraph()};
    }

    /** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; empty for none. */
    static String csv(String v) {
        if (v == null) {
            return "";
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }
}
