package org.reportarchive.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.reportarchive.analysis.Segmenter;

/**
 * The floor that HanLP's segmentation sets under a build: segments every non-blank line of a corpus's reports with
 * the archive's segmenter on a number of threads, and does nothing else.
 *
 * <pre>java -cp "target/test-classes:target/report-archive.jar" org.reportarchive.bench.SegmentationOnly DIR THREADS</pre>
 */
public final class SegmentationOnly {

    private SegmentationOnly() {
    }

    public static void main(String[] args) throws IOException, InterruptedException, ExecutionException {
        if (args.length != 2) {
            System.err.println("usage: SegmentationOnly CORPUS_DIR THREADS");
            System.exit(2);
        }
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int threads = Integer.parseInt(args[1]);
        AtomicLong characters = new AtomicLong();
        AtomicLong words = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (Path file : files) {
            work.add(pool.submit(() -> {
                try {
                    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                        String t = line.strip();
                        if (!t.isEmpty()) {
                            characters.addAndGet(t.length());
                            words.addAndGet(Segmenter.analyse(t).tokens().size());
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        System.out.printf("%d reports, %,d characters, %,d words segmented in %.1f s on %d threads%n", files.size(),
                characters.get(), words.get(), (System.nanoTime() - start) / 1e9, threads);
    }
}
