package org.reportarchive.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.ReportIds;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.markdown.ReportMarkdown;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.places.Divisions;

/**
 * Builds the site: ingests every seed (in parallel), writes each report's annotated Markdown into a staging
 * folder, assigns ids, bakes with JBake, publishes the Markdown and {@code data/reports.json}, and checks
 * every page against its source. One bad seed is reported and left out; the others are published.
 */
public final class SiteBuilder {

    private final SiteLayout layout;
    private final BuildListener listener;
    private final ReportIngester ingester = ReportIngester.defaults();
    private final ReportMarkdown markdown = new ReportMarkdown();
    private final ReportIds ids = new ReportIds(Divisions.defaults());

    public SiteBuilder(SiteLayout layout, BuildListener listener) {
        this.layout = layout;
        this.listener = listener;
    }

    public BuildResult build(Path seeds, Path out) throws IOException {
        long start = System.nanoTime();
        Path staging = out.resolveSibling(out.getFileName() + ".staging");
        SiteFiles.deleteTree(staging);
        Path content = staging.resolve("content");
        Path pending = staging.resolve("pending");
        Files.createDirectories(pending);
        SiteFiles.copyTree(layout.content(), content);
        Files.createDirectories(content.resolve("reports"));

        List<String> failures = new ArrayList<>();
        List<Timed> ingested = ingestAll(seedFiles(seeds), pending, failures);
        List<ReportSummary> reports = new ArrayList<>();
        try {
            reports.addAll(ids.assign(ingested.stream().map(Timed::summary).toList()));
        } catch (IllegalArgumentException e) {
            failures.add(e.getMessage());
            listener.failed("", e.getMessage());
            return new BuildResult(List.of(), failures, List.of(), elapsed(start));
        }
        Map<String, ReportSummary> bySource = new HashMap<>();
        reports.forEach(r -> bySource.put(r.source(), r));
        for (Timed t : ingested) {
            listener.ingested(bySource.get(t.summary().source()), t.millis());
        }
        reports.sort(Comparator.comparing((ReportSummary r) -> r.metadata().sortKey(r.source())).reversed());
        for (ReportSummary r : reports) {
            Files.move(pending.resolve(r.source() + ".md"), content.resolve("reports").resolve(r.id() + ".md"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> errors = new ArrayList<>();
        if (reports.isEmpty()) {
            errors.add("no report could be built from " + seeds);
            return new BuildResult(reports, failures, errors, elapsed(start));
        }
        SiteFiles.clearOutput(out);
        for (Throwable t : Baker.bake(layout, content.toFile(), out.toFile())) {
            errors.add("rendering failed: " + firstLine(t.getMessage()));
        }
        for (ReportSummary r : reports) {
            Files.copy(content.resolve("reports").resolve(r.id() + ".md"), out.resolve(r.markdownUrl()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        ReportsJson.write(reports, out.resolve("data/reports.json"));
        errors.addAll(checkFidelity(seeds, out, reports));
        return new BuildResult(reports, failures, errors, elapsed(start));
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

    private List<Timed> ingestAll(List<Path> seeds, Path pending, List<String> failures) throws IOException {
        int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), seeds.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Timed>> futures = new ArrayList<>();
            for (Path seed : seeds) {
                futures.add(pool.submit(() -> ingestOne(seed, pending)));
            }
            List<Timed> out = new ArrayList<>();
            for (int i = 0; i < seeds.size(); i++) {
                try {
                    out.add(futures.get(i).get());
                } catch (ExecutionException e) {
                    String message = e.getCause() instanceof IngestException ie ? ie.getMessage()
                            : seeds.get(i).getFileName() + ": could not be read (" + e.getCause() + ")";
                    failures.add(message);
                    listener.failed(seeds.get(i).getFileName().toString(), message);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A report's summary and how long it took to ingest and write. */
    private record Timed(ReportSummary summary, long millis) {
    }

    private Timed ingestOne(Path seed, Path pending) throws IngestException, IOException {
        long t0 = System.nanoTime();
        Report report = ingester.ingest(seed);
        boolean fixed = !report.id().equals(ReportIngester.provisionalId(report.source()));
        Files.writeString(pending.resolve(report.source() + ".md"), markdown.write(report), StandardCharsets.UTF_8);
        return new Timed(ReportSummary.of(report, fixed), (System.nanoTime() - t0) / 1_000_000);
    }

    private List<String> checkFidelity(Path seeds, Path out, List<ReportSummary> reports) {
        return reports.parallelStream().map(r -> {
            try {
                Optional<String> missing = FidelityCheck.check(seeds.resolve(r.source()), r.removals(),
                        out.resolve(r.url()));
                return missing.map(m -> r.source() + ": page " + r.url() + " lacks source text at " + m).orElse(null);
            } catch (IOException | IngestException e) {
                return r.source() + ": fidelity check could not run (" + e.getMessage() + ")";
            } catch (UncheckedIOException e) {
                return r.source() + ": fidelity check could not run (" + e.getCause().getMessage() + ")";
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
