package org.reportarchive.site;

import org.reportarchive.concurrent.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.Properties;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.reportarchive.analysis.notes.NoteFinder;
import org.reportarchive.glossary.AnnotationPolicy;
import org.reportarchive.glossary.Annotator;
import org.reportarchive.glossary.DefiningReport;
import org.reportarchive.glossary.Glossary;
import org.reportarchive.glossary.GlossarySearch;
import org.reportarchive.glossary.GlossaryLoader;
import org.reportarchive.glossary.TermCandidates;
import org.reportarchive.glossary.TermMatcher;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.ReportIds;
import org.reportarchive.markdown.ReportMarkdown;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.TermOccurrence;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;
import org.reportarchive.places.Divisions;
import org.reportarchive.places.PlacePages;
import org.reportarchive.search.IndexState;
import org.reportarchive.search.SearchDocStore;
import org.reportarchive.themes.ThemeClassifier;
import org.reportarchive.themes.ThemeLoader;

/**
 * Builds the site the way JBake's Oven bakes one, from stages that each hand the next a typed result: the
 * ingest stage reads every seed into a report (in parallel); the glossary is put together from the curated
 * entries and the reports' own definitions, and its words and the themes' join HanLP's dictionary; the report
 * stage analyses each report once, renders its page and hands on its card (in parallel); the index stage makes
 * the pages that gather the archive. Pages are rendered by JBake's template engine from the models the build
 * holds. With a cache, what has not changed since the last build is neither computed nor written again, and the
 * output is the same as a build from scratch. One bad seed is reported and left out; the others are published.
 */
public final class SiteBuilder {

    static {
        Engines.register("md", new ArchiveMarkdownEngine());
    }

    private final SiteLayout layout;
    private final BuildListener listener;
    private final BuildOptions options;
    private final ReportIds ids = new ReportIds(Divisions.defaults());

    public SiteBuilder(SiteLayout layout, BuildListener listener) {
        this(layout, listener, BuildOptions.defaults());
    }

    public SiteBuilder(SiteLayout layout, BuildListener listener, BuildOptions options) {
        this.layout = layout;
        this.listener = listener;
        this.options = options;
    }

    public BuildResult build(Path seeds, Path out) throws IOException {
        long start = System.nanoTime();
        Properties properties = properties();
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
        AnnotationPolicy policy;
        try {
            policy = AnnotationPolicy.parse(properties.getProperty("glossary.annotate"));
        } catch (IllegalArgumentException e) {
            errors.add(layout.properties() + ": " + e.getMessage());
            return new BuildResult(List.of(), failures, errors, elapsed(start));
        }
        List<BuildResult.Phase> phases = new ArrayList<>();
        try (BuildCache cache = BuildCache.open(options.cache(), out)) {
            // ingest
            long t0 = System.nanoTime();
            IngestStage ingest = new IngestStage(cache, options.jobs());
            List<IngestStage.Ingested> ingested = new ArrayList<>();
            for (IngestStage.Outcome o : ingest.ingest(ingest.seeds(seeds))) {
                if (o.failure() != null) {
                    failures.add(o.failure());
                    listener.failed(o.seed().name(), o.failure());
                } else {
                    ingested.add(o.ingested());
                }
            }
            List<IngestStage.Ingested> reports = assignIds(ingested, failures);
            if (reports.isEmpty()) {
                errors.add("no report could be built from " + seeds);
                return new BuildResult(List.of(), failures, errors, elapsed(start));
            }

            phases.add(new BuildResult.Phase("read", elapsed(t0), reports.size() + " reports"));

            // the glossary and the dictionary
            long t1 = System.nanoTime();
            Glossary glossary = Glossary.build(curated, definingReports(reports));
            TermMatcher.register(glossary.entries());
            ThemeClassifier.register(themes);
            Map<String, Theme> themeBySlug = new LinkedHashMap<>();
            themes.forEach(t -> themeBySlug.put(t.slug(), t));
            PlacePages places = new PlacePages(Divisions.defaults(),
                    reports.stream().map(r -> r.summary().metadata().place()).toList());

            // reports
            Manifest previous = previousManifest(cache, out);
            SiteWriter writer = new SiteWriter(out, previous, cache.persistent());
            DefaultJBakeConfiguration jbake = jbakeConfiguration(out);
            PageRenderer renderer = new PageRenderer(jbake);
            ArchiveMarkdownEngine html = new ArchiveMarkdownEngine();
            String site = new Fingerprint("site").add(cache.program()).addTree(layout.templates())
                    .addTree(layout.properties()).hex();
            String analysisBase = new Fingerprint("analysis-base").add(cache.program())
                    .add(Fingerprints.words(glossary, themes)).add(policy.name()).hex();
            List<ReportCard> cards = new ArrayList<>();
            TermCandidates candidates = new TermCandidates();
            String glossaryAndThemes = new Fingerprint("glossary-and-themes").add(Fingerprints.glossary(glossary))
                    .add(Fingerprints.themes(themes)).hex();
            Fingerprint indexInputs = new Fingerprint("index").add(site).add(glossaryAndThemes).addTree(layout.content()).addTree(layout.assets())
                    .add(options.projectDocs());
            for (IngestStage.Ingested r : reports) {
                indexInputs.add(ReportStage.analysisKey(analysisBase, r));
            }
            String key = indexInputs.hex();
            boolean indexesUnchanged = key.equals(previous.indexKey()) && writer.stageIntact("index");
            try (Spill<TermOccurrence> occurrences = new Spill<>(cache.scratch("occurrences"), Spill.OCCURRENCES);
                 Spill<ThemePassage> passages = new Spill<>(cache.scratch("passages"), Spill.PASSAGES);
                 SearchDocStore search = new SearchDocStore(cache.scratch("search").resolve("docs.bin"))) {
                ReportStage stage = new ReportStage(new ReportStage.Tools(glossary, new Annotator(glossary, policy),
                        new ThemeClassifier(themes), themeBySlug, NoteFinder.defaults(), places, new ReportMarkdown(),
                        html), ingest, cache, writer, new SiteOutput(renderer, writer, "report", site), seeds,
                        analysisBase, new Fingerprint("render-base").add(site).add(Fingerprints.themes(themes)).hex(),
                        occurrences, passages, search);
                // the glossary's part of the search index depends on nothing the reports make: made beside them
                CompletableFuture<List<GlossarySearch.Doc>> glossarySearch = indexesUnchanged ? null
                        : CompletableFuture.supplyAsync(() -> GlossarySearch.docs(glossary, html::render));
                List<Integer> order = java.util.stream.IntStream.range(0, reports.size()).boxed().toList();
                List<Integer> ranks = new ArrayList<>();
                List<String> analysisKeys = new ArrayList<>();
                List<Parallel.Outcome<Integer, ReportStage.Result>> results = Parallel.map(order, options.jobs(),
                        rank -> stage.process(reports.get(rank), rank, !indexesUnchanged));
                for (Parallel.Outcome<Integer, ReportStage.Result> o : results) {
                    if (o.failure() != null) {
                        errors.add(reports.get(o.item()).summary().source() + ": could not be published ("
                                + message(o.failure()) + ")");
                        key = null; // the indexes miss a report: they are made again next time
                        continue;
                    }
                    ReportStage.Result r = o.result();
                    cards.add(r.card());
                    ranks.add(o.item());
                    analysisKeys.add(r.analysisKey());
                    errors.addAll(r.problems());
                    candidates.add(r.quoted());
                    listener.ingested(r.card().summary(), r.millis());
                }
                phases.add(new BuildResult.Phase("reports", elapsed(t1), writer.unchanged() + " unchanged files"));

                // indexes
                long t2 = System.nanoTime();
                int before = writer.unchanged();
                List<String> messages;
                BuildResult.Phase searchPhase = null;
                SearchHistory history = null;
                IndexState searchState = null;
                if (indexesUnchanged) {
                    writer.keepStage("index");
                    IndexStage.MEMOS.forEach(cache::retainKind); // as the last build that made the indexes left it
                    messages = previous.messages();
                } else {
                    history = SearchHistory.take(cache);
                    String host = properties.getProperty("site.host", "https://example.org");
                    // with a cache, the parts of the indexes (an entry, a theme) whose inputs did not change are kept
                    IndexMemo.Store memos = cache.persistent() ? new IndexMemo.Store(cache, writer,
                            new Fingerprint("index-pages").add(site).add(glossaryAndThemes).add(host).hex()) : null;
                    IndexStage.Inputs inputs = new IndexStage.Inputs(cards, glossary, themes, places, occurrences,
                            passages, search, ranks, analysisKeys, glossarySearch, history, candidates,
                            host,
                            new ContentPages(jbake, layout.content(), options.projectDocs()), layout.assets(),
                            memos);
                    try {
                        IndexStage.Made made = IndexStage.run(inputs, new SiteOutput(renderer, writer, "index", site),
                                writer, html::render, options.jobs());
                        messages = made.messages();
                        searchPhase = new BuildResult.Phase("search index", made.searchMillis(),
                                made.search().describe());
                        searchState = made.search().state();
                    } catch (IOException | RuntimeException e) {
                        errors.add("the index pages could not be made: " + message(e));
                        messages = List.of();
                        key = null;
                    }
                }
                messages.forEach(listener::warning);
                phases.add(new BuildResult.Phase("indexes", elapsed(t2), indexesUnchanged ? "unchanged"
                        : (writer.unchanged() - before) + " unchanged files"));
                if (searchPhase != null) {
                    phases.add(searchPhase);
                }
                Manifest manifest = writer.finish(key, messages);
                if (cache.persistent()) {
                    BuildCache.JSON.writeValue(cache.fixedFile("manifest.json").toFile(), manifest);
                    if (history != null) {
                        history.save(searchState); // after the manifest it goes with
                    }
                }
            }
            return new BuildResult(cards.stream().map(ReportCard::summary).toList(), failures, errors,
                    elapsed(start), phases);
        }
    }

    /** The reports with their final ids, newest first; reports whose sidecars claim a taken id are left out. */
    private List<IngestStage.Ingested> assignIds(List<IngestStage.Ingested> ingested, List<String> failures) {
        List<String> conflicts = new ArrayList<>();
        List<ReportSummary> assigned = ids.assign(ingested.stream().map(IngestStage.Ingested::summary).toList(),
                conflicts);
        for (String c : conflicts) {
            failures.add(c);
            listener.failed(c.substring(0, c.indexOf(':')), c);
        }
        Map<String, IngestStage.Ingested> bySource = new LinkedHashMap<>();
        ingested.forEach(i -> bySource.put(i.summary().source(), i));
        List<IngestStage.Ingested> out = new ArrayList<>();
        for (ReportSummary s : assigned) {
            out.add(bySource.get(s.source()).withSummary(s));
        }
        out.sort(Comparator.comparing((IngestStage.Ingested r) -> r.summary().metadata().sortKey(r.summary().source()))
                .reversed());
        return out;
    }

    private Manifest previousManifest(BuildCache cache, Path out) {
        Path file = cache.fixedFile("manifest.json");
        if (!cache.persistent() || !Files.isRegularFile(file)) {
            return Manifest.empty(out.toString());
        }
        try {
            Manifest m = BuildCache.JSON.readValue(file.toFile(), Manifest.class);
            return m.out().equals(out.toString()) && Files.isDirectory(out) ? m : Manifest.empty(out.toString());
        } catch (IOException e) {
            return Manifest.empty(out.toString());
        }
    }

    private DefaultJBakeConfiguration jbakeConfiguration(Path out) {
        DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                layout.root().toFile(), out.toFile(), layout.properties().toFile(), false);
        cfg.setContentFolder(layout.content().toFile());
        cfg.setTemplateFolder(layout.templates().toFile());
        cfg.setAssetFolder(layout.assets().toFile());
        cfg.setDestinationFolder(out.toFile());
        return cfg;
    }

    private Properties properties() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(layout.properties())) {
            p.load(in);
        }
        return p;
    }

    private static List<DefiningReport> definingReports(List<IngestStage.Ingested> reports) {
        List<DefiningReport> out = new ArrayList<>();
        for (IngestStage.Ingested i : reports) {
            if (!i.footnotes().isEmpty()) {
                ReportSummary r = i.summary();
                ReportMetadata m = r.metadata();
                out.add(new DefiningReport(r.id(), m.title(), m.city(), m.sortKey(r.source()), i.footnotes()));
            }
        }
        return out;
    }

    private static String message(Throwable t) {
        String m = t.getMessage() == null ? t.toString() : t.getMessage();
        return m.lines().findFirst().orElse(m);
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
