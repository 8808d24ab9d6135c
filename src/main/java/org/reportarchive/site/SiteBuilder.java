package org.reportarchive.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;
import org.reportarchive.analysis.ReportAnalysis;
import org.reportarchive.analysis.notes.NoteFinder;
import org.reportarchive.glossary.AnnotationPolicy;
import org.reportarchive.glossary.Annotations;
import org.reportarchive.glossary.Annotator;
import org.reportarchive.glossary.Concordance;
import org.reportarchive.glossary.DefiningReport;
import org.reportarchive.glossary.Glossary;
import org.reportarchive.glossary.GlossaryJson;
import org.reportarchive.glossary.GlossaryLoader;
import org.reportarchive.glossary.GlossaryPages;
import org.reportarchive.model.ReportRef;
import org.reportarchive.glossary.TermCandidates;
import org.reportarchive.glossary.TermMatcher;
import org.reportarchive.markdown.JBakeHeader;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeProfile;
import org.reportarchive.places.PlacePages;
import org.reportarchive.themes.ThemeChart;
import org.reportarchive.themes.ThemeClassifier;
import org.reportarchive.themes.ThemeIndex;
import org.reportarchive.themes.ThemeLoader;
import org.reportarchive.themes.ThemePages;
import org.reportarchive.themes.ThemesJson;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.ReportIds;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.markdown.ReportMarkdown;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.places.Divisions;

/**
 * Builds the site in passes: ingest every seed (in parallel) and keep it on disk; assign ids; build the
 * glossary from the curated entries and the reports' own definitions; annotate every report and write its
 * Markdown (in parallel); write the glossary pages; bake with JBake; publish the Markdown and the JSON data;
 * check every page against its source. One bad seed is reported and left out; the others are published.
 */
public final class SiteBuilder {

    private final SiteLayout layout;
    private final BuildListener listener;
    private final ReportIngester ingester = ReportIngester.defaults();
    private final ReportMarkdown markdown = new ReportMarkdown();
    private final ReportIds ids = new ReportIds(Divisions.defaults());
    private final NoteFinder notes = NoteFinder.defaults();

    public SiteBuilder(SiteLayout layout, BuildListener listener) {
        this.layout = layout;
        this.listener = listener;
    }

    /** A report read in the first pass: its summary, its footnotes (for the glossary) and the time it took. */
    private record Ingested(ReportSummary summary, List<Footnote> footnotes, long millis) {
    }

    public BuildResult build(Path seeds, Path out) throws IOException {
        long start = System.nanoTime();
        Properties properties = properties();
        Path staging = out.resolveSibling(out.getFileName() + ".staging");
        SiteFiles.deleteTree(staging);
        Path content = staging.resolve("content");
        ReportStore store = new ReportStore(Files.createDirectories(staging.resolve("ingested")));
        SiteFiles.copyContent(layout.content(), content);
        Files.createDirectories(content.resolve("reports"));

        List<String> failures = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<GlossaryEntry> curated = List.of();
        List<Theme> themes = List.of();
        try {
            curated = GlossaryLoader.load(layout.content().resolve("glossary"));
        } catch (IngestException e) {
            errors.add(e.getMessage());
        }
        try {
            themes = ThemeLoader.load(layout.content().resolve("themes"));
        } catch (IngestException e) {
            errors.add(e.getMessage());
        }
        List<Ingested> ingested = ingestAll(seedFiles(seeds), store, failures);
        List<String> conflicts = new ArrayList<>();
        List<ReportSummary> reports = new ArrayList<>(ids.assign(ingested.stream().map(Ingested::summary).toList(),
                conflicts));
        for (String c : conflicts) {
            failures.add(c);
            listener.failed(c.substring(0, c.indexOf(':')), c);
        }
        Map<String, ReportSummary> bySource = new HashMap<>();
        reports.forEach(r -> bySource.put(r.source(), r));
        ingested.removeIf(t -> !bySource.containsKey(t.summary().source()));
        for (Ingested t : ingested) {
            listener.ingested(bySource.get(t.summary().source()), t.millis());
        }
        if (reports.isEmpty()) {
            errors.add("no report could be built from " + seeds);
            return new BuildResult(reports, failures, errors, elapsed(start));
        }
        reports.sort(Comparator.comparing((ReportSummary r) -> r.metadata().sortKey(r.source())).reversed());

        Glossary glossary = Glossary.build(curated, definingReports(ingested, bySource));
        TermMatcher.register(glossary.entries());
        Annotator annotator = new Annotator(glossary, AnnotationPolicy.parse(properties.getProperty("glossary.annotate")));
        Concordance concordance = new Concordance();
        TermCandidates candidates = new TermCandidates();
        ThemeClassifier.register(themes);
        ThemeClassifier classifier = new ThemeClassifier(themes);
        ThemeIndex themeIndex = new ThemeIndex();
        Map<String, Theme> themeBySlug = new LinkedHashMap<>();
        themes.forEach(t -> themeBySlug.put(t.slug(), t));
        PlacePages places = new PlacePages(Divisions.defaults(), reports,
                r -> Listings.report(r, themeIndex.profile(r.id()), themeBySlug));
        List<Parallel.Outcome<ReportSummary, Integer>> annotated = Parallel.map(reports, r -> {
            Report ingestedReport = store.get(r.source()).withId(r.id());
            ReportAnalysis analysis = ReportAnalysis.of(ingestedReport);
            Report report = notes.find(ingestedReport, analysis);
            Annotations terms = annotator.annotate(report, analysis);
            concordance.add(terms.occurrences());
            candidates.collect(report, terms);
            ThemeProfile profile = classifier.profile(report, analysis);
            themeIndex.add(report, profile);
            String md = markdown.write(report, terms,
                    label -> glossary.forFootnote(report.id(), label).orElse(null),
                    header -> describe(header, report, profile, themeBySlug, places));
            Files.writeString(content.resolve("reports").resolve(r.id() + ".md"), md, StandardCharsets.UTF_8);
            return report.notes().size();
        });
        for (int i = 0; i < annotated.size(); i++) {
            Parallel.Outcome<ReportSummary, Integer> o = annotated.get(i);
            if (o.failure() != null) {
                errors.add(o.item().source() + ": could not be written (" + o.failure() + ")");
            } else {
                reports.set(i, o.item().withNotes(o.result()));
            }
        }
        List<ReportRef> refs = reportRefs(reports);
        GlossaryPages pages = new GlossaryPages(glossary, concordance, refs,
                properties.getProperty("site.host", "https://example.org/"));
        pages.write(content.resolve("glossary"));
        Function<ReportSummary, Map<String, Object>> listing =
                r -> Listings.report(r, themeIndex.profile(r.id()), themeBySlug);
        places.write(content.resolve("places"));
        ThemePages themePages = new ThemePages(themes, themeIndex, reports, listing);
        themePages.write(content.resolve("themes"));
        BrowsePages browse = new BrowsePages(reports, listing);
        browse.writeYearsAndKinds(content);
        browse.writeHome(content, counts(reports, glossary, themes), themeSummary(themes, themeIndex, reports),
                placeSummary(reports, places));

        SiteFiles.clearOutput(out);
        for (Throwable t : Baker.bake(layout, content.toFile(), out.toFile())) {
            errors.add("rendering failed: " + firstLine(t.getMessage()));
        }
        for (ReportSummary r : reports) {
            Files.copy(content.resolve("reports").resolve(r.id() + ".md"), out.resolve(r.markdownUrl()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ReportsJson.write(reports, id -> themeIndex.profile(id).ordered(), out.resolve("data/reports.json"));
        GlossaryJson.write(pages, concordance, out.resolve("data/glossary.json"));
        ThemesJson.write(themes, themeIndex, reports, out.resolve("data/themes.json"));
        places.writeJson(out.resolve("data/cities.json"));
        new HostFiles(properties.getProperty("site.host", "https://example.org")).write(out, reports);
        errors.addAll(checkFidelity(seeds, out, reports));
        tellMaintainers(glossary, concordance, candidates);
        return new BuildResult(reports, failures, errors, elapsed(start));
    }

    /** What the report page shows beyond the report itself: its themes, its profile chart, its city's page. */
    private static void describe(JBakeHeader header, Report report, ThemeProfile profile, Map<String, Theme> themes,
                                 PlacePages places) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, Double> e : profile.shares().entrySet()) {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("slug", e.getKey());
            t.put("name", themes.get(e.getKey()).name());
            t.put("share", ThemeChart.percent(e.getValue()));
            list.add(t);
        }
        header.putJson("themes_json", list);
        header.put("theme_chart", ThemeChart.svg("chart-title", profile, themes));
        header.put("city_url", places.url(report.metadata().city()));
    }

    private static Map<String, Object> counts(List<ReportSummary> reports, Glossary glossary, List<Theme> themes) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("reports", reports.size());
        c.put("cities", reports.stream().map(r -> r.metadata().city()).filter(x -> x != null).distinct().count());
        c.put("provinces", reports.stream().map(r -> r.metadata().province()).filter(x -> x != null).distinct().count());
        c.put("themes", themes.size());
        c.put("terms", glossary.entries().size());
        c.put("years", reports.stream().map(r -> r.metadata().year()).filter(x -> x != null).distinct().count());
        return c;
    }

    private static List<Map<String, Object>> themeSummary(List<Theme> themes, ThemeIndex index,
                                                          List<ReportSummary> reports) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Theme t : themes) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("slug", t.slug());
            m.put("name", t.name());
            m.put("reports", index.passages(t.slug()).size());
            m.put("passages", index.passages(t.slug()).values().stream().mapToInt(List::size).sum());
            out.add(m);
        }
        return out;
    }

    private static List<Map<String, Object>> placeSummary(List<ReportSummary> reports, PlacePages places) {
        Map<String, Integer> count = new LinkedHashMap<>();
        for (ReportSummary r : reports) {
            if (r.metadata().city() != null) {
                count.merge(r.metadata().city(), 1, Integer::sum);
            }
        }
        List<Map<String, Object>> out = new ArrayList<>();
        count.forEach((city, n) -> out.add(Map.of("name", city, "url", places.url(city), "count", n)));
        return out;
    }

    private Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(layout.properties())) {
            p.load(in);
        }
        return p;
    }

    private static List<DefiningReport> definingReports(List<Ingested> ingested, Map<String, ReportSummary> bySource) {
        List<DefiningReport> out = new ArrayList<>();
        for (Ingested i : ingested) {
            if (!i.footnotes().isEmpty()) {
                ReportSummary r = bySource.get(i.summary().source());
                ReportMetadata m = r.metadata();
                out.add(new DefiningReport(r.id(), m.title(), m.city(), m.sortKey(r.source()), i.footnotes()));
            }
        }
        return out;
    }

    /** The reports as glossary pages show them, oldest first. */
    private static List<ReportRef> reportRefs(List<ReportSummary> newestFirst) {
        List<ReportRef> out = new ArrayList<>();
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            ReportSummary r = newestFirst.get(i);
            ReportMetadata m = r.metadata();
            out.add(new ReportRef(r.id(), m.title() == null ? r.source() : m.title(), Listings.place(m),
                    Listings.when(m), r.url()));
        }
        return out;
    }

    private void tellMaintainers(Glossary glossary, Concordance concordance, TermCandidates candidates) {
        for (GlossaryEntry e : glossary.entries()) {
            if (!concordance.isUsed(e.slug())) {
                listener.warning("glossary entry " + e.slug() + " (" + e.term() + ") matches nothing in any report");
            }
        }
        List<TermCandidates.Candidate> list = candidates.candidates(2);
        if (!list.isEmpty()) {
            StringBuilder sb = new StringBuilder("glossary candidates (quoted in two or more reports, no entry yet): ");
            for (int i = 0; i < list.size(); i++) {
                sb.append(i == 0 ? "" : "、").append(list.get(i).expression()).append('(').append(list.get(i).reports())
                        .append(')');
            }
            listener.warning(sb.toString());
        }
        Map<String, List<String>> localByScope = new java.util.TreeMap<>();
        for (GlossaryEntry e : glossary.entries()) {
            if (!e.isNational()) {
                localByScope.computeIfAbsent(e.scope(), k -> new ArrayList<>()).add(e.term());
            }
        }
        localByScope.forEach((scope, terms) -> listener.warning("glossary: " + terms.size() + " terms are defined"
                + " only by reports of " + scope + " and used as its local usage: " + String.join("、", terms)
                + "; add a curated entry for any that other places use too"));
    }

    private static List<Path> seedFiles(Path seeds) throws IOException {
        if (!Files.isDirectory(seeds)) {
            throw new IOException(seeds + " is not a folder; pass the folder that holds the .txt reports");
        }
        try (Stream<Path> files = Files.list(seeds)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
    }

    private List<Ingested> ingestAll(List<Path> seeds, ReportStore store, List<String> failures) throws IOException {
        List<Ingested> out = new ArrayList<>();
        for (Parallel.Outcome<Path, Ingested> o : Parallel.map(seeds, seed -> {
            long t0 = System.nanoTime();
            Report report = ingester.ingest(seed);
            store.put(report);
            boolean fixed = !report.id().equals(ReportIngester.provisionalId(report.source()));
            return new Ingested(ReportSummary.of(report, fixed), report.footnotes(), (System.nanoTime() - t0) / 1_000_000);
        })) {
            if (o.failure() == null) {
                out.add(o.result());
                continue;
            }
            String message = o.failure() instanceof IngestException ie ? ie.getMessage()
                    : o.item().getFileName() + ": could not be read (" + o.failure() + ")";
            failures.add(message);
            listener.failed(o.item().getFileName().toString(), message);
        }
        return out;
    }

    private List<String> checkFidelity(Path seeds, Path out, List<ReportSummary> reports) {
        return reports.parallelStream().map(r -> {
            try {
                Optional<String> missing = FidelityCheck.check(seeds.resolve(r.source()), r.removals(),
                        out.resolve(r.url()));
                return missing.map(m -> r.source() + ": page " + r.url() + " lacks source text at " + m).orElse(null);
            } catch (IOException | IngestException | RuntimeException e) {
                return r.source() + ": fidelity check could not run (" + e.getMessage() + ")";
            }
        }).filter(m -> m != null).sorted().toList();
    }

    private static String firstLine(String s) {
        return s == null ? "unknown error" : s.lines().findFirst().orElse(s);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
