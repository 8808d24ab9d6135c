package org.reportarchive.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportarchive.analysis.ReportAnalysis;
import org.reportarchive.analysis.notes.NoteFinder;
import org.reportarchive.figures.FigureExtractor;
import org.reportarchive.glossary.Annotations;
import org.reportarchive.glossary.Annotator;
import org.reportarchive.glossary.Glossary;
import org.reportarchive.glossary.TermCandidates;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.markdown.ReportMarkdown;
import org.reportarchive.model.Block;
import org.reportarchive.model.EditorialNote;
import org.reportarchive.model.Figure;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.TermLink;
import org.reportarchive.model.TermOccurrence;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;
import org.reportarchive.model.ThemeProfile;
import org.reportarchive.model.ThemeShare;
import org.reportarchive.places.PlacePages;
import org.reportarchive.search.SearchDoc;
import org.reportarchive.search.SearchDocStore;
import org.reportarchive.search.SearchUnit;
import org.reportarchive.themes.ThemeClassifier;

/**
 * The second stage, one report at a time: analyse the report (segment every block once; notes, glossary terms
 * and themes from that analysis), render its page and its annotated Markdown, check the page against the
 * source, and hand the indexes what they need of it. The analysis is kept in the cache under the fingerprint of
 * the report and of the glossary's and themes' words; the page is made again only when something it shows has
 * changed.
 */
final class ReportStage {

    /**
     * What the analysis of a report yields, kept in the cache: everything its page and the indexes need beyond
     * the ingested report.
     *
     * @param quoted quoted expressions the glossary does not explain (for maintainers)
     */
    record AnalysisRecord(List<EditorialNote> notes, List<TermLink> links, List<TermOccurrence> occurrences,
                          List<ThemeShare> themes, List<ThemePassage> passages, List<String> quoted,
                          List<Figure> figures) {
    }

    /** A processed report: its card for the indexes and what its page check found. */
    record Result(ReportCard card, List<String> problems, List<String> quoted, String analysisKey, long millis) {
    }

    /** What every report is processed with. */
    record Tools(Glossary glossary, Annotator annotator, ThemeClassifier classifier, Map<String, Theme> themes,
                 NoteFinder notes, PlacePages places, ReportMarkdown markdown, ArchiveMarkdownEngine html) {
    }

    private final Tools tools;
    private final IngestStage ingest;
    private final BuildCache cache;
    private final SiteWriter writer;
    private final SiteOutput output;
    private final Path seeds;
    private final String analysisBase;
    private final String renderBase;
    private final Spill<TermOccurrence> occurrences;
    private final Spill<ThemePassage> passages;
    private final SearchDocStore search;

    /**
     * @param analysisBase the fingerprint of what every analysis depends on (the program, the glossary's and
     *                     themes' words, the annotation policy)
     * @param renderBase   the fingerprint of what every page depends on (templates, settings)
     */
    ReportStage(Tools tools, IngestStage ingest, BuildCache cache, SiteWriter writer, SiteOutput output, Path seeds,
                String analysisBase, String renderBase, Spill<TermOccurrence> occurrences,
                Spill<ThemePassage> passages, SearchDocStore search) {
        this.tools = tools;
        this.ingest = ingest;
        this.cache = cache;
        this.writer = writer;
        this.output = output;
        this.seeds = seeds;
        this.analysisBase = analysisBase;
        this.renderBase = renderBase;
        this.occurrences = occurrences;
        this.passages = passages;
        this.search = search;
    }

    /**
     * What the archive needs of a report's analysis when nothing has to be made again: its number of notes, the
     * entries it links to, its themes and its quoted expressions. Kept beside the analysis, and small, so that a
     * build in which nothing changed reads little.
     */
    record Digest(int notes, List<String> linked, List<ThemeShare> themes, List<String> quoted, List<Figure> figures) {
    }

    /** The fingerprint of a report's analysis: the program, the glossary's and themes' words, the report. */
    static String analysisKey(String analysisBase, IngestStage.Ingested in) {
        return new Fingerprint("analysis").add(analysisBase).add(in.key()).add(in.summary().id()).hex();
    }

    /** A report with its analysis, as the stage holds them while it works on the report. */
    private static final class Work {
        Report report;
        AnalysisRecord record;
        byte[] search;
        /** The report's occurrences and passages as the spill takes them ({@link Spill#encode}). */
        byte[] occurrences;
        byte[] passages;
    }

    /**
     * @param rank  the report's position, newest first
     * @param spill whether the indexes will be made again (they then need the report's occurrences and passages)
     */
    Result process(IngestStage.Ingested in, int rank, boolean spill) throws IOException {
        long t0 = System.nanoTime();
        String id = in.summary().id();
        String analysisKey = analysisKey(analysisBase, in);
        Work work = new Work();
        Digest digest = cache.persistent() ? cache.read("digest", analysisKey, Digest.class).orElse(null) : null;
        if (digest != null && !(cache.contains("analysis", analysisKey) && cache.contains("search", analysisKey))) {
            digest = null; // the analysis itself is gone: made again
        }
        if (digest == null) {
            analyse(in, analysisKey, work);
            digest = digest(work.record);
            if (cache.persistent()) {
                cache.write("digest", analysisKey, digest);
            }
        }
        ReportSummary summary = in.summary().withNotes(digest.notes());
        String placeUrl = tools.places().url(summary.metadata().place());
        List<GlossaryEntry> linked = new ArrayList<>();
        digest.linked().forEach(slug -> tools.glossary().bySlug(slug).ifPresent(linked::add));
        String renderKey = renderKey(analysisKey, placeUrl, linked, in.footnotes(), id);
        List<String> problems;
        if (writer.keep(summary.url(), renderKey) && writer.keep(summary.markdownUrl(), renderKey)) {
            problems = writer.problems(summary.url());
        } else {
            record(in, analysisKey, work);
            if (work.report == null) {
                work.report = ingest.report(in).withNotes(work.record.notes());
            }
            problems = render(work.report, work.record, placeUrl, linked, renderKey);
        }
        if (spill) {
            if (work.record == null) {
                // a report read from the cache hands over its occurrences and passages as they were spilled
                work.occurrences = cache.readBytes("occurrences", analysisKey).orElse(null);
                work.passages = work.occurrences == null ? null : cache.readBytes("passages", analysisKey).orElse(null);
            }
            if (work.passages == null) {
                record(in, analysisKey, work);
                if (work.passages == null) { // the analysis was read from the cache, not made now
                    work.occurrences = occurrences.encode(bySlug(work.record.occurrences()));
                    work.passages = passages.encode(byTheme(work.record.passages()));
                }
            }
            occurrences.addEncoded(rank, work.occurrences);
            passages.addEncoded(rank, work.passages);
            Path kept = work.search == null ? cache.bytesFile("search", analysisKey).orElse(null) : null;
            if (kept != null) {
                search.addFile(rank, kept); // read from the cache where it is when the index is merged
            } else {
                if (work.search == null) {
                    analyse(in, analysisKey, work);
                }
                search.addEncoded(rank, work.search);
            }
        }
        // read or not this time, the next build that makes the indexes again will want them
        cache.retain("occurrences", analysisKey);
        cache.retain("passages", analysisKey);
        return new Result(new ReportCard(summary, digest.themes(), digest.figures()), problems, digest.quoted(), analysisKey,
                (System.nanoTime() - t0) / 1_000_000);
    }

    /** The report's analysis record: from the work, or the cache, or made now. */
    private void record(IngestStage.Ingested in, String analysisKey, Work work) throws IOException {
        if (work.record == null) {
            work.record = cache.read("analysis", analysisKey, AnalysisRecord.class).orElse(null);
        }
        if (work.record == null) {
            analyse(in, analysisKey, work);
        }
    }

    /** Segments the report once and reads notes, glossary terms and themes from that one analysis. */
    private void analyse(IngestStage.Ingested in, String analysisKey, Work work) throws IOException {
        Report report = ingest.report(in);
        ReportAnalysis analysis = ReportAnalysis.of(report);
        report = tools.notes().find(report, analysis);
        Annotations terms = tools.annotator().annotate(report, analysis);
        ThemeProfile profile = tools.classifier().profile(report, analysis);
        work.report = report;
        work.record = new AnalysisRecord(report.notes(), terms.toLinks(report.paragraphs()), terms.occurrences(),
                ThemeClassifier.shares(profile), ThemeClassifier.passages(report, profile),
                TermCandidates.quoted(report, terms), FigureExtractor.extract(report, analysis));
        work.search = SearchDocStore.encode(searchDoc(report, analysis));
        // encoded once, for the spill and the cache alike
        work.occurrences = occurrences.encode(bySlug(work.record.occurrences()));
        work.passages = passages.encode(byTheme(work.record.passages()));
        if (cache.persistent()) {
            cache.write("analysis", analysisKey, work.record);
            cache.writeBytes("search", analysisKey, work.search); // as it is: the index reads it without decoding
            cache.writeBytes("occurrences", analysisKey, work.occurrences);
            cache.writeBytes("passages", analysisKey, work.passages);
        }
    }

    /**
     * The report's part of the search index: its title, headings, paragraphs and footnotes as the page shows
     * them, with the words HanLP found in them.
     */
    static SearchDoc searchDoc(Report report, ReportAnalysis analysis) {
        List<SearchUnit> units = new ArrayList<>();
        List<BitSet> words = new ArrayList<>();
        units.add(new SearchUnit("report-title", SearchUnit.HEADING,
                report.displayTitle()));
        words.add(null);
        for (Block b : report.body()) {
            units.add(new SearchUnit(b.id(), b instanceof Heading ? SearchUnit.HEADING : SearchUnit.BODY, b.text()));
            words.add(analysis.of(b.id()).wordStarts());
        }
        for (Footnote f : report.footnotes()) {
            units.add(new SearchUnit(f.id(), SearchUnit.BODY, f.text()));
            words.add(analysis.of(f.id()).wordStarts());
        }
        return SearchDoc.of(units, words);
    }

    private static Digest digest(AnalysisRecord rec) {
        Set<String> slugs = new LinkedHashSet<>();
        rec.links().forEach(l -> slugs.add(l.slug()));
        return new Digest(rec.notes().size(), new ArrayList<>(slugs), rec.themes(), rec.quoted(), rec.figures());
    }

    private List<String> render(Report report, AnalysisRecord rec, String placeUrl, List<GlossaryEntry> linked,
                                String renderKey) throws IOException {
        Annotations terms = Annotations.of(rec.links(), rec.occurrences(), tools.glossary());
        List<String> themes = rec.themes().stream().map(ThemeShare::slug).toList();
        ReportMarkdown.AnnotatedMarkdown md = tools.markdown().write(report, terms,
                label -> tools.glossary().forFootnote(report.id(), label).orElse(null),
                header -> header.put("themes", String.join(",", themes)));
        String body = tools.html().render(md.body());
        ReportPage model = ReportPages.page(report, rec.themes(), tools.themes(), placeUrl, linked, body,
                rec.figures());
        String path = "reports/" + report.id() + ".html";
        String html = output.render(path, "report.ftl", model);
        List<String> problems = new ArrayList<>();
        try {
            FidelityCheck.check(seeds.resolve(report.source()), report.removals(), html).ifPresent(missing ->
                    problems.add(report.source() + ": page " + path + " lacks source text at " + missing));
        } catch (IngestException | RuntimeException e) {
            problems.add(report.source() + ": fidelity check could not run (" + e.getMessage() + ")");
        }
        String stage = "report:" + report.id();
        writer.write(path, html.getBytes(StandardCharsets.UTF_8), new SiteWriter.Meta(renderKey, stage, "report.ftl",
                problems));
        writer.write("reports/" + report.id() + ".md", md.text().getBytes(StandardCharsets.UTF_8),
                new SiteWriter.Meta(renderKey, stage, null, List.of()));
        return problems;
    }

    /** Everything the report's page shows beyond its analysis: the entries it links to and its place's page. */
    private String renderKey(String analysisKey, String placeUrl, List<GlossaryEntry> linked, List<Footnote> footnotes,
                             String id) {
        Fingerprint f = new Fingerprint("render").add(renderBase).add(analysisKey).add(placeUrl);
        for (GlossaryEntry e : linked) {
            f.add(e.slug()).add(e.term()).add(e.definition());
        }
        for (Footnote fn : footnotes) {
            f.add(fn.label()).add(tools.glossary().forFootnote(id, fn.label()).map(GlossaryEntry::slug).orElse(null));
        }
        return f.hex();
    }

    private static Map<String, List<TermOccurrence>> bySlug(List<TermOccurrence> all) {
        Map<String, List<TermOccurrence>> out = new LinkedHashMap<>();
        all.forEach(o -> out.computeIfAbsent(o.slug(), k -> new ArrayList<>()).add(o));
        return out;
    }

    private static Map<String, List<ThemePassage>> byTheme(List<ThemePassage> all) {
        Map<String, List<ThemePassage>> out = new LinkedHashMap<>();
        all.forEach(p -> out.computeIfAbsent(p.theme(), k -> new ArrayList<>()).add(p));
        return out;
    }
}
