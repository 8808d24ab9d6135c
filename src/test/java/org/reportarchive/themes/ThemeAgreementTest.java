package org.reportarchive.themes;

import org.reportarchive.analysis.ReportAnalysis;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.model.Block;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.ThemeProfile;

/**
 * Classification against themes assigned by hand (src/test/resources/theme-labels.tsv) to the sections of
 * three seeds and to the paragraphs of the seed whose section headings were stripped.
 */
class ThemeAgreementTest {

    static ThemeClassifier classifier;

    @BeforeAll
    static void setUp() throws Exception {
        var themes = ThemeLoader.load(Path.of("content/themes"));
        ThemeClassifier.register(themes);
        classifier = new ThemeClassifier(themes);
    }

    record Result(int items, int topAgrees, int predicted, int correct, int labelled) {
        double top() {
            return (double) topAgrees / items;
        }

        double precision() {
            return (double) correct / predicted;
        }

        double recall() {
            return (double) correct / labelled;
        }
    }

    static Result measure(String onlyKind) throws Exception {
        List<String[]> labels = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/theme-labels.tsv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("#") && !line.isBlank()) {
                labels.add(line.split("\t"));
            }
        }
        int items = 0;
        int top = 0;
        int predicted = 0;
        int correct = 0;
        int labelled = 0;
        StringBuilder misses = new StringBuilder();
        for (String prefix : List.of("000_", "001_", "002_", "003_")) {
            Report r = seed(prefix);
            ThemeProfile profile = classifier.profile(r, ReportAnalysis.of(r));
            List<Block> body = r.body();
            for (String[] l : labels) {
                if (!l[0].equals(prefix) || (onlyKind != null && !l[1].equals(onlyKind))) {
                    continue;
                }
                Block b = body.stream().filter(x -> (l[1].equals("section") ? x instanceof Heading : x instanceof Paragraph)
                        && x.text().startsWith(l[2])).findFirst().orElseThrow(() -> new AssertionError(l[2]));
                List<String> got = l[1].equals("section") ? profile.sections().getOrDefault(b.id(), List.of())
                        : profile.paragraphs().getOrDefault(b.id(), List.of());
                Set<String> want = new HashSet<>(Arrays.asList(l[3].split(" ")));
                items++;
                if (!got.isEmpty() && want.contains(got.get(0))) {
                    top++;
                } else {
                    misses.append("\n  ").append(prefix).append(l[2]).append(": want ").append(want).append(" got ").append(got);
                }
                predicted += got.size();
                labelled += want.size();
                correct += (int) got.stream().filter(want::contains).count();
            }
        }
        System.out.println("theme agreement (" + (onlyKind == null ? "all" : onlyKind) + "): " + misses);
        return new Result(items, top, predicted, correct, labelled);
    }

    private static Report seed(String prefix) throws Exception {
        try (var files = Files.list(Path.of("seeds"))) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".txt")).findFirst().orElseThrow();
            return ReportIngester.defaults().ingest(p);
        }
    }

    @Test
    void agreesWithTheHandLabels() throws Exception {
        Result sections = measure("section");
        Result paragraphs = measure("paragraph");
        Result all = measure(null);
        System.out.printf("sections: %d, top theme agrees %.0f%%, precision %.0f%%, recall %.0f%%%n", sections.items(),
                100 * sections.top(), 100 * sections.precision(), 100 * sections.recall());
        System.out.printf("paragraphs of the report without section headings: %d, top theme agrees %.0f%%,"
                + " precision %.0f%%, recall %.0f%%%n", paragraphs.items(), 100 * paragraphs.top(),
                100 * paragraphs.precision(), 100 * paragraphs.recall());
        System.out.printf("all: %d, top theme agrees %.0f%%%n", all.items(), 100 * all.top());
        assertTrue(sections.top() >= 0.85, "sections: top theme agrees " + sections.top());
        assertTrue(paragraphs.top() >= 0.8, "stripped headings: top theme agrees " + paragraphs.top());
        assertTrue(sections.precision() >= 0.8 && paragraphs.recall() >= 0.8);
    }
}
