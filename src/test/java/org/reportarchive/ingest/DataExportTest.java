package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.Report;

class DataExportTest {

    private static final String TEXT = "各位代表：\n　　我受县人大常委会委托，向大会报告工作，请予审议。\n一、2018年工作回顾\n"
            + "　　2018年，县人大常委会召开常委会会议8次，听取审议专项工作报告19项，开展执法检查4次。\n";

    private static Report ingest(String text) throws Exception {
        return Copies.ingest(text);
    }

    @Test
    void aContentSystemsJsonIsReadAsItsPageWouldShowIt() throws Exception {
        String json = "{\n  \"code\": 200,\n  \"data\": {\n    \"id\": 58231,\n    \"title\": \"\\u80a5\\u897f\\u53bf人民代表大会常务委员会工作报告\",\n"
                + "    \"subTitle\": \"——2019年1月8日在肥西县第十七届人民代表大会第四次会议上\",\n    \"source\": \"肥西县人大常委会\",\n"
                + "    \"pubDate\": \"2019-02-18 09:31:05\",\n    \"hits\": 1532,\n    \"tags\": [\"工作报告\"],\n"
                + "    \"content\": \"<p>县人大常委会主任　钱立新</p><p>各位代表：</p><p>　　我受县人大常委会委托，向大会报告工作，请予审议。</p>"
                + "<p><strong>一、2018年工作回顾</strong></p><p>　　2018年，县人大常委会召开常委会会议8次。</p>\"\n  }\n}\n";
        Report r = ingest(json);
        assertEquals("肥西县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(Kind.REPORT, r.metadata().kind());
        assertEquals(LocalDate.of(2019, 1, 8), r.metadata().date());
        assertEquals("钱立新", r.metadata().speaker());
        assertEquals("肥西县人大常委会", r.metadata().publication().source());
        assertEquals(List.of("各位代表：", "我受县人大常委会委托，向大会报告工作，请予审议。", "一、2018年工作回顾",
                "2018年，县人大常委会召开常委会会议8次。"), Copies.texts(r));
        assertEquals(List.of("id: 58231", "hits: 1532", "tags: [\"工作报告\"]"), r.removals().stream()
                .filter(x -> x.reason() == RemovalReason.EXPORT_FIELD).map(Removal::text).toList());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("JSON export")), r.warnings().toString());
    }

    @Test
    void plainTextInAJsonFieldKeepsItsLinesAndTheSitesHeadlineOverTheTextsOwnTitleIsAField() throws Exception {
        String body = "肥西县人民代表大会常务委员会工作报告\n——2019年1月8日在肥西县第十七届人民代表大会第四次会议上\n" + TEXT;
        String json = "{\"title\": \"合肥市肥西县人民代表大会常务委员会工作报告\", \"date\": \"2019-02-18\", \"body\": "
                + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(body) + "}";
        Report r = ingest(json);
        assertEquals("肥西县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(4, r.metadata().session());
        assertEquals("我受县人大常委会委托，向大会报告工作，请予审议。", Copies.texts(r).get(1));
        assertTrue(r.removals().stream().anyMatch(x -> x.reason() == RemovalReason.EXPORT_FIELD
                && x.text().equals("title: 合肥市肥西县人民代表大会常务委员会工作报告")), r.removals().toString());
    }

    @Test
    void aFeedsItemIsReadFromItsFields() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "<channel>\n<title>上杭人大网</title>\n<item>\n<title>上杭县人民代表大会常务委员会工作报告</title>\n"
                + "<dc:creator>县人大办</dc:creator>\n<pubDate>Mon, 25 Jan 2016 10:08:00 +0800</pubDate>\n"
                + "<description><![CDATA[<p>——2016年1月12日在上杭县第十七届人民代表大会第五次会议上</p>\n<p>各位代表：</p>\n"
                + "<p>　　我受县人大常委会委托，向大会报告工作，请予审议。</p>\n<p>　　2015年，县人大常委会召开常委会会议8次。</p>]]>"
                + "</description>\n</item>\n</channel>\n</rss>\n";
        Report r = ingest(rss);
        assertEquals("上杭县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(LocalDate.of(2016, 1, 12), r.metadata().date());
        assertEquals(LocalDate.of(2016, 1, 25), LocalDate.parse(r.metadata().publication().date()));
        assertEquals("各位代表：", Copies.texts(r).get(0));
        String atom = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>大理州人大</title>\n"
                + "<entry>\n<title type=\"html\">大理白族自治州人民代表大会常务委员会工作报告</title>\n"
                + "<published>2015-02-10T08:30:00+08:00</published>\n<content type=\"html\">&lt;p&gt;（2015年1月27日在大理白族自治州"
                + "第十三届人民代表大会第四次会议上）&lt;/p&gt;\n&lt;p&gt;各位代表：&lt;/p&gt;\n&lt;p&gt;&amp;nbsp;&amp;nbsp;一、2014年主要工作&lt;/p&gt;\n"
                + "&lt;p&gt;&amp;nbsp;&amp;nbsp;2014年，州人大常委会召开常委会会议7次，&amp;ldquo;洱海保护&amp;rdquo;持续推进。&lt;/p&gt;</content>\n"
                + "</entry>\n</feed>\n";
        Report a = ingest(atom);
        assertEquals(LocalDate.of(2015, 1, 27), a.metadata().date());
        assertEquals(List.of("各位代表：", "一、2014年主要工作", "2014年，州人大常委会召开常委会会议7次，“洱海保护”持续推进。"),
                Copies.texts(a));
        assertTrue(a.body().get(1) instanceof org.reportarchive.model.Heading, a.body().toString());
    }

    @Test
    void anExportOfSeveralArticlesIsRefusedAndTextInBracesIsText() throws Exception {
        String two = "[{\"title\": \"一\", \"content\": \"" + "各位代表，".repeat(20) + "\"}, {\"title\": \"二\", \"content\": \""
                + "各位代表，".repeat(20) + "\"}]";
        IngestException e = assertThrows(IngestException.class,
                () -> SourceDecoder.decode(two.getBytes(StandardCharsets.UTF_8), "two.txt"));
        assertEquals("two.txt: the JSON export holds 2 articles; put each report in a file of its own", e.getMessage());
        String braces = "{各位代表：}\n我受县人大常委会委托，向大会报告工作。{完}";
        assertEquals(braces, SourceDecoder.decode(braces.getBytes(StandardCharsets.UTF_8), "a.txt").text());
        assertFalse(SourceDecoder.decode("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), "a.txt").encoding()
                .contains("export"), "JSON without an article's text is no export");
    }

    @Test
    void aPortalsTableOfOneRowIsReadFromItsColumns() throws Exception {
        String csv = "\uFEFF标题,发布日期,来源,正文,浏览量\n德清县人民代表大会常务委员会工作报告,2026-01-20 10:15:00,德清县人大常委会办公室,"
                + "\"——2026年1月13日在德清县第十七届人民代表大会第六次会议上\n县人大常委会主任　沈建林\n各位代表：\n"
                + "我受县人大常委会委托，向大会报告工作，请予审议。\n围绕\"\"地信小镇\"\"开展专题调研，提出意见建议15条。\",1286\n";
        Report r = ingest(csv);
        assertEquals("德清县人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals("沈建林", r.metadata().speaker());
        assertEquals(List.of("各位代表：", "我受县人大常委会委托，向大会报告工作，请予审议。", "围绕\"地信小镇\"开展专题调研，提出意见建议15条。"),
                Copies.texts(r), "a quoted cell's doubled quotes are one");
        assertEquals("德清县人大常委会办公室", r.metadata().publication().source());
        assertTrue(r.removals().stream().anyMatch(x -> x.text().equals("浏览量: 1286")), r.removals().toString());
        String tsv = "标题\t发布日期\t来源\t正文\t链接\n临沂市兰山区人民代表大会常务委员会工作报告\t2015/1/28\t兰山区人大常委会\t"
                + "<p>——2015年1月20日在临沂市兰山区第十八届人民代表大会第五次会议上</p><p>各位代表：</p>"
                + "<p>我受区人大常委会委托，向大会报告工作，请予审议。</p>\thttp://www.example.gov.cn/1.htm\n";
        Report t = ingest(tsv);
        assertEquals(LocalDate.of(2015, 1, 20), t.metadata().date());
        assertEquals(List.of("各位代表：", "我受区人大常委会委托，向大会报告工作，请予审议。"), Copies.texts(t));
        // a table of several rows is a table a text starts with; the text column is the longest of those that may be it
        String table = "序号\t名称\t内容\t责任单位\n1\t立法\t制定条例\t法工委\n2\t监督\t开展执法检查\t办公室\n";
        assertEquals(null, SourceDecoder.decode(table.getBytes(StandardCharsets.UTF_8), "t.txt").container());
        String longest = "id,title,description,body\n1,某县人民代表大会常务委员会工作报告,摘要一句。,\"各位代表：\n"
                + "我受县人大常委会委托，向大会报告工作，请予审议。一年来，常委会依法履职，召开常委会会议8次。\"\n";
        assertEquals(List.of("各位代表：", "我受县人大常委会委托，向大会报告工作，请予审议。一年来，常委会依法履职，召开常委会会议8次。"),
                Copies.texts(ingest(longest)));
        String excel = "标题\t正文\n某县人民代表大会常务委员会工作报告\t\"各位代表：\n我受县人大常委会委托，向大会报告工作，请予审议。"
                + "一年来，常委会依法履职，召开常委会会议8次，听取审议专项工作报告19项。\"\n";
        assertEquals(2, Copies.texts(ingest(excel)).size(), "a TSV cell quoted over lines, as a spreadsheet writes it");
    }

    @Test
    void anEvernoteNoteIsReadFromItsTextAndItsOwnNameAndDaysAreItsFields() throws Exception {
        String enex = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<en-export>\n<note>\n<title>烟台报告（剪藏）</title>\n"
                + "<created>20240205T061203Z</created>\n<tag>人大</tag>\n<tag>工作报告</tag>\n<content><![CDATA[<?xml version=\"1.0\"?>"
                + "<en-note><div><h2>烟台市人民代表大会常务委员会工作报告</h2><p>——2024年1月20日在烟台市第十八届人民代表大会第三次会议上</p>"
                + "<p>各位代表：</p><p>我受市人大常委会委托，向大会报告工作，请予审议。</p><en-media type=\"image/png\" hash=\"ab\"/>"
                + "</div></en-note>]]></content>\n</note>\n</en-export>\n";
        Report r = ingest(enex);
        assertEquals("烟台市人民代表大会常务委员会工作报告", r.metadata().title());
        assertEquals(List.of("各位代表：", "我受市人大常委会委托，向大会报告工作，请予审议。"), Copies.texts(r));
        assertTrue(r.removals().stream().anyMatch(x -> x.text().equals("title: 烟台报告（剪藏）")), r.removals().toString());
        assertTrue(r.removals().stream().anyMatch(x -> x.text().equals("tag: 人大、工作报告")), r.removals().toString());
        assertTrue(r.metadata().publication() == null || r.metadata().publication().date() == null,
                "the day a note was made is no day the page was posted");
    }
}
