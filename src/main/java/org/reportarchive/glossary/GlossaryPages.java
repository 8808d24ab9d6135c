package org.reportarchive.glossary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.markdown.JBakeHeader;
import org.reportarchive.markdown.MarkdownEscaper;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.ReportRef;
import org.reportarchive.model.ReportDefinition;
import org.reportarchive.model.TermOccurrence;

/**
 * Writes the glossary's pages as JBake content: an index sorted by pinyin and grouped by initial, one page per
 * entry (definition, explanation, source, scope, aliases, related entries, the reports' own definitions, the
 * first report that uses it and a keyword-in-context concordance grouped by report), and for each alias a page
 * at its own URL that leads to the entry.
 */
public final class GlossaryPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An entry page's concordance shows at most this many reports; more continue on further pages. */
    static final int REPORTS_PER_PAGE = 50;

    private final Glossary glossary;
    private final Concordance concordance;
    private final Map<String, ReportRef> reports;
    private final Map<String, Integer> rank;
    private final String host;

    /**
     * @param reports the archive's reports by id, oldest first
     * @param host    the site's absolute address, for JSON-LD identifiers
     */
    public GlossaryPages(Glossary glossary, Concordance concordance, List<ReportRef> reports, String host) {
        this.glossary = glossary;
        this.concordance = concordance;
        this.reports = new LinkedHashMap<>();
        this.rank = new LinkedHashMap<>();
        for (ReportRef r : reports) {
            this.rank.put(r.id(), this.rank.size());
            this.reports.put(r.id(), r);
        }
        this.host = host.endsWith("/") ? host : host + "/";
    }

    public Map<String, Integer> reportRank() {
        return rank;
    }

    /** Entries sorted by pinyin. */
    public List<GlossaryEntry> sorted() {
        List<GlossaryEntry> list = new ArrayList<>(glossary.entries());
        list.sort(Comparator.comparing((GlossaryEntry e) -> Pinyin.sortKey(e)).thenComparing(GlossaryEntry::slug));
        return list;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<GlossaryEntry> sorted = sorted();
        Files.writeString(dir.resolve("index.md"), index(sorted), StandardCharsets.UTF_8);
        Set<String> taken = new HashSet<>();
        sorted.forEach(e -> taken.add(e.slug()));
        taken.add("index");
        for (GlossaryEntry e : sorted) {
            writeEntry(dir, e, aliasSlugs(e, taken));
        }
        for (GlossaryEntry e : sorted) {
            for (Map.Entry<String, String> alias : aliasSlugs(e, taken).entrySet()) {
                if (taken.add(alias.getValue())) {
                    Files.writeString(dir.resolve(alias.getValue() + ".md"), aliasPage(e, alias.getKey()),
                            StandardCharsets.UTF_8);
                }
            }
        }
    }

    /** Alias to URL slug, for the aliases whose pinyin is not already an entry's. */
    static Map<String, String> aliasSlugs(GlossaryEntry e, Set<String> entrySlugs) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String alias : e.aliases()) {
            String slug = Slugs.syllables(alias.replaceAll("[“”「」『』‘’\"']", ""));
            if (!slug.isEmpty() && !slug.equals(e.slug()) && !entrySlugs.contains(slug) && !out.containsValue(slug)) {
                out.put(alias, slug);
            }
        }
        return out;
    }

    private String index(List<GlossaryEntry> sorted) {
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Object> group = null;
        for (GlossaryEntry e : sorted) {
            String initial = Pinyin.initial(e);
            if (group == null || !group.get("initial").equals(initial)) {
                group = new LinkedHashMap<>();
                group.put("initial", initial);
                group.put("entries", new ArrayList<Map<String, Object>>());
                groups.add(group);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("slug", e.slug());
            row.put("term", e.term());
            row.put("pinyin", Pinyin.withToneMarks(e));
            row.put("definition", e.definition());
            row.put("scope", scopeLabel(e));
            row.put("count", concordance.of(e.slug(), rank).size());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> rows = (List<Map<String, Object>>) group.get("entries");
            rows.add(row);
        }
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "DefinedTermSet");
        ld.put("@id", host + "glossary/index.html");
        ld.put("name", "人大报告术语表");
        List<Map<String, Object>> terms = new ArrayList<>();
        for (GlossaryEntry e : sorted) {
            terms.add(definedTerm(e, false));
        }
        ld.put("hasDefinedTerm", terms);
        return JBakeHeader.page("术语表", "glossary")
                .put("entry_count", sorted.size())
                .put("groups_json", json(groups))
                .put("jsonld", jsonLd(ld))
                .render() + "\n";
    }

    /** The entry page; a concordance of many reports continues on pages {@code SLUG/2.html}, {@code SLUG/3.html}. */
    private void writeEntry(Path dir, GlossaryEntry e, Map<String, String> aliases) throws IOException {
        List<TermOccurrence> occ = concordance.of(e.slug(), rank);
        List<Map<String, Object>> groups = groups(occ);
        int pages = Math.max(1, (groups.size() + REPORTS_PER_PAGE - 1) / REPORTS_PER_PAGE);
        Files.writeString(dir.resolve(e.slug() + ".md"), entry(e, aliases, occ, groups.size(),
                groups.subList(0, Math.min(groups.size(), REPORTS_PER_PAGE)), pages), StandardCharsets.UTF_8);
        for (int page = 2; page <= pages; page++) {
            Path more = Files.createDirectories(dir.resolve(e.slug()));
            List<Map<String, Object>> slice = groups.subList((page - 1) * REPORTS_PER_PAGE,
                    Math.min(groups.size(), page * REPORTS_PER_PAGE));
            Files.writeString(more.resolve(page + ".md"), JBakeHeader.page(e.term(), "term")
                    .put("slug", e.slug())
                    .put("definition", e.definition())
                    .put("continuation", true)
                    .put("page", page)
                    .put("pages", pages)
                    .put("entry_url", "../" + e.slug() + ".html")
                    .put("prev", page == 2 ? "../" + e.slug() + ".html" : (page - 1) + ".html")
                    .put("next", page == pages ? null : (page + 1) + ".html")
                    .put("occurrence_count", occ.size())
                    .put("report_count", groups.size())
                    .putJson("concordance_json", slice)
                    .render() + "\n", StandardCharsets.UTF_8);
        }
    }

    /** Occurrences grouped by report, in order. */
    private List<Map<String, Object>> groups(List<TermOccurrence> occ) {
        List<Map<String, Object>> groups = new ArrayList<>();
        Map<String, Object> group = null;
        for (TermOccurrence o : occ) {
            if (group == null || !group.get("id").equals(o.reportId())) {
                ReportRef r = reports.get(o.reportId());
                group = new LinkedHashMap<>();
                group.put("id", o.reportId());
                group.put("title", r == null ? o.reportId() : r.title());
                group.put("place", r == null ? "" : r.place());
                group.put("when", r == null ? "" : r.when());
                group.put("url", r == null ? "" : r.url());
                group.put("lines", new ArrayList<Map<String, Object>>());
                groups.add(group);
            }
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("paragraph", o.paragraphId());
            line.put("before", o.before());
            line.put("surface", o.surface());
            line.put("after", o.after());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> lines = (List<Map<String, Object>>) group.get("lines");
            lines.add(line);
        }
        return groups;
    }

    private String entry(GlossaryEntry e, Map<String, String> aliases, List<TermOccurrence> occ, int reportCount,
                         List<Map<String, Object>> groups, int pages) {
        List<Map<String, Object>> aliasList = new ArrayList<>();
        for (String a : e.aliases()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", a);
            m.put("slug", aliases.get(a));
            aliasList.add(m);
        }
        List<Map<String, Object>> related = new ArrayList<>();
        for (String r : e.related()) {
            glossary.bySlug(r).ifPresent(x -> related.add(Map.of("slug", x.slug(), "term", x.term())));
        }
        List<Map<String, Object>> defs = new ArrayList<>();
        for (ReportDefinition d : e.reportDefinitions()) {
            ReportRef r = reports.get(d.reportId());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", d.reportTitle());
            m.put("url", r == null ? "" : r.url());
            m.put("label", d.label());
            m.put("term", d.term());
            m.put("definition", d.definition());
            defs.add(m);
        }
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("kind", e.source().kind());
        source.put("title", e.source().title());
        source.put("date", e.source().date());
        if (e.source().report() != null) {
            ReportRef r = reports.get(e.source().report());
            source.put("url", r == null ? null : r.url());
            source.put("footnote", e.source().footnote());
        }
        ReportRef first = occ.isEmpty() ? null : reports.get(occ.get(0).reportId());
        Map<String, Object> ld = definedTerm(e, true);
        ld.put("@context", "https://schema.org");
        JBakeHeader h = JBakeHeader.page(e.term(), "term")
                .put("slug", e.slug())
                .put("pinyin", Pinyin.withToneMarks(e))
                .put("definition", e.definition())
                .put("scope", scopeLabel(e))
                .put("english", e.english())
                .put("source_json", json(List.of(source)))
                .put("aliases_json", json(aliasList))
                .put("related_json", json(related))
                .put("report_definitions_json", json(defs))
                .put("occurrence_count", occ.size())
                .put("report_count", reportCount)
                .put("pages", pages)
                .put("next", pages > 1 ? e.slug() + "/2.html" : null)
                .put("concordance_json", json(groups))
                .put("jsonld", jsonLd(ld));
        if (first != null) {
            h.put("first_report_json", json(List.of(Map.of("title", first.title(), "url", first.url(),
                    "when", first.when()))));
        }
        String body = e.explanation() == null ? "" : MarkdownEscaper.escape(e.explanation()).replace("\n", "\n\n");
        return h.render() + "\n" + body + "\n";
    }

    private String aliasPage(GlossaryEntry e, String alias) {
        return JBakeHeader.page(alias, "alias")
                .put("target", e.slug())
                .put("target_term", e.term())
                .render() + "\n";
    }

    private Map<String, Object> definedTerm(GlossaryEntry e, boolean full) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("@type", "DefinedTerm");
        t.put("@id", host + "glossary/" + e.slug() + ".html");
        t.put("name", e.term());
        t.put("description", e.definition());
        t.put("url", host + "glossary/" + e.slug() + ".html");
        if (full) {
            if (!e.aliases().isEmpty()) {
                t.put("alternateName", e.aliases());
            }
            t.put("inDefinedTermSet", host + "glossary/index.html");
        }
        return t;
    }

    static String scopeLabel(GlossaryEntry e) {
        if (e.isNational()) {
            return "通用";
        }
        return e.scope().startsWith("report:") ? "仅见于一篇报告" : e.scope() + "的用法";
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * JSON-LD for a script element, as a one-node array (a JBake header value that starts with a brace would be
     * read as data); "</" cannot close the element early.
     */
    private static String jsonLd(Map<String, Object> node) {
        return json(List.of(node)).replace("</", "<\\/");
    }
}
