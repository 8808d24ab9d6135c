package org.reportarchive.glossary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.model.GlossaryEntry;

class GlossaryLoaderTest {

    private static final String ENTRY = """
            term: 两院
            aliases: []
            definition: 人民法院和人民检察院。
            explanation: |
              地方报告中常用的简称。
            source:
              kind: editors
              title: 编者据公开资料整理
            scope: national
            related: []
            """;

    @Test
    void readsAnEntry(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("liang-yuan.yaml"), ENTRY);
        GlossaryEntry e = GlossaryLoader.load(dir).get(0);
        assertEquals("liang-yuan", e.slug());
        assertEquals("两院", e.term());
        assertEquals("人民法院和人民检察院。", e.definition());
        assertEquals("editors", e.source().kind());
        assertTrue(e.isNational());
    }

    @Test
    void refusesWhatATooltipCannotShowOrALinkCannotReach(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("liang-yuan.yaml"), ENTRY.replace("人民法院和人民检察院。", "长".repeat(121)));
        IngestException tooLong = assertThrows(IngestException.class, () -> GlossaryLoader.load(dir));
        assertTrue(tooLong.getMessage().startsWith("glossary/liang-yuan.yaml: the definition has 121 characters"),
                tooLong.getMessage());

        Files.writeString(dir.resolve("liang-yuan.yaml"), ENTRY.replace("related: []", "related: [no-such-entry]"));
        assertTrue(assertThrows(IngestException.class, () -> GlossaryLoader.load(dir)).getMessage()
                .contains("related entry 'no-such-entry' does not exist"));

        Files.writeString(dir.resolve("liang-yuan.yaml"), ENTRY + "colour: red\n");
        assertTrue(assertThrows(IngestException.class, () -> GlossaryLoader.load(dir)).getMessage()
                .contains("unknown key 'colour'"));

        Files.writeString(dir.resolve("liang-yuan.yaml"), ENTRY);
        Files.writeString(dir.resolve("fa-yuan.yaml"), ENTRY.replace("term: 两院", "term: 法院\naliases: [两院]")
                .replace("aliases: []\n", ""));
        assertTrue(assertThrows(IngestException.class, () -> GlossaryLoader.load(dir)).getMessage()
                .contains("'两院' is already a term or alias"));
    }

    /** The shipped glossary: valid, enough entries, URLs from pinyin, each related link both ways. */
    @Test
    void theShippedGlossary() throws Exception {
        List<GlossaryEntry> entries = GlossaryLoader.load(Path.of("content/glossary"));
        assertTrue(entries.size() >= 30, "at least 30 curated entries, found " + entries.size());
        Set<String> slugs = new HashSet<>();
        for (GlossaryEntry e : entries) {
            slugs.add(e.slug());
            String expected = e.pinyin() != null ? Slugs.clean(java.text.Normalizer.normalize(e.pinyin(),
                    java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace(' ', '-'))
                    : Slugs.syllables(e.term());
            assertEquals(expected, e.slug(), e.term() + ": the file name is the term's pinyin");
            assertTrue(e.explanation() != null && !e.explanation().isBlank(), e.slug() + " explains the term");
            assertTrue(e.source().title() != null, e.slug() + " names its source");
        }
        for (String required : List.of("yi-fu-yi-wei-liang-yuan", "yi-fu-liang-yuan", "liang-ge-que-li",
                "liang-ge-wei-hu", "si-ge-yi-shi", "si-ge-zi-xin", "di-yi-yi-ti", "quan-guo-cheng-ren-min-min-zhu",
                "ren-da-dai-biao-zhi-jia", "bei-an-shen-cha", "zhi-fa-jian-cha", "zhuan-ti-xun-wen",
                "min-sheng-shi-shi-xiang-mu-ren-da-dai-biao-piao-jue-zhi", "cheng-yu-di-qu-shuang-cheng-jing-ji-quan",
                "shu-zi-ren-da", "si-ge-ji-guan")) {
            assertTrue(slugs.contains(required), required);
        }
        GlossaryEntry before = entries.stream().filter(e -> e.slug().equals("yi-fu-liang-yuan")).findFirst().orElseThrow();
        GlossaryEntry after = entries.stream().filter(e -> e.slug().equals("yi-fu-yi-wei-liang-yuan")).findFirst().orElseThrow();
        assertTrue(before.related().contains(after.slug()) && after.related().contains(before.slug()),
                "the two names of one institution link each other");
        assertTrue((before.definition() + before.explanation()).contains("2018"));
    }
}
