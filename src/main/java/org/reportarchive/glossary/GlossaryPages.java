package org.reportarchive.glossary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.reportarchive.concurrent.Parallel;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.markdown.MarkdownEscaper;
import org.reportarchive.charts.YearChart;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.PageMemo;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportDefinition;
import org.reportarchive.model.ReportRef;
import org.reportarchive.model.TermOccurrence;

/**
 * Writes the glossary's pages: an index sorted by pinyin and grouped by initial, one page per entry (definition,
 * explanation, source, scope, aliases, related entries, the reports' own definitions, the first report that uses
 * it and a keyword-in-context concordance grouped by report), and for each alias a page at its own URL that
 * leads to the entry. A long concordance continues on numbered pages ({@code SLUG/2.html}); no page grows with
 * the archive: a page holds at most {@value #REPORTS_PER_PAGE} reports and, as far as whole reports allow,
 * {@value #LINES_PER_PAGE} lines, and a report shows at most {@value #LINES_PER_REPORT} of its lines.
 */
public final class GlossaryPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final int REPORTS_PER_PAGE = 50;
    static final int LINES_PER_PAGE = 600;
    static final int LINES_PER_REPORT = 40;
    /** An entry page shows at most this many wordings of the reports' own definitions, each with a few reports. */
    static final int DEFINITIONS_SHOWN = 20;
    static final int REPORTS_PER_DEFINITION = 5;

    private final Glossary glossary;
    private final Map<String, ReportRef> reports;
    private final String host;
    private final Function<String, String> markdown;
    /** The page of each place's own terms (by scope), relative to the site's root. */
    private final Map<String, String> scopePages = new TreeMap<>();

    /**
     * An entry's use across the archive, as its pages counted it.
     *
     * @param firstYear the year of the oldest dated report that uses it, or null
     */
    public record Use(GlossaryEntry entry, int occurrences, int reports, Integer firstYear) {
    }

    /** An entry page lists the first report of at most this many cities. */
    static final int CITIES_SHOWN = 60;

    /**
     * @param reports  the archive's reports by id
     * @param host     the site's absolute address, for JSON-LD identifiers
     * @param markdown renders an entry's explanation (Markdown, escaped) to HTML
     */
    public GlossaryPages(Glossary glossary, Map<String, ReportRef> reports, String host,
                         Function<String, String> markdown) {
        this.glossary = glossary;
        this.reports = reports;
        this.host = host.endsWith("/") ? host : host + "/";
        this.markdown = markdown;
    }

    /** Entries sorted by pinyin. */
    public List<GlossaryEntry> sorted() {
        List<GlossaryEntry> list = new ArrayList<>(glossary.entries());
        list.sort(Comparator.comparing((GlossaryEntry e) -> Pinyin.sortKey(e)).thenComparing(GlossaryEntry::slug));
        return list;
    }

    /**
     * Writes every page of the glossary.
     *
     * @param concordance each entry's occurrences, reports oldest first
     * @param each        told of every entry with its part of the data export, in index order
     * @return each entry's use, in index order
     */
    public List<Use> write(PageSink sink, Concordance concordance, EntryConsumer each) throws IOException {
        return write(sink, concordance, each, 1, PageMemo.NONE);
    }

    /**
     * Writes every page, the entries' pages on {@code jobs} workers; {@code each} sees the entries in the index's
     * order all the same. An entry whose pages the memo recalls is not read or made again.
     */
    public List<Use> write(PageSink sink, Concordance concordance, EntryConsumer each, int jobs, PageMemo memo)
            throws IOException {
        List<GlossaryEntry> sorted = sorted();
        scopePages.clear();
        Set<String> pageSlugs = new HashSet<>();
        TreeSet<String> scopes = new TreeSet<>();
        sorted.stream().filter(e -> !e.isNational()).forEach(e -> scopes.add(e.scope()));
        for (String scope : scopes) {
            String slug = scopeSlug(scope);
            for (int n = 2; !pageSlugs.add(slug); n++) {
                slug = scopeSlug(scope) + "-" + n;
            }
            scopePages.put(scope, "glossary/local/" + slug + ".html");
        }
        Set<String> taken = new HashSet<>();
        sorted.forEach(e -> taken.add(e.slug()));
        taken.add("index");
        List<Use> uses = new ArrayList<>();
        Parallel.stream(sorted, jobs, e -> {
            PageMemo.Made made = memo.recall(e.slug()).orElse(null);
            if (made == null) {
                List<TermOccurrence> occ = concordance.of(e.slug());
                PageMemo.Recorder pages = new PageMemo.Recorder(sink);
                Use use = writeEntry(pages, e, aliasSlugs(e, taken), occ);
                made = new PageMemo.Made(pages.pages(), GlossaryJson.entry(e, occ), use.occurrences(), use.reports(),
                        use.firstYear());
                memo.remember(e.slug(), made);
            }
            return made;
        }, (e, made) -> {
            uses.add(new Use(e, made.count(), made.reports(), made.firstYear()));
            each.accept(e, made.data());
        });
        for (GlossaryEntry e : sorted) {
            for (Map.Entry<String, String> alias : aliasSlugs(e, taken).entrySet()) {
                if (taken.add(alias.getValue())) {
                    sink.page("glossary/" + alias.getValue() + ".html", "alias.ftl",
                            new AliasPage(alias.getKey(), e.slug(), e.term()));
                }
            }
        }
        writeIndexes(sink, uses);
        writeNewTerms(sink, uses);
        return uses;
    }

    /** The index of new terms shows this many of each year's; the year's page shows them all. */
    static final int NEW_TERMS_SHOWN = 40;

    /** The terms by the year they first appear: an index of years, and a page for each year. */
    private void writeNewTerms(PageSink sink, List<Use> uses) throws IOException {
        TreeMap<Integer, List<NewTermsPage.Term>> byYear = new TreeMap<>(Comparator.reverseOrder());
        int dated = 0;
        for (Use u : uses) {
            if (u.firstYear() != null) {
                dated++;
                byYear.computeIfAbsent(u.firstYear(), y -> new ArrayList<>()).add(new NewTermsPage.Term(
                        u.entry().slug(), u.entry().term(), scopeLabel(u.entry())));
            }
        }
        List<NewTermsPage.Year> index = new ArrayList<>();
        for (Map.Entry<Integer, List<NewTermsPage.Term>> e : byYear.entrySet()) {
            List<NewTermsPage.Term> terms = e.getValue();
            int shown = Math.min(NEW_TERMS_SHOWN, terms.size());
            index.add(new NewTermsPage.Year(e.getKey(), terms.subList(0, shown), terms.size(), terms.size() - shown));
            sink.page("glossary/new/" + e.getKey() + ".html", "new-terms.ftl", new NewTermsPage(e.getKey(),
                    List.of(new NewTermsPage.Year(e.getKey(), terms, terms.size(), 0)), dated));
        }
        sink.page("glossary/new.html", "new-terms.ftl", new NewTermsPage(null, index, dated));
    }

    /**
     * The index of the entries of general use, and a page for each place's own terms: the index does not grow
     * with the number of places whose reports define terms.
     */
    private void writeIndexes(PageSink sink, List<Use> uses) throws IOException {
        Map<String, List<Use>> byScope = new TreeMap<>();
        List<Use> national = new ArrayList<>();
        for (Use u : uses) {
            if (u.entry().isNational()) {
                national.add(u);
            } else {
                byScope.computeIfAbsent(u.entry().scope(), k -> new ArrayList<>()).add(u);
            }
        }
        List<GlossaryIndexPage.Place> places = new ArrayList<>();
        for (Map.Entry<String, List<Use>> e : byScope.entrySet()) {
            String path = scopePages.get(e.getKey());
            String name = scopeName(e.getKey());
            places.add(new GlossaryIndexPage.Place(name, path.substring("glossary/".length()), e.getValue().size()));
            sink.page(path, "glossary.ftl", index(name, e.getValue(), List.of(), path));
        }
        sink.page("glossary/index.html", "glossary.ftl", index(null, national, places, "glossary/index.html"));
    }

    /** The list an entry is on, relative to the glossary folder: the index, or its place's page. */
    private String listOf(GlossaryEntry e) {
        return e.isNational() ? "index.html" : scopePages.get(e.scope()).substring("glossary/".length());
    }

    private static String scopeSlug(String scope) {
        return scope.startsWith("report:") ? "report-" + scope.substring("report:".length()) : Slugs.pinyin(scope);
    }

    private String scopeName(String scope) {
        if (!scope.startsWith("report:")) {
            return scope;
        }
        ReportRef r = reports.get(scope.substring("report:".length()));
        return r == null ? scope.substring("report:".length()) : r.title();
    }

    /** Told of each entry with its entry in the data export ({@link GlossaryJson#entry}). */
    @FunctionalInterface
    public interface EntryConsumer {
        void accept(GlossaryEntry entry, String data) throws IOException;
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

    private GlossaryIndexPage index(String place, List<Use> uses, List<GlossaryIndexPage.Place> places, String path) {
        List<GlossaryIndexPage.Letter> groups = new ArrayList<>();
        List<GlossaryIndexPage.Row> rows = null;
        String initial = null;
        for (Use u : uses) {
            GlossaryEntry e = u.entry();
            String i = Pinyin.initial(e);
            if (!i.equals(initial)) {
                initial = i;
                rows = new ArrayList<>();
                groups.add(new GlossaryIndexPage.Letter(i, "letter-" + (i.equals("#") ? "other" : i), rows));
            }
            rows.add(new GlossaryIndexPage.Row(e.slug(), e.term(), Pinyin.withToneMarks(e), e.definition(),
                    scopeLabel(e), e.isNational(), u.occurrences()));
        }
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "DefinedTermSet");
        ld.put("@id", host + path);
        ld.put("name", place == null ? "人大报告术语表" : place + "人大报告中的术语");
        List<Map<String, Object>> terms = new ArrayList<>();
        for (Use u : uses) {
            terms.add(definedTerm(u.entry(), false));
        }
        ld.put("hasDefinedTerm", terms);
        return new GlossaryIndexPage(place, uses.size(), groups, places, jsonLd(ld));
    }

    /** The entry page; a concordance of many reports continues on pages {@code SLUG/2.html}, {@code SLUG/3.html}. */
    private Use writeEntry(PageSink sink, GlossaryEntry e, Map<String, String> aliases, List<TermOccurrence> occ)
            throws IOException {
        List<TermPage.Group> groups = groups(occ);
        List<List<TermPage.Group>> pages = Pager.split(groups, g -> g.lines().size(), REPORTS_PER_PAGE,
                LINES_PER_PAGE);
        int count = pages.size();
        TermPage.Timeline timeline = timeline(e, occ);
        sink.page("glossary/" + e.slug() + ".html", "term.ftl", entry(e, aliases, occ, groups.size(), pages.get(0),
                Pager.of(1, count, n -> e.slug() + "/" + n + ".html"), timeline));
        for (int page = 2; page <= count; page++) {
            Pager pager = Pager.of(page, count, n -> n == 1 ? "../" + e.slug() + ".html" : n + ".html");
            sink.page("glossary/" + e.slug() + "/" + page + ".html", "term.ftl", new TermPage(e.slug(), e.term(),
                    null, null, e.definition(), null, listOf(e), null, List.of(), List.of(), List.of(), null, null,
                    occ.size(), groups.size(), pages.get(page - 1), pager, true, null, null));
        }
        return new Use(e, occ.size(), groups.size(), firstYear(occ));
    }

    /** The year of the oldest dated report that uses the entry (occurrences oldest first), or null. */
    private Integer firstYear(List<TermOccurrence> occ) {
        Integer first = null;
        for (TermOccurrence o : occ) {
            ReportRef r = reports.get(o.reportId());
            if (r != null && r.year() != null && (first == null || r.year() < first)) {
                first = r.year();
            }
        }
        return first;
    }

    /** The entry's use by year and its first report in each city. */
    private TermPage.Timeline timeline(GlossaryEntry e, List<TermOccurrence> occ) {
        TreeMap<Integer, Integer> byYear = new TreeMap<>();
        Map<String, TermPage.CityFirst> cities = new java.util.LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int undated = 0;
        for (TermOccurrence o : occ) {
            if (!seen.add(o.reportId())) {
                continue;
            }
            ReportRef r = reports.get(o.reportId());
            if (r == null) {
                continue;
            }
            if (r.year() == null) {
                undated++;
            } else {
                byYear.merge(r.year(), 1, Integer::sum);
            }
            if (r.city() != null && !cities.containsKey(r.city())) {
                cities.put(r.city(), new TermPage.CityFirst(r.city(), r.title(), r.url(), r.when()));
            }
        }
        if (byYear.isEmpty() && cities.isEmpty()) {
            return null;
        }
        String chart = YearChart.bars("timeline-" + e.slug(), "“" + e.term() + "”：各年用到它的报告", byYear, "篇报告");
        List<TermPage.CityFirst> shown = new ArrayList<>(cities.values());
        int more = Math.max(0, shown.size() - CITIES_SHOWN);
        return new TermPage.Timeline(chart, shown.subList(0, Math.min(CITIES_SHOWN, shown.size())), more, undated);
    }

    /** Occurrences grouped by report, in order; a report shows its first lines and counts the rest. */
    private List<TermPage.Group> groups(List<TermOccurrence> occ) {
        List<TermPage.Group> groups = new ArrayList<>();
        int i = 0;
        while (i < occ.size()) {
            String id = occ.get(i).reportId();
            List<TermPage.Line> lines = new ArrayList<>();
            int total = 0;
            for (; i < occ.size() && occ.get(i).reportId().equals(id); i++, total++) {
                TermOccurrence o = occ.get(i);
                if (lines.size() < LINES_PER_REPORT) {
                    lines.add(new TermPage.Line(o.paragraphId(), o.before(), o.surface(), o.after()));
                }
            }
            ReportRef r = reports.get(id);
            groups.add(new TermPage.Group(id, r == null ? id : r.title(), r == null ? "" : r.url(),
                    r == null ? "" : r.place(), r == null ? "" : r.when(), lines, total - lines.size()));
        }
        return groups;
    }

    private TermPage entry(GlossaryEntry e, Map<String, String> aliases, List<TermOccurrence> occ, int reportCount,
                           List<TermPage.Group> groups, Pager pager, TermPage.Timeline timeline) {
        List<TermPage.Alias> aliasList = new ArrayList<>();
        for (String a : e.aliases()) {
            aliasList.add(new TermPage.Alias(a, aliases.get(a)));
        }
        List<TermPage.Related> related = new ArrayList<>();
        for (String r : e.related()) {
            glossary.bySlug(r).ifPresent(x -> related.add(new TermPage.Related(x.slug(), x.term())));
        }
        List<TermPage.Definition> defs = definitions(e);
        String sourceUrl = null;
        if (e.source().report() != null) {
            ReportRef r = reports.get(e.source().report());
            sourceUrl = r == null ? null : r.url();
        }
        TermPage.Source source = new TermPage.Source(e.source().kind(), SOURCE_KINDS.getOrDefault(e.source().kind(),
                e.source().kind()), e.source().title(), e.source().date(), sourceUrl, e.source().footnote());
        ReportRef first = occ.isEmpty() ? null : reports.get(occ.get(0).reportId());
        TermPage.FirstUse firstUse = first == null ? null : new TermPage.FirstUse(first.title(), first.url(),
                first.when());
        Map<String, Object> ld = definedTerm(e, true);
        ld.put("@context", "https://schema.org");
        String explanation = e.explanation() == null ? null : markdown.apply(escapedExplanation(e.explanation()));
        return new TermPage(e.slug(), e.term(), Pinyin.withToneMarks(e), e.english(), e.definition(),
                scopeLabel(e), listOf(e), source, aliasList, related, defs, firstUse, explanation, occ.size(),
                reportCount, groups, pager, false, jsonLd(ld), timeline);
    }

    /**
     * The reports' own definitions of an entry, each wording once (in the order first given) with the reports
     * that give it: an entry defined alike by a thousand reports keeps a short page.
     */
    private List<TermPage.Definition> definitions(GlossaryEntry e) {
        Map<String, List<ReportDefinition>> byWording = new LinkedHashMap<>();
        for (ReportDefinition d : e.reportDefinitions()) {
            byWording.computeIfAbsent(d.term() + "\u0000" + d.definition(), k -> new ArrayList<>()).add(d);
        }
        List<TermPage.Definition> out = new ArrayList<>();
        for (List<ReportDefinition> same : byWording.values()) {
            if (out.size() == DEFINITIONS_SHOWN) {
                break;
            }
            List<TermPage.Definition.Source> sources = new ArrayList<>();
            for (ReportDefinition d : same.subList(0, Math.min(REPORTS_PER_DEFINITION, same.size()))) {
                ReportRef r = reports.get(d.reportId());
                sources.add(new TermPage.Definition.Source(d.reportTitle(), r == null ? "" : r.url(), d.label()));
            }
            out.add(new TermPage.Definition(same.get(0).term(), same.get(0).definition(), sources,
                    same.size() - sources.size()));
        }
        return out;
    }

    private static final Map<String, String> SOURCE_KINDS = Map.of("law", "法律", "document", "中央文件",
            "speech", "讲话", "report", "报告名词解释", "editors", "编者");

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
            t.put("inDefinedTermSet", host + (e.isNational() ? "glossary/index.html" : scopePages.get(e.scope())));
        }
        return t;
    }

    /** An explanation as Markdown: its text escaped, each line a paragraph. */
    static String escapedExplanation(String explanation) {
        return MarkdownEscaper.escape(explanation).replace("\n", "\n\n");
    }

    static String scopeLabel(GlossaryEntry e) {
        if (e.isNational()) {
            return "通用";
        }
        return e.scope().startsWith("report:") ? "仅见于一篇报告" : e.scope() + "的用法";
    }

    /** JSON-LD for a script element: "</" cannot close the element early. */
    private static String jsonLd(Map<String, Object> node) {
        try {
            return JSON.writeValueAsString(node).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
