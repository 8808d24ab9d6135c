package org.reportarchive.glossary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.TermOccurrence;

/** Writes {@code data/glossary.json}: every entry with its definition, source, scope and occurrences. */
public final class GlossaryJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GlossaryJson() {
    }

    public static void write(GlossaryPages pages, Concordance concordance, Path file) throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (GlossaryEntry e : pages.sorted()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("term", e.term());
            m.put("slug", e.slug());
            m.put("url", "glossary/" + e.slug() + ".html");
            m.put("pinyin", Pinyin.withToneMarks(e));
            m.put("aliases", e.aliases());
            m.put("definition", e.definition());
            m.put("explanation", e.explanation());
            m.put("source", e.source());
            m.put("scope", e.scope());
            m.put("related", e.related());
            m.put("english", e.english());
            List<Map<String, Object>> defs = new ArrayList<>();
            e.reportDefinitions().forEach(d -> defs.add(Map.of("report", d.reportId(), "footnote", d.label(),
                    "term", d.term(), "definition", d.definition())));
            m.put("report_definitions", defs);
            List<Map<String, Object>> occ = new ArrayList<>();
            for (TermOccurrence o : concordance.of(e.slug(), pages.reportRank())) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("report", o.reportId());
                x.put("paragraph", o.paragraphId());
                x.put("linked", o.linked());
                occ.add(x);
            }
            m.put("occurrences", occ);
            out.add(m);
        }
        Files.createDirectories(file.getParent());
        Files.writeString(file, JSON.writeValueAsString(out) + "\n");
    }
}
