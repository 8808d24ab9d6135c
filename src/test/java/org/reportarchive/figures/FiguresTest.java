package org.reportarchive.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.model.Figure;
import org.reportarchive.model.Report;

/**
 * The figures read from sentences written to be hard (src/test/resources/figures/sentences.tsv) and from the
 * seeds (seeds.tsv), both tables written by hand from reading the text.
 */
class FiguresTest {

    private static final Path DIR = Path.of("src/test/resources/figures");

    private static List<String[]> rows(String file) throws Exception {
        List<String[]> out = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            out.add(line.split("\t", -1));
        }
        return out;
    }

    /** What a sentence yields, as the table writes it: measure=value/unit/period;... or -. */
    static String read(String sentence) {
        String view = FigureExtractor.view(sentence);
        List<String> out = new ArrayList<>();
        for (SentenceFigures.Found f : SentenceFigures.read(view)) {
            Period period = FigureExtractor.periodOf(view, f);
            out.add(f.measure().id() + "=" + f.value() + "/" + sentence.substring(f.end() - f.unit().length(), f.end())
                    + "/" + (period == null ? "" : period.code()));
        }
        return out.isEmpty() ? "-" : String.join(";", out);
    }

    @Test
    void everySentenceYieldsExactlyTheFiguresAReaderSees() throws Exception {
        List<String[]> rows = rows("sentences.tsv");
        assertTrue(rows.size() >= 30, rows.size() + " sentences");
        List<String> wrong = new ArrayList<>();
        for (String[] r : rows) {
            String got = read(r[1]);
            if (!got.equals(r[2])) {
                wrong.add(r[0] + " " + r[1] + "\n    expected " + r[2] + "\n    read     " + got);
            }
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " sentences differ:\n" + String.join("\n", wrong));
    }

    private record Expected(String seed, String measure, int value, String unit, String period, String sentence,
                            boolean part) {
        boolean matches(Figure f) {
            String a = f.sentence().strip();
            String b = sentence.strip();
            return f.measure().equals(measure) && f.value() == value && f.unit().equals(unit)
                    && period.equals(f.period() == null ? "" : f.period()) && (a.equals(b) || a.startsWith(b));
        }
    }

    @Test
    void theSeedsFiguresAreFoundAndNothingElse() throws Exception {
        List<Path> files;
        try (var seeds = Files.list(Path.of("seeds"))) {
            files = seeds.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        check("seeds.tsv", Path.of("seeds"), files);
    }

    /**
     * Reports written by someone who had not seen the rules, with a table of their figures written by hand
     * (src/test/resources/figures/heldout.tsv, over src/test/resources/heldout*).
     */
    @Test
    void theFiguresOfReportsTheRulesWereNotWrittenForAreFoundAndNothingElse() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String set : List.of("heldout", "heldout2")) {
            try (var list = Files.list(Path.of("src/test/resources", set))) {
                list.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        check("heldout.tsv", Path.of("src/test/resources"), files);
    }

    private static void check(String table, Path base, List<Path> files) throws Exception {
        List<Expected> expected = new ArrayList<>();
        for (String[] r : rows(table)) {
            expected.add(new Expected(r[0], r[1], Integer.parseInt(r[2]), r[3], r[4], r[5], r[6].startsWith("part of")));
        }
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        int required = 0;
        int found = 0;
        {
            for (Path seed : files) {
                Report report = ReportIngester.defaults().ingest(seed);
                String name = base.relativize(seed).toString().replace('\\', '/');
                List<Figure> figures = FigureExtractor.extract(report);
                for (Figure f : figures) {
                    if (expected.stream().noneMatch(e -> e.seed().equals(name) && e.matches(f))) {
                        wrong.add(name + " " + f);
                    }
                }
                for (Expected e : expected) {
                    if (!e.seed().equals(name) || e.part()) {
                        continue;
                    }
                    required++;
                    if (figures.stream().anyMatch(e::matches)) {
                        found++;
                    } else {
                        missed.add(e.toString());
                    }
                }
            }
        }
        System.out.println(table + ": found " + found + " of " + required + "; wrong " + wrong.size() + "\n  wrong: "
                + String.join("\n  wrong: ", wrong) + "\n  missed: " + String.join("\n  missed: ", missed));
        assertEquals(List.of(), wrong, "every figure shown is in the hand-written table");
        assertTrue(found >= Math.ceil(required * 0.9), "found " + found + " of " + required + "; missed:\n"
                + String.join("\n", missed));
    }
}
