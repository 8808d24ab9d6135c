package org.reportarchive.glossary;

import org.reportarchive.analysis.Segmenter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.TermSource;

class TermMatcherTest {

    static GlossaryEntry entry(String slug, String term, String... aliases) {
        return new GlossaryEntry(slug, term, List.of(aliases), "定义", null, new TermSource("editors", "编者", null,
                null, null), GlossaryEntry.NATIONAL, List.of(), null, null, List.of());
    }

    static final List<GlossaryEntry> ENTRIES = List.of(
            entry("ren-da-dai-biao-zhi-jia", "人大代表之家", "“家”"),
            entry("dai-biao-zhi-jia", "代表之家"),
            entry("liang-yuan", "两院"),
            entry("yi-fu-liang-yuan", "一府两院"),
            entry("1-7-n", "1+7+N"),
            entry("si-ge-ji-guan", "四个机关"),
            entry("san-ge-yan-bian", "三個延邊")); // (a report's own entry, as its traditional text writes it)

    static TermMatcher matcher;

    @BeforeAll
    static void setUp() {
        TermMatcher.register(ENTRIES);
        matcher = new TermMatcher(ENTRIES);
    }

    private static List<String> found(String text) {
        return matcher.find(Segmenter.analyse(text)).stream().map(m -> m.entry().slug() + "@" + m.offset() + "+" + m.length()).toList();
    }

    @Test
    void theLongestTermWinsAndNestedTermsGiveOneMatch() {
        assertEquals(List.of("ren-da-dai-biao-zhi-jia@3+6"), found("搭建“人大代表之家”履职平台"));
        assertEquals(List.of("dai-biao-zhi-jia@3+4"), found("规范“代表之家”建设"));
        assertEquals(List.of("yi-fu-liang-yuan@6+4"), found("听取和审议“一府两院”专项工作报告"));
    }

    @Test
    void aTermInsideALongerWordIsNotMatched() {
        assertEquals(List.of(), found("推进两院制改革"));
        assertEquals(List.of("liang-yuan@5+2"), found("听取审议“两院”半年工作"));
    }

    @Test
    void widthVariantsMatch() {
        assertEquals(List.of("1-7-n@1+5"), found("“１＋７＋Ｎ”视训新模式"));
        assertEquals(List.of("1-7-n@1+5"), found("“1+7+N”视训新模式"));
    }

    @Test
    void quotationStylesMatch() {
        for (String q : List.of("“四个机关”", "「四个机关」", "‘四个机关’", "\"四个机关\"", "四个机关")) {
            List<TermMatch> m = matcher.find(Segmenter.analyse("牢牢把握" + q + "定位"));
            assertEquals(1, m.size(), q);
            assertEquals("四个机关", ("牢牢把握" + q).substring(m.get(0).offset(), m.get(0).end()).replaceAll("[^\\p{IsHan}]", ""));
        }
        assertEquals(List.of("ren-da-dai-biao-zhi-jia@3+3"), found("代表进“家”入“站”"));
        assertEquals(List.of("ren-da-dai-biao-zhi-jia@3+3"), found("代表进「家」入「站」"));
        assertEquals(List.of(), found("代表进家入户走访"), "the short form counts only in quotation marks");
    }

    @Test
    void anEntryWrittenInTraditionalCharactersMatchesInEitherScript() {
        assertEquals(List.of("san-ge-yan-bian@7+4"), found("緊緊圍繞州委「三個延邊」建設目標"));
        assertEquals(List.of("san-ge-yan-bian@7+4"), found("紧紧围绕州委“三个延边”建设目标"));
        assertEquals(List.of("si-ge-ji-guan@4+4"), found("牢牢把握四個機關定位"));
    }

    @Test
    void matchesStartWhereAsked() {
        String text = "（一）四个机关建设。坚持四个机关定位。";
        List<TermMatch> m = matcher.find(Segmenter.analyse(text), 10, text.length());
        assertEquals(1, m.size());
        assertTrue(m.get(0).offset() >= 10);
        assertEquals(1, matcher.find(Segmenter.analyse(text), 0, 10).size(), "and end where asked");
    }
}
