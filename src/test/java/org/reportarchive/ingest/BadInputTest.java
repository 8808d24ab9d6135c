package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;

/** Files a maintainer might drop in: each gets correct output or a one-line message saying what to do. */
class BadInputTest {

    private static final ReportIngester INGESTER = ReportIngester.defaults();

    private static Report ingest(String name, byte[] bytes) throws IngestException {
        return INGESTER.ingest(name, bytes, Sidecar.empty());
    }

    private static void assertOneLine(IngestException e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"), e.getMessage());
    }

    @Test
    void anEmptyFile() {
        IngestException e = assertThrows(IngestException.class, () -> ingest("empty.txt", new byte[0]));
        assertEquals("empty.txt: the file is empty; put the report's text in it or remove it", e.getMessage());
    }

    @Test
    void noRecognisableTitleOrDate() throws Exception {
        Report r = ingest("plain.txt", "一年来，我们坚持依法履职，各项工作取得新成效。\n继续推进民主法治建设。\n"
                .getBytes(StandardCharsets.UTF_8));
        assertNull(r.metadata().title());
        assertNull(r.metadata().date());
        assertNull(r.metadata().year());
        assertEquals(2, r.paragraphs().size());
        assertTrue(r.warnings().contains("title: no title found; add 'title:' to the sidecar"), r.warnings().toString());
    }

    @Test
    void aHugeFileOfOneLine() {
        byte[] huge = new byte[30 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        IngestException e = assertThrows(IngestException.class, () -> ingest("huge.txt", huge));
        assertEquals("huge.txt: the file is 30.0 MB, far more than a report (at most 8 MB); check that it holds one"
                + " report as text", e.getMessage());
        byte[] longLine = ("各位代表：\n" + "长".repeat(150_000) + "\n").getBytes(StandardCharsets.UTF_8);
        IngestException line = assertThrows(IngestException.class, () -> ingest("long.txt", longLine));
        assertEquals("long.txt:2: the line has 150000 characters; no paragraph of a report is that long: put each"
                + " paragraph on a line of its own", line.getMessage());
    }

    @Test
    void markupAndMarkdownInTheTextAreKeptAsText() throws Exception {
        Report r = INGESTER.ingest(Path.of("src/test/resources/injection/测试 报告.txt"));
        String text = String.join("\n", r.paragraphs().stream().map(Paragraph::text).toList());
        assertTrue(text.contains("报告中出现<script>alert(\"xss\")</script>这样的文字"));
        assertTrue(text.contains("<img src=x onerror=\"alert('img')\">"));
        assertTrue(text.contains("[链接](javascript:alert(1))"));
        assertTrue(text.contains("1. 以数字和点开头的一行"));
    }

    @Test
    void repeatedAndDuplicateFootnotes() throws Exception {
        Report r = INGESTER.ingest(Path.of("src/test/resources/injection/测试 报告.txt"));
        Paragraph p = r.paragraphs().stream().filter(x -> x.text().startsWith("建设")).findFirst().orElseThrow();
        assertEquals(2, p.footnoteRefs().size(), "the marker used twice refers twice to one footnote");
        assertEquals("1", p.footnoteRefs().get(1).label());
        assertTrue(p.text().contains("第三处^【2】"), "a marker without an entry stays in the text");
        assertTrue(r.notes().stream().anyMatch(n -> n.kind() == NoteKind.FOOTNOTE && n.message().contains("^【2】")));
        assertEquals(2, r.footnotes().size());
        assertFalse(r.footnotes().get(0).id().equals(r.footnotes().get(1).id()), "duplicate numbers get distinct ids");
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("glossary entry number 1 is used twice")));
    }

    @Test
    void aSidecarWithAPathInAValue(@TempDir Path dir) throws Exception {
        Path seed = dir.resolve("a.txt");
        Files.writeString(seed, "各位代表：\n一年来，我们依法履职。\n");
        Files.writeString(dir.resolve("a.yaml"), "title: ../../etc/passwd\n");
        IngestException e = assertThrows(IngestException.class, () -> INGESTER.ingest(seed));
        assertEquals("a.yaml: value '../../etc/passwd' looks like a path; metadata values are plain text", e.getMessage());
        Files.writeString(dir.resolve("a.yaml"), "id: ../x\n");
        assertOneLine(assertThrows(IngestException.class, () -> INGESTER.ingest(seed)));
        Files.writeString(dir.resolve("a.yaml"), "year: [2023\n");
        assertOneLine(assertThrows(IngestException.class, () -> INGESTER.ingest(seed)));
    }

    @Test
    void aBinaryFile() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        IngestException e = assertThrows(IngestException.class, () -> ingest("image.txt", png));
        assertEquals("image.txt: this is not a text file (it contains NUL bytes); save the report as plain text (.txt)",
                e.getMessage());
    }
}
