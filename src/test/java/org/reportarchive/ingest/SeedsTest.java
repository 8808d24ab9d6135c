package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportarchive.analysis.ReportAnalysis;
import org.reportarchive.analysis.notes.NoteFinder;
import org.reportarchive.model.Block;
import org.reportarchive.model.EditorialNote;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.Kind;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;
import org.reportarchive.model.ReportMetadata;

/** The five shipped seeds: metadata checked by hand against each text, and nothing lost. */
class SeedsTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final ReportIngester INGESTER = ReportIngester.defaults();
    private static final NoteFinder NOTES = NoteFinder.defaults();

    /** A seed as read, with the notes its analysis adds. */
    private static Report seed(String prefix) throws Exception {
        try (var files = Files.list(SEEDS)) {
            Path p = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                    && f.getFileName().toString().endsWith(".txt")).findFirst().orElseThrow();
            Report r = INGESTER.ingest(p);
            return NOTES.find(r, ReportAnalysis.of(r));
        }
    }

    @Test
    void leshan() throws Exception {
        Report r = seed("000_");
        ReportMetadata m = r.metadata();
        assertEquals("乐山市人民代表大会常务委员会工作报告", m.title());
        assertEquals("乐山市", m.city());
        assertEquals("四川省", m.province());
        assertEquals(LocalDate.of(2021, 11, 24), m.date());
        assertEquals(8, m.congress());
        assertEquals(1, m.session());
        assertEquals("赖淑芳", m.speaker());
        assertEquals("乐山市人大常委会主任", m.office());
        assertEquals(Kind.REPORT, m.kind());
        assertTrue(m.incomplete(), "ends on （紧转第4版）");
        assertNull(m.publication());
        List<Removal> removed = r.removals();
        assertEquals(1, removed.size());
        assertEquals(RemovalReason.PAGE_MARKER, removed.get(0).reason());
        List<String> joins = r.notes().stream().filter(n -> n.kind() == NoteKind.COLUMN_BREAK)
                .map(EditorialNote::message).toList();
        assertEquals(3, joins.size());
        assertTrue(joins.get(0).contains("第47行与第49行"));
        assertTrue(joins.get(1).contains("第73行与第75行"));
        assertTrue(joins.get(2).contains("第107行与第109行"));
        assertTrue(text(r).contains("制定《峨眉山世界文化和自然遗产保护条例》"));
        assertTrue(text(r).contains("根本遵循。地方人大作为地方国家权力机关"));
        assertEquals(List.of("过去五年工作回顾", "过去五年工作的体会", "今后五年工作建议"),
                r.headings().stream().filter(h -> h.level() == 1).map(Block::text).toList());
    }

    @Test
    void luzhou() throws Exception {
        Report r = seed("001_");
        ReportMetadata m = r.metadata();
        assertEquals("泸州市人民代表大会常务委员会工作报告", m.title());
        assertEquals("泸州市", m.city());
        assertEquals("四川省", m.province());
        assertEquals(LocalDate.of(2022, 12, 27), m.date());
        assertEquals(9, m.congress());
        assertEquals(2, m.session());
        assertEquals("鞠丽", m.speaker());
        assertEquals(Kind.REPORT, m.kind());
        assertFalse(m.incomplete());
        assertEquals("泸州日报", m.publication().source());
        assertEquals("2023-02-18", m.publication().date());
        assertEquals(Set.of(1, 2, 6, 130, 132, 134), lines(r.removals()));
        List<Footnote> fn = r.footnotes();
        assertEquals(8, fn.size());
        assertEquals("“一点一库一基地”", fn.get(0).term());
        assertEquals("基层立法联系点,立法咨询专家库,立法协作评估基地。", fn.get(0).definition());
        assertEquals("“四个机关”建设", fn.get(5).term());
        int refs = r.paragraphs().stream().mapToInt(p -> p.footnoteRefs().size()).sum();
        assertEquals(8, refs);
        assertFalse(text(r).contains("^【"));
    }

    @Test
    void chengduCopiedOntoACommercialSite() throws Exception {
        Report r = seed("002_");
        ReportMetadata m = r.metadata();
        assertEquals("成都市人民代表大会常务委员会工作报告", m.title());
        assertEquals("成都市", m.city());
        assertEquals(LocalDate.of(2023, 2, 22), m.date());
        assertEquals(18, m.congress());
        assertEquals(1, m.session());
        assertEquals("包惠", m.speaker());
        assertEquals("成都市第十七届人民代表大会常务委员会主任", m.office());
        assertEquals(Set.of(1, 2, 3, 4, 6, 8, 9, 10, 11, 12, 14, 18, 20, 22, 23, 24), lines(r.removals()));
        String all = text(r);
        assertFalse(all.contains("18920585015"));
        assertFalse(all.contains("360直播"));
        assertFalse(all.contains("产品描述"));
        assertEquals(1, r.notes().stream().filter(n -> n.kind() == NoteKind.EMPTY_QUOTES).count());
        assertTrue(r.notes().stream().filter(n -> n.kind() == NoteKind.PHRASE_GAP).count() >= 10);
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("、官僚主义")));
        assertTrue(r.notes().stream().anyMatch(n -> n.message().contains("习经济思想")));
        assertEquals("我受成都市第十七届人民代表大会常务委员会委托,向大会报告工作,请予审议。", r.paragraphs().get(0).text());
    }

    @Test
    void chongqingFromTheNewspaper() throws Exception {
        Report r = seed("003_");
        ReportMetadata m = r.metadata();
        assertEquals("重庆市人民代表大会常务委员会工作报告", m.title());
        assertEquals("重庆市", m.city());
        assertEquals("重庆市", m.province());
        assertNull(m.date());
        assertEquals(2024, m.year(), "from the sidecar");
        assertEquals(6, m.congress());
        assertEquals(2, m.session());
        assertNull(m.speaker());
        assertTrue(m.incomplete(), "starts on (上接1版)");
        assertTrue(m.incompleteReason().contains("开头"));
        assertEquals(3, r.notes().stream().filter(n -> n.kind() == NoteKind.VARIANT_CHARACTER
                && n.message().contains("項")).count());
        assertEquals(2, r.notes().stream().filter(n -> n.kind() == NoteKind.COLUMN_BREAK).count());
        assertTrue(text(r).contains("1192件建议全部办理完毕并答复代表,代表建议满意率"));
        assertEquals("今后一年工作任务", r.headings().stream().filter(h -> h.level() == 1).findFirst().orElseThrow().text());
    }

    @Test
    void anonymisedSpeech() throws Exception {
        Report r = seed("004_");
        ReportMetadata m = r.metadata();
        assertEquals("在全市人大工作会议上的讲话", m.title(), "from the sidecar");
        assertEquals(Kind.SPEECH, m.kind());
        assertTrue(m.anonymised());
        assertNull(m.city());
        assertNull(m.province());
        assertNull(m.speaker());
        assertNull(m.date());
        assertEquals(2022, m.year());
        assertEquals(4, r.headings().size());
        assertEquals("同志们：", r.paragraphs().get(0).text());
    }

    /** Every line of every seed is either stripped (and listed) or found in the report, in order. */
    @Test
    void nothingIsLostOrAdded() throws Exception {
        try (var files = Files.list(SEEDS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                Report r = INGESTER.ingest(p);
                StringBuilder published = new StringBuilder();
                r.metadata().headerLines().forEach(published::append);
                if (r.metadata().title() != null) {
                    published.insert(0, r.metadata().title());
                }
                for (Block b : r.body()) {
                    published.append(b.text());
                }
                if (r.footnoteTitle() != null) {
                    published.append(r.footnoteTitle());
                }
                r.footnotes().forEach(f -> published.append(f.text()));
                String page = published.toString().replaceAll("\\s+", "");
                Set<Integer> removed = lines(r.removals());
                String[] lines = Files.readString(p, StandardCharsets.UTF_8).split("\n", -1);
                int from = 0;
                int kept = 0;
                for (int i = 0; i < lines.length; i++) {
                    String t = lines[i].strip().replaceFirst("^#+\\s*", "")
                            .replaceAll("\\^【\\d+】", "").replaceAll("[（(](上接|紧转)第?\\d+版[)）]", "")
                            .replaceAll("\\s+", "");
                    if (t.isEmpty() || removed.contains(i + 1)) {
                        continue;
                    }
                    int at = page.indexOf(t, from);
                    assertTrue(at >= 0, p.getFileName() + " line " + (i + 1) + " missing: " + t);
                    from = at + t.length();
                    kept += t.length();
                }
                String sidecarTitle = p.getFileName().toString().startsWith("004_") ? r.metadata().title() : "";
                assertEquals(kept + sidecarTitle.length(), page.length(),
                        p.getFileName() + ": the report holds text that is not in the source");
            }
        }
    }

    private static String text(Report r) {
        StringBuilder sb = new StringBuilder();
        r.body().forEach(b -> sb.append(b.text()).append('\n'));
        return sb.toString();
    }

    private static Set<Integer> lines(List<Removal> removals) {
        Set<Integer> out = new HashSet<>();
        removals.forEach(x -> out.add(x.line()));
        return out;
    }
}
