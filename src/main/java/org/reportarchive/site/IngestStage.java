package org.reportarchive.site;

import org.reportarchive.concurrent.Parallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.ingest.Sidecar;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportSummary;

/**
 * The first stage: reads every seed (in parallel) into a report, keeps the report in the cache under the
 * fingerprint of the seed, its sidecar and the program, and hands on what the rest of the build needs before
 * the reports are processed one by one: each report's summary and its own definitions (footnotes). A seed whose
 * fingerprint is in the cache is not read again.
 */
final class IngestStage {

    /** A seed file and the fingerprint of what its report is read from (null if the file cannot be read). */
    record Seed(Path file, String key) {
        String name() {
            return file.getFileName().toString();
        }
    }

    /** What the build keeps of an ingested report: its summary, its footnotes, and how to find it again. */
    record Ingested(ReportSummary summary, List<Footnote> footnotes, String key) {
        Ingested {
            footnotes = List.copyOf(footnotes);
        }

        Ingested withSummary(ReportSummary s) {
            return new Ingested(s, footnotes, key);
        }
    }

    /** An ingested report, or the message saying why the seed could not be read. */
    record Outcome(Seed seed, Ingested ingested, String failure, long millis) {
    }

    /**
     * How much report text waits in memory between the stages (in characters); beyond it reports wait in the
     * cache. About 3,000 reports of average length: a small archive never goes to disk, a large one does not
     * hold its texts in memory.
     */
    static final long HELD_CHARACTERS = 32_000_000;

    private final ReportIngester ingester = ReportIngester.defaults();
    private final BuildCache cache;
    private final int jobs;
    private final Map<String, Report> held = new ConcurrentHashMap<>();
    private final AtomicLong heldCharacters = new AtomicLong();

    IngestStage(BuildCache cache, int jobs) {
        this.cache = cache;
        this.jobs = jobs;
    }

    /** The seeds in a folder, by file name, each with its fingerprint. */
    List<Seed> seeds(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder; pass the folder that holds the .txt reports");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt") && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        }
        List<Seed> out = new ArrayList<>();
        for (Parallel.Outcome<Path, String> o : Parallel.map(files, jobs, this::key)) {
            out.add(new Seed(o.item(), o.failure() == null ? o.result() : null));
        }
        return out;
    }

    private String key(Path seed) throws IOException {
        Fingerprint f = new Fingerprint("ingest").add(cache.program()).add(seed.getFileName().toString())
                .add(Files.readAllBytes(seed));
        Optional<Path> sidecar = Sidecar.locate(seed);
        if (sidecar.isPresent()) {
            f.add(Files.readAllBytes(sidecar.get()));
        } else {
            f.add("(no sidecar)");
        }
        return f.hex();
    }

    /** Reads the seeds, in parallel; the outcomes are in the seeds' order. */
    List<Outcome> ingest(List<Seed> seeds) throws IOException {
        List<Outcome> out = new ArrayList<>();
        for (Parallel.Outcome<Seed, Outcome> o : Parallel.map(seeds, jobs, this::ingest)) {
            out.add(o.failure() == null ? o.result()
                    : new Outcome(o.item(), null, o.item().name() + ": could not be read (" + o.failure() + ")", 0));
        }
        return out;
    }

    private Outcome ingest(Seed seed) {
        if (seed.key() == null) {
            return new Outcome(seed, null, seed.name() + ": cannot read the file; check that it can be read", 0);
        }
        Optional<Ingested> cached = cache.read("summary", seed.key(), Ingested.class);
        if (cached.isPresent() && cache.contains("ingest", seed.key())) {
            return new Outcome(seed, cached.get(), null, 0);
        }
        long t0 = System.nanoTime();
        try {
            Report report = ingester.ingest(seed.file());
            boolean fixed = !report.id().equals(ReportIngester.provisionalId(report.source()));
            Ingested ingested = new Ingested(ReportSummary.of(report, fixed), report.footnotes(), seed.key());
            hold(seed.key(), report);
            if (cache.persistent()) {
                cache.write("summary", seed.key(), ingested);
            }
            return new Outcome(seed, ingested, null, (System.nanoTime() - t0) / 1_000_000);
        } catch (IngestException e) {
            return new Outcome(seed, null, e.getMessage(), 0);
        }
    }

    /** Keeps a report for the next stage: in memory while the budget lasts, in the cache always when it persists. */
    private void hold(String key, Report report) {
        if (cache.persistent()) {
            cache.write("ingest", key, report);
        }
        long chars = report.characters();
        if (heldCharacters.addAndGet(chars) <= HELD_CHARACTERS) {
            held.put(key, report);
        } else {
            heldCharacters.addAndGet(-chars);
            if (!cache.persistent()) {
                cache.write("ingest", key, report);
            }
        }
    }

    /** The report as ingested, with its final id; a report held in memory is handed over once. */
    Report report(Ingested in) throws IOException {
        Report mine = held.remove(in.key());
        if (mine != null) {
            heldCharacters.addAndGet(-mine.characters());
            return mine.withId(in.summary().id());
        }
        Optional<Report> r = cache.read("ingest", in.key(), Report.class);
        if (r.isEmpty()) {
            throw new IOException(in.summary().source() + ": the ingested report is missing from the cache");
        }
        return r.get().withId(in.summary().id());
    }
}
