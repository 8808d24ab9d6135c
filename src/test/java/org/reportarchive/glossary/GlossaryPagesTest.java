package org.reportarchive.glossary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.ReportRef;
import org.reportarchive.model.TermOccurrence;

/** A term used in a thousand reports keeps an entry page that loads fast; its concordance continues on pages. */
class GlossaryPagesTest {

    @Test
    void aLongConcordanceIsPaginated(@TempDir Path dir) throws Exception {
        Glossary g = Glossary.of(List.of(TermMatcherTest.entry("liang-yuan", "两院")));
        Concordance c = new Concordance();
        List<ReportRef> refs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            refs.add(new ReportRef("r" + i, "报告" + i, "乐山市", "2021年", "reports/r" + i + ".html"));
            c.add(List.of(new TermOccurrence("liang-yuan", "r" + i, "p1", 1, 0, "两院", "", "工作", true),
                    new TermOccurrence("liang-yuan", "r" + i, "p2", 2, 0, "两院", "", "报告", false)));
        }
        new GlossaryPages(g, c, refs, "https://example.org/archive").write(dir);
        String first = Files.readString(dir.resolve("liang-yuan.md"));
        assertTrue(first.contains("\npages=20\n") && first.contains("\nnext=liang-yuan/2.html\n"));
        assertTrue(first.contains("\noccurrence_count=2000\n") && first.contains("\nreport_count=1000\n"));
        assertTrue(first.length() < 80_000, "the entry page stays small: " + first.length());
        assertTrue(Files.exists(dir.resolve("liang-yuan/20.md")));
        assertFalse(Files.exists(dir.resolve("liang-yuan/21.md")));
        String last = Files.readString(dir.resolve("liang-yuan/20.md"));
        assertTrue(last.contains("\nprev=19.html\n") && !last.contains("\nnext="));
        assertTrue(Files.readString(dir.resolve("liang-yuan/2.md")).contains("\nprev=../liang-yuan.html\n"));
    }
}
