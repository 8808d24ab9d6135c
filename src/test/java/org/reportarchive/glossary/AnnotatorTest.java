package org.reportarchive.glossary;

import org.reportarchive.analysis.ReportAnalysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.ingest.Sidecar;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Report;
import org.reportarchive.model.TermOccurrence;

class AnnotatorTest {

    private static Report report(String id, String text) throws IngestException {
        return ReportIngester.defaults().ingest(id + ".txt", text.getBytes(StandardCharsets.UTF_8), Sidecar.empty())
                .withId(id);
    }

    private static final String LUZHOU = String.join("\n",
            "泸州市人民代表大会常务委员会工作报告",
            "2022年12月27日在泸州市第九届人民代表大会第二次会议上",
            "各位代表：",
            "一、建设“四个机关”",
            "提出的“四个一”工作格局^【1】助推试点，建设“四个机关”^【2】，再建“四个机关”。",
            "二、其他工作",
            "坚持“四个机关”定位，落实“四个一”要求。",
            "名词解释",
            "1.“四个一”工作格局：明确“一个取向”、确立“一个目标”、构建“一个机制”、坚持“一个原则”。",
            "2.“四个机关”建设：政治机关、国家权力机关、工作机关、代表机关。");

    private static final String LESHAN = String.join("\n",
            "乐山市人民代表大会常务委员会工作报告",
            "2021年11月24日在乐山市第八届人民代表大会第一次会议上",
            "各位代表：",
            "深入推进“人大讲堂”“联系‘人大代表之家’四个一”等活动，建设“四个机关”。");

    private static Glossary glossary(Report... defining) {
        List<DefiningReport> defs = java.util.Arrays.stream(defining).map(r -> new DefiningReport(r.id(),
                r.metadata().title(), r.metadata().city(), r.metadata().sortKey(r.source()), r.footnotes())).toList();
        Glossary g = Glossary.build(List.of(TermMatcherTest.entry("si-ge-ji-guan", "四个机关")), defs);
        TermMatcher.register(g.entries());
        return g;
    }

    @Test
    void aReportsOwnDefinitionsJoinTheGlossary() throws Exception {
        Report luzhou = report("2022-luzhou-report", LUZHOU);
        Glossary g = glossary(luzhou);
        GlossaryEntry national = g.bySlug("si-ge-ji-guan").orElseThrow();
        assertTrue(national.isNational());
        assertEquals(1, national.reportDefinitions().size(), "the report's definition is attached to the national entry");
        assertEquals("政治机关、国家权力机关、工作机关、代表机关。", national.reportDefinitions().get(0).definition());
        GlossaryEntry local = g.bySlug("si-ge-yi").orElseThrow();
        assertEquals("泸州市", local.scope());
        assertEquals("report", local.source().kind());
        assertEquals("2022-luzhou-report", local.source().report());
        assertEquals("1", local.source().footnote());
        assertEquals("si-ge-yi", g.forFootnote("2022-luzhou-report", "1").orElseThrow().slug());
        assertEquals("si-ge-ji-guan", g.forFootnote("2022-luzhou-report", "2").orElseThrow().slug());
    }

    @Test
    void aDefinitionInTraditionalCharactersJoinsTheEntryOfItsTerm() throws Exception {
        Report zhuhai = report("2024-zhuhai-report", String.join("\n",
                "珠海市人民代表大會常務委員會工作報告",
                "——2024年1月16日在珠海市第十屆人民代表大會第四次會議上",
                "各位代表：",
                "常委會堅持建設“四個機關”①，推進“兩個聯繫”②工作。",
                "【名詞解釋】",
                "①四個機關：政治機關、國家權力機關、工作機關、代表機關。",
                "②兩個聯繫：常委會組成人員聯繫代表、代表聯繫群眾。"));
        Glossary g = glossary(zhuhai);
        GlossaryEntry national = g.bySlug("si-ge-ji-guan").orElseThrow();
        assertEquals(1, national.reportDefinitions().size(), g.entries().toString());
        assertEquals("si-ge-ji-guan", g.forFootnote("2024-zhuhai-report", "1").orElseThrow().slug());
        assertEquals(2, g.entries().size(), "one entry of the city's own, for 兩個聯繫");
    }

    @Test
    void aLocalTermIsNotAttachedToTheSameCharactersInAnotherCity() throws Exception {
        Report luzhou = report("2022-luzhou-report", LUZHOU);
        Report leshan = report("2021-leshan-report", LESHAN);
        Glossary g = glossary(luzhou);
        Annotations a = new Annotator(g, AnnotationPolicy.FIRST_PER_SECTION).annotate(leshan, ReportAnalysis.of(leshan));
        assertEquals(List.of("si-ge-ji-guan"), a.occurrences().stream().map(TermOccurrence::slug).toList(),
                "四个一 in Leshan names something else and is left alone");
        Annotations own = new Annotator(g, AnnotationPolicy.FIRST_PER_SECTION).annotate(luzhou, ReportAnalysis.of(luzhou));
        assertTrue(own.occurrences().stream().anyMatch(o -> o.slug().equals("si-ge-yi")));
    }

    @Test
    void headingsAndFootnotesAreCountedButNotLinked() throws Exception {
        Report luzhou = report("2022-luzhou-report", LUZHOU);
        Annotations a = new Annotator(glossary(luzhou), AnnotationPolicy.EVERY).annotate(luzhou, ReportAnalysis.of(luzhou));
        List<TermOccurrence> inHeadings = a.occurrences().stream().filter(o -> o.paragraphId().startsWith("s")).toList();
        assertEquals(1, inHeadings.size());
        assertFalse(inHeadings.get(0).linked());
        List<TermOccurrence> inFootnotes = a.occurrences().stream().filter(o -> o.paragraphId().startsWith("fn-")).toList();
        assertFalse(inFootnotes.isEmpty());
        assertTrue(inFootnotes.stream().noneMatch(TermOccurrence::linked));
        assertTrue(a.links().keySet().stream().allMatch(id -> id.startsWith("p")));
    }

    @Test
    void thePolicyDecidesWhichOccurrencesAreLinked() throws Exception {
        Report luzhou = report("2022-luzhou-report", LUZHOU);
        Glossary g = glossary(luzhou);
        assertEquals("p2=四个一,四个机关 p3=四个机关,四个一", links(new Annotator(g, AnnotationPolicy.FIRST_PER_SECTION).annotate(luzhou, ReportAnalysis.of(luzhou)), luzhou));
        assertEquals("p2=四个一,四个机关", links(new Annotator(g, AnnotationPolicy.FIRST_PER_REPORT).annotate(luzhou, ReportAnalysis.of(luzhou)), luzhou));
        assertEquals("p2=四个一,四个机关,四个机关 p3=四个机关,四个一", links(new Annotator(g, AnnotationPolicy.EVERY).annotate(luzhou, ReportAnalysis.of(luzhou)), luzhou));
        Annotations every = new Annotator(g, AnnotationPolicy.FIRST_PER_REPORT).annotate(luzhou, ReportAnalysis.of(luzhou));
        assertEquals(8, every.occurrences().size(), "every occurrence counts, linked or not: headings 1, text 5, footnotes 2");
    }

    private static String links(Annotations a, Report r) {
        return a.links().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue().stream().map(m -> m.entry().term()).collect(Collectors.joining(",")))
                .collect(Collectors.joining(" "));
    }

    @Test
    void termsAreFoundInTraditionalCharactersAndLinkedAsWritten() throws Exception {
        Report luzhou = report("2022-luzhou-report", LUZHOU);
        Glossary g = glossary(luzhou);
        Report hk = report("2023-guangzhou-report", String.join("\n",
                "廣州市人民代表大會常務委員會工作報告",
                "2023年1月12日在廣州市第十六屆人民代表大會第三次會議上",
                "各位代表：",
                "常委會堅持建設“四個機關”，推進自身建設。"));
        Annotations a = new Annotator(g, AnnotationPolicy.EVERY).annotate(hk, ReportAnalysis.of(hk));
        assertEquals(List.of("si-ge-ji-guan"), a.occurrences().stream().map(TermOccurrence::slug).toList());
        assertEquals(1, a.links().size());
        var link = a.links().entrySet().iterator().next();
        TermMatch m = link.getValue().get(0);
        String text = hk.paragraphs().stream().filter(p -> p.id().equals(link.getKey())).findFirst().orElseThrow().text();
        assertEquals("四個機關", text.substring(m.offset(), m.end()), "the link covers the characters as written");
    }

    @Test
    void thePolicyIsReadFromItsSetting() {
        assertEquals(AnnotationPolicy.FIRST_PER_SECTION, AnnotationPolicy.parse(null));
        assertEquals(AnnotationPolicy.EVERY, AnnotationPolicy.parse("every"));
        assertEquals(AnnotationPolicy.FIRST_PER_REPORT, AnnotationPolicy.parse(" first-per-report "));
    }
}
