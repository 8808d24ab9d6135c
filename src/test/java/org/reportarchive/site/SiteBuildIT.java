package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.reportarchive.model.Kind;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.model.ReportSummary;

/** Bakes the five seeds and checks the site a reader gets. */
class SiteBuildIT {

    @TempDir
    static Path tmp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void bake() throws Exception {
        out = tmp.resolve("site");
        result = new SiteBuilder(new SiteLayout(Path.of(".").toAbsolutePath().normalize()), new BuildListener() {
            @Override
            public void ingested(ReportSummary report, long millis) {
            }

            @Override
            public void failed(String file, String message) {
            }

            @Override
            public void warning(String message) {
            }
        }).build(Path.of("seeds").toAbsolutePath(), out);
    }

    private static List<Path> pages() throws Exception {
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document page(String rel) throws Exception {
        return Jsoup.parse(out.resolve(rel).toFile(), "UTF-8");
    }

    @Test
    void buildsAllFiveReports() {
        assertTrue(result.ok(), () -> result.failures() + " " + result.errors());
        assertEquals(5, result.reports().size());
    }

    @Test
    void reportsJsonHoldsTheCheckedMetadata() throws Exception {
        JsonNode all = new ObjectMapper().readTree(out.resolve("data/reports.json").toFile());
        assertEquals(5, all.size());
        Map<String, JsonNode> byId = new HashMap<>();
        all.forEach(n -> byId.put(n.get("id").asText(), n));
        assertEquals(List.of("2024-chongqing-report", "2023-chengdu-report", "2022-luzhou-report",
                "2022-anonymous-speech", "2021-leshan-report"), ids(all));

        JsonNode leshan = byId.get("2021-leshan-report");
        assertEquals("reports/2021-leshan-report.html", leshan.get("url").asText());
        assertEquals("reports/2021-leshan-report.md", leshan.get("markdown").asText());
        assertEquals("乐山市人民代表大会常务委员会工作报告", leshan.get("title").asText());
        assertEquals("乐山市", leshan.get("city").asText());
        assertEquals("四川省", leshan.get("province").asText());
        assertEquals("2021-11-24", leshan.get("date").asText());
        assertEquals(2021, leshan.get("year").asInt());
        assertEquals(8, leshan.get("congress").asInt());
        assertEquals(1, leshan.get("session").asInt());
        assertEquals("赖淑芳", leshan.get("speaker").asText());
        assertEquals("report", leshan.get("kind").asText());
        assertTrue(leshan.get("incomplete").asBoolean());
        assertTrue(leshan.get("paragraphs").asInt() > 40);
        assertTrue(leshan.get("characters").asInt() > 10000);
        assertEquals(7, leshan.get("notes").asInt());

        JsonNode luzhou = byId.get("2022-luzhou-report");
        assertEquals("2022-12-27", luzhou.get("date").asText());
        assertEquals(9, luzhou.get("congress").asInt());
        assertEquals(2, luzhou.get("session").asInt());
        assertEquals("鞠丽", luzhou.get("speaker").asText());
        assertFalse(luzhou.get("incomplete").asBoolean());

        JsonNode chengdu = byId.get("2023-chengdu-report");
        assertEquals("包惠", chengdu.get("speaker").asText());
        assertEquals(18, chengdu.get("congress").asInt());

        JsonNode chongqing = byId.get("2024-chongqing-report");
        assertEquals("重庆市", chongqing.get("province").asText());
        assertTrue(chongqing.get("date").isNull());
        assertEquals(2024, chongqing.get("year").asInt());
        assertTrue(chongqing.get("speaker").isNull());
        assertTrue(chongqing.get("incomplete").asBoolean());

        JsonNode speech = byId.get("2022-anonymous-speech");
        assertTrue(speech.get("city").isNull());
        assertTrue(speech.get("province").isNull());
        assertTrue(speech.get("congress").isNull());
        assertEquals("speech", speech.get("kind").asText());
        assertEquals("[\"title\",\"year\",\"kind\"]", speech.get("supplied").toString());
        assertEquals("[]", leshan.get("supplied").toString());
    }

    private static List<String> ids(JsonNode all) {
        List<String> ids = new ArrayList<>();
        all.forEach(n -> ids.add(n.get("id").asText()));
        return ids;
    }

    @Test
    void homePageListsReportsNewestFirst() throws Exception {
        Document home = page("index.html");
        List<String> links = home.select(".report-list tbody a").eachAttr("href");
        assertEquals("reports/2024-chongqing-report.html", links.get(0));
        assertEquals("reports/2021-leshan-report.html", links.get(4));
        assertTrue(home.select(".report-list tbody tr").get(1).text().contains("成都市"));
        assertTrue(home.select(".report-list tbody tr").get(1).text().contains("2023年2月22日"));
    }

    @Test
    void reportPageHasMetadataTocPermalinksFootnotesAndNotes() throws Exception {
        Document luzhou = page("reports/2022-luzhou-report.html");
        assertEquals("泸州市人民代表大会常务委员会工作报告", luzhou.selectFirst("h1").text());
        assertTrue(luzhou.select(".source-header").text().contains("泸州市人民代表大会常务委员会主任 鞠丽"));
        assertTrue(luzhou.select(".meta").text().contains("第9届人民代表大会第2次会议"));
        assertFalse(luzhou.select(".toc a").isEmpty());
        for (Element a : luzhou.select(".toc a")) {
            assertNotNull(luzhou.getElementById(a.attr("href").substring(1)), a.attr("href"));
        }
        Element p1 = luzhou.getElementById("p1");
        assertEquals("#p1", p1.selectFirst("a.pilcrow").attr("href"));
        Element ref = luzhou.selectFirst("a.fn-ref[href=#fn-1]");
        assertNotNull(ref);
        assertEquals("fnref-1", ref.id());
        Element fn = luzhou.getElementById("fn-1");
        assertTrue(fn.text().startsWith("1.“一点一库一基地”:基层立法联系点"));
        assertEquals("#fnref-1", fn.selectFirst("a.fn-back").attr("href"));
        assertEquals("2022-luzhou-report.md", luzhou.selectFirst("a[type=text/markdown]").attr("href"));

        Document speech = page("reports/2022-anonymous-speech.html");
        assertTrue(speech.select(".supplied").text().contains("标题、年份、类型"), speech.select(".supplied").text());

        Document leshan = page("reports/2021-leshan-report.html");
        assertTrue(leshan.select(".supplied").isEmpty());
        assertTrue(leshan.select(".warning").text().contains("原文不完整"));
        Element note = leshan.getElementById("editorial-notes");
        assertNotNull(note);
        Element mark = leshan.selectFirst("a.ed-mark");
        assertNotNull(leshan.getElementById(mark.attr("href").substring(1)));
    }

    @Test
    void joinedColumnBreaksReadAsOneWord() throws Exception {
        String text = page("reports/2021-leshan-report.html").select(".report-body").text();
        assertTrue(text.contains("制定《峨眉山世界文化和自然遗产保护条例》"));
        assertTrue(text.contains("地方人大作为地方国家权力机关"));
        String cq = page("reports/2024-chongqing-report.html").select(".report-body").text();
        assertTrue(cq.contains("进一步提高我市高等教育发展水平"));
    }

    @Test
    void noPageShowsNavigationAdsPhoneNumbersOrFootersButAmongTheLinesItSaysItStripped() throws Exception {
        List<String> junk = List.of("18920585015", "您当前位置", "您的位置", "Copyright", "ICP备", "公网安备", "浏览量",
                "在线咨询", "产品描述", "带压封堵", "高经理", "晨景大厦", "上接1版", "紧转第4版");
        StringBuilder listed = new StringBuilder();
        for (Path p : pages()) {
            if (p.endsWith("about.html")) {
                continue; // explains what the archive strips, in words
            }
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            // the reader may open the list of what was stripped, each line with its number in the source
            for (Element line : doc.select("details.changes .removed-lines li")) {
                assertTrue(line.selectFirst(".line-no").text().matches("第\\d+行"), line.outerHtml());
                listed.append(line.text()).append('\n');
            }
            doc.select("details.changes .removed-lines").remove();
            String text = doc.text();
            for (String j : junk) {
                assertFalse(text.contains(j), p + " shows " + j);
            }
        }
        assertTrue(junk.stream().filter(j -> listed.indexOf(j) >= 0).count() >= 5, listed.toString());
    }

    @Test
    void pagesAreStaticRelativeAndInChinese() throws Exception {
        for (Path p : pages()) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            assertEquals("zh-CN", doc.selectFirst("html").attr("lang"), p.toString());
            assertTrue(doc.select("script:not([src]):not([type=application/ld+json])").isEmpty(),
                    p + " has an inline script");
            assertTrue(doc.select("style, [style]").isEmpty(), p + " has inline style");
        }
        assertEquals(List.of(), new LinkCheck(out).problems(), "every internal link and fragment resolves");
    }

    @Test
    void annotatedMarkdownIsPublished() throws Exception {
        String md = Files.readString(out.resolve("reports/2022-luzhou-report.md"), StandardCharsets.UTF_8);
        assertTrue(md.startsWith("title=泸州市人民代表大会常务委员会工作报告\n"));
        assertTrue(md.contains("\n~~~~~~\n"));
        assertTrue(md.contains("{#p1}"));
        assertTrue(md.contains("[1](#fn-1){#fnref-1 .fn-ref"));
        assertTrue(md.contains("1\\.“一点一库一基地”:基层立法联系点"));
    }

    @Test
    void everyGlossaryEntryHasAPageAnIndexLineAndAgreesWithTheReports() throws Exception {
        JsonNode glossary = new ObjectMapper().readTree(out.resolve("data/glossary.json").toFile());
        assertTrue(glossary.size() >= 38, "curated entries and the reports' own terms: " + glossary.size());
        Document index = page("glossary/index.html");
        Map<String, Integer> linkedOnPages = new HashMap<>();
        for (Path p : pages()) {
            if (p.getParent().getFileName().toString().equals("reports")) {
                for (Element a : Jsoup.parse(p.toFile(), "UTF-8").select(".report-body a.term")) {
                    String slug = a.attr("href").replaceAll("^.*/|\\.html$", "");
                    linkedOnPages.merge(slug, 1, Integer::sum);
                }
            }
        }
        int national = 0;
        for (JsonNode e : glossary) {
            String slug = e.get("slug").asText();
            assertEquals("glossary/" + slug + ".html", e.get("url").asText());
            if (e.get("scope").asText().equals("national")) {
                national++;
                assertNotNull(index.selectFirst("a[href=" + slug + ".html]"), slug + " is in the index");
            } else {
                Document local = page("glossary/" + index.selectFirst("#local-usage ~ ul a:contains("
                        + e.get("scope").asText() + ")").attr("href"));
                assertNotNull(local.selectFirst("a[href=../" + slug + ".html]"), slug + " is on its place's list");
            }
            Document entry = page(e.get("url").asText());
            assertEquals(e.get("term").asText(), entry.selectFirst("h1").text());
            assertEquals(e.get("definition").asText(), entry.selectFirst(".definition").text());
            int occurrences = e.get("occurrences").size();
            assertEquals(occurrences, entry.select(".kwic li").size(), slug + ": concordance lines");
            int linked = 0;
            for (JsonNode o : e.get("occurrences")) {
                linked += o.get("linked").asBoolean() ? 1 : 0;
            }
            assertEquals(linked, linkedOnPages.getOrDefault(slug, 0), slug + ": tooltip links on report pages");
            JsonNode ld = new ObjectMapper().readTree(entry.selectFirst("script[type=application/ld+json]").data());
            assertEquals("DefinedTerm", ld.get("@type").asText());
            assertEquals(e.get("term").asText(), ld.get("name").asText());
        }
        JsonNode set = new ObjectMapper().readTree(index.selectFirst("script[type=application/ld+json]").data());
        assertEquals("DefinedTermSet", set.get("@type").asText());
        assertEquals(national, set.get("hasDefinedTerm").size(), "the index's set holds the terms of general use");
    }

    @Test
    void theGlossaryIndexIsSortedByPinyinWithToneMarks() throws Exception {
        Document index = page("glossary/index.html");
        List<String> letters = index.select(".glossary section h2").eachText();
        assertEquals(letters.stream().sorted().toList(), letters);
        Element siGeJiGuan = index.getElementById("si-ge-ji-guan");
        assertEquals("sì gè jī guān", siGeJiGuan.selectFirst(".pinyin").text());
        assertEquals("bèi àn shěn chá", index.getElementById("bei-an-shen-cha").selectFirst(".pinyin").text());
    }

    @Test
    void theLuzhouGlossaryIsImportedVerbatimAndLocal() throws Exception {
        JsonNode glossary = new ObjectMapper().readTree(out.resolve("data/glossary.json").toFile());
        List<String> definitions = new ArrayList<>();
        for (JsonNode e : glossary) {
            for (JsonNode d : e.get("report_definitions")) {
                if (d.get("report").asText().equals("2022-luzhou-report")) {
                    definitions.add(d.get("footnote").asText() + ":" + d.get("definition").asText());
                }
            }
        }
        assertEquals(8, definitions.size(), definitions.toString());
        assertTrue(definitions.contains("1:基层立法联系点,立法咨询专家库,立法协作评估基地。"));
        JsonNode siGeYi = null;
        for (JsonNode e : glossary) {
            if (e.get("term").asText().equals("四个一")) {
                siGeYi = e;
            }
        }
        assertNotNull(siGeYi);
        assertEquals("泸州市", siGeYi.get("scope").asText());
        for (JsonNode o : siGeYi.get("occurrences")) {
            assertEquals("2022-luzhou-report", o.get("report").asText(), "Leshan's 四个一 is another thing");
        }
        Element fn = page("reports/2022-luzhou-report.html").getElementById("fn-1");
        assertEquals("../glossary/yi-dian-yi-ku-yi-ji-di.html", fn.selectFirst("a.fn-entry").attr("href"));
    }

    @Test
    void aliasesHaveAddressesThatLeadToTheEntry() throws Exception {
        Document alias = page("glossary/dai-biao-zhi-jia.html");
        assertEquals("0; url=ren-da-dai-biao-zhi-jia.html", alias.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertEquals("ren-da-dai-biao-zhi-jia.html", alias.selectFirst("main a").attr("href"));
    }

    @Test
    void keyFiguresAreShownOnTheReportComparedAcrossReportsAndExportedAsData() throws Exception {
        Document chengdu = page("reports/2023-chengdu-report.html");
        Elements rows = chengdu.select(".report-figures tbody tr");
        assertTrue(rows.stream().anyMatch(r -> r.text().startsWith("制定法规 21 件 五年")), rows.text());
        Element link = rows.first().selectFirst("a[href^='#p']");
        assertNotNull(chengdu.getElementById(link.attr("href").substring(1)), "the sentence's paragraph is on the page");

        Document compare = page("figures/index.html");
        assertEquals(13, compare.select("table.figures-table thead th").size(), "report, date and eleven measures");
        assertEquals(5, compare.select("table.figures-table tbody tr").size(), "a row per report");
        assertTrue(compare.select("table.sortable").size() == 1);
        Document laws = page("figures/laws-enacted.html");
        assertNotNull(laws.selectFirst("svg.year-chart title"), "a chart by year, drawn at build time");
        assertEquals("21 件", laws.select("table.figures-table tbody tr").stream()
                .filter(r -> r.text().contains("成都市")).findFirst().orElseThrow().select("td.num").text());

        List<String> csv = Files.readAllLines(out.resolve("data/figures.csv"));
        assertEquals("report,city,place,province,year,measure,value,unit,period,sentence,paragraph", csv.get(0));
        assertTrue(csv.stream().anyMatch(l -> l.startsWith("2023-chengdu-report,成都市,成都市,四川省,2023,laws_enacted,21,件,"
                + "five-years,") && l.endsWith(",reports/2023-chengdu-report.html#" + link.attr("href").substring(1))),
                String.join("\n", csv));
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("data/figures.json").toFile());
        assertEquals(csv.size() - 1, json.size(), "the same records");
        assertEquals(1067, java.util.stream.StreamSupport.stream(json.spliterator(), false)
                .filter(n -> n.get("measure").asText().equals("appointments") && n.get("report").asText()
                        .equals("2023-chengdu-report")).findFirst().orElseThrow().get("value").asInt());
    }

    @Test
    void aTermsPageShowsWhenAndWhereItIsUsedAndNewTermsAreListedByYear() throws Exception {
        Document term = page("glossary/si-ge-ji-guan.html");
        assertNotNull(term.selectFirst("#timeline ~ figure svg.year-chart"));
        List<String> cities = term.select(".first-uses tbody th").eachText();
        assertEquals(List.of("泸州市", "成都市", "重庆市"), cities, "the first report of each city, oldest first");
        Document years = page("glossary/new.html");
        assertFalse(years.select("h2[id^=year-]").isEmpty());
        for (Element a : years.select("h2[id^=year-] a")) {
            assertTrue(Files.exists(out.resolve("glossary").resolve(a.attr("href"))), a.attr("href"));
        }
        assertTrue(page("glossary/new/2021.html").select(".term-list a").size() > 0);
    }

    @Test
    void reportPagesCarryAccessibleTooltips() throws Exception {
        Document luzhou = page("reports/2022-luzhou-report.html");
        Elements terms = luzhou.select(".report-body a.term");
        assertFalse(terms.isEmpty());
        for (Element a : terms) {
            Element tip = luzhou.getElementById(a.attr("aria-describedby"));
            assertNotNull(tip);
            assertEquals("tooltip", tip.attr("role"));
            assertFalse(tip.text().isBlank());
        }
        assertTrue(luzhou.select("h1 a.term, h2 a.term, h3 a.term, .footnote a.term, strong a.term").isEmpty(),
                "headings, run-in headings and footnotes are not annotated");
        assertEquals(1, luzhou.select("script[src$=js/archive.js]").size());
        java.util.Set<String> distinct = new java.util.TreeSet<>(terms.eachAttr("href"));
        assertTrue(terms.size() > distinct.size(), "some term is linked more than once");
        assertEquals(distinct.size(), luzhou.select("[role=tooltip]").size(),
                "one definition per term per page, whatever the number of its links");
        for (Element tip : luzhou.select("[role=tooltip]")) {
            assertEquals(1, luzhou.select("[id=" + tip.id() + "]").size(), "ids are unique");
        }
        String md = Files.readString(out.resolve("reports/2022-luzhou-report.md"));
        assertTrue(md.contains("[四个机关][si-ge-ji-guan]{.term data-note="), "terms are reference links");
        assertEquals(1, md.split("\\[si-ge-ji-guan]: \\.\\./glossary/si-ge-ji-guan\\.html \"", -1).length - 1,
                "the Markdown defines each term once");
    }

    @Test
    void citiesGroupedByProvinceWithAPageEach() throws Exception {
        JsonNode cities = new ObjectMapper().readTree(out.resolve("data/cities.json").toFile());
        assertEquals(5, cities.size(), "four cities, and the province three of them are in");
        Map<String, JsonNode> byName = new HashMap<>();
        cities.forEach(c -> byName.put(c.get("name").asText(), c));
        assertEquals("四川省", byName.get("乐山市").get("province").asText());
        assertEquals("places/leshan.html", byName.get("乐山市").get("url").asText());
        assertEquals("[\"2021-leshan-report\"]", byName.get("乐山市").get("reports").toString());
        assertEquals("重庆市", byName.get("重庆市").get("province").asText());
        assertEquals("province", byName.get("四川省").get("level").asText());
        assertEquals(0, byName.get("四川省").get("reports").size(), "no report of the province itself");
        Document index = page("places/index.html");
        List<String> groups = index.select("main section h2").eachText();
        assertTrue(groups.contains("四川省 3 篇"), groups.toString());
        assertTrue(groups.contains("重庆市 直辖市 1 篇"), groups.toString());
        Document sichuan = page("places/" + index.selectFirst("h2 a:contains(四川省)").attr("href"));
        assertEquals(java.util.Set.of("乐山市", "泸州市", "成都市"), new java.util.HashSet<>(
                sichuan.select("#within ~ ul a").eachText()), "a province's page lists its cities");
        assertTrue(groups.contains("匿名文稿"), groups.toString());
        Document anonymous = page("places/" + index.selectFirst("section:has(#anonymous) a").attr("href"));
        assertEquals("匿名文稿", anonymous.selectFirst("h1").text());
        assertTrue(anonymous.select(".report-list").text().contains("在全市人大工作会议上的讲话"));
        Document luzhou = page("places/luzhou.html");
        assertEquals("泸州市", luzhou.selectFirst("h1").text());
        assertEquals("../reports/2022-luzhou-report.html", luzhou.selectFirst(".report-list a").attr("href"));
        assertEquals("../places/luzhou.html", page("reports/2022-luzhou-report.html").selectFirst(".meta a[href*=places]").attr("href"));
    }

    @Test
    void themePagesListPassagesThatLinkToParagraphs() throws Exception {
        JsonNode themes = new ObjectMapper().readTree(out.resolve("data/themes.json").toFile());
        assertTrue(themes.size() >= 12);
        for (JsonNode t : themes) {
            Document page = page(t.get("url").asText());
            assertEquals(t.get("name").asText(), page.selectFirst("h1").text());
            int passages = 0;
            for (JsonNode r : t.get("reports")) {
                passages += r.get("paragraphs").size();
                for (JsonNode p : r.get("paragraphs")) {
                    assertNotNull(page.selectFirst("a[href=../reports/" + r.get("report").asText() + ".html#" + p.asText() + "]"),
                            t.get("slug").asText() + " lists " + r.get("report").asText() + "#" + p.asText());
                }
            }
            assertEquals(passages, page.select(".kwic li").size());
        }
        JsonNode reports = new ObjectMapper().readTree(out.resolve("data/reports.json").toFile());
        for (JsonNode r : reports) {
            assertTrue(r.get("themes").size() >= 3, r.get("id") + " has a theme profile");
        }
    }

    @Test
    void reportPagesShowTheirThemesAndAChart() throws Exception {
        Document chengdu = page("reports/2023-chengdu-report.html");
        assertFalse(chengdu.select(".report-themes .chips a[href^=../themes/]").isEmpty());
        Element svg = chengdu.selectFirst(".report-themes svg.theme-chart");
        assertNotNull(svg);
        assertEquals("img", svg.attr("role"));
        assertNotNull(chengdu.getElementById(svg.attr("aria-labelledby")));
        assertEquals(chengdu.select(".report-themes .chips li").size(), svg.select("rect").size());
    }

    @Test
    void theAboutPageLinksTheProjectDocumentationOnlyWhenItIsPublished(@TempDir Path dir) throws Exception {
        assertTrue(page("about.html").select("a[href*=project/]").isEmpty(), "no documentation in this build");
        BuildResult withDocs = new SiteBuilder(new SiteLayout(Path.of(".").toAbsolutePath().normalize()),
                BuildListener.NONE, BuildOptions.defaults().withProjectDocs(true))
                .build(Path.of("seeds").toAbsolutePath(), dir.resolve("site"));
        assertTrue(withDocs.ok(), withDocs.errors().toString());
        Document about = Jsoup.parse(dir.resolve("site/about.html").toFile(), "UTF-8");
        assertEquals("project/index.html", about.selectFirst("a[href*=project/]").attr("href"));
    }

    @Test
    void yearsKindsAndTheHub() throws Exception {
        Document years = page("years/index.html");
        assertEquals(List.of("2024年 1 篇", "2023年 1 篇", "2022年 2 篇", "2021年 1 篇"), years.select("main section h2").eachText());
        assertEquals(5, years.select(".report-list tbody tr").size(), "each year shows its newest reports");
        Document y2022 = page("years/" + years.selectFirst("main section h2 a:contains(2022年)").attr("href"));
        assertEquals(List.of("2022-luzhou-report.html", "2022-anonymous-speech.html"),
                y2022.select(".report-list td.title a").eachAttr("href").stream().map(h -> h.replaceAll("^.*/", "")).toList());
        Document kinds = page("kinds/index.html");
        assertEquals(List.of("工作报告 4 篇", "讲话 1 篇"), kinds.select("main section h2").eachText());
        assertEquals(1, page("kinds/speech.html").select(".report-list tbody tr").size());
        // each kind says what its documents are, on the index and on its own list
        assertEquals(Kind.SPEECH.description(), kinds.select("main section:has(h2 a[href=speech.html]) p.lead").text());
        assertEquals(Kind.SPEECH.description(), page("kinds/speech.html").select("main p.lead").text());
        assertTrue(years.select("main section p.lead").isEmpty(), "a year needs no description");
        Document home = page("index.html");
        assertTrue(home.select(".hub").text().contains("5 篇报告"));
        assertTrue(home.select(".hub").text().contains("4 个城市"));
        assertFalse(home.select("#home-themes ~ ul a, section:has(#home-themes) a").isEmpty());
    }

    @Test
    void feedSitemapRobotsAnd404() throws Exception {
        var builder = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        builder.setNamespaceAware(true);
        org.w3c.dom.Document feed = builder.newDocumentBuilder().parse(out.resolve("feed.xml").toFile());
        assertEquals("feed", feed.getDocumentElement().getLocalName());
        var entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertEquals(5, entries.getLength());
        String feedText = Files.readString(out.resolve("feed.xml"));
        org.w3c.dom.Document sitemap = builder.newDocumentBuilder().parse(out.resolve("sitemap.xml").toFile());
        var locs = sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locs.getLength(); i++) {
            urls.add(locs.item(i).getTextContent());
        }
        for (String id : List.of("2021-leshan-report", "2022-luzhou-report", "2023-chengdu-report",
                "2024-chongqing-report", "2022-anonymous-speech")) {
            assertTrue(feedText.contains("https://example.org/archive/reports/" + id + ".html"), id);
            assertTrue(urls.contains("https://example.org/archive/reports/" + id + ".html"), id);
        }
        assertTrue(urls.contains("https://example.org/archive/glossary/si-ge-ji-guan.html"));
        assertFalse(urls.contains("https://example.org/archive/404.html"));
        assertFalse(urls.contains("https://example.org/archive/glossary/dai-biao-zhi-jia.html"), "alias pages redirect");
        assertTrue(Files.readString(out.resolve("robots.txt")).contains("Sitemap: https://example.org/archive/sitemap.xml"));
        assertTrue(page("404.html").selectFirst("h1").text().contains("没有这一页"));
    }

    @Test
    void everyPageHasACanonicalLinkAndOpenGraph() throws Exception {
        for (Path p : pages()) {
            Document doc = Jsoup.parse(p.toFile(), "UTF-8");
            String rel = out.relativize(p).toString().replace('\\', '/');
            String canonical = doc.selectFirst("link[rel=canonical]").attr("href");
            assertTrue(canonical.startsWith("https://example.org/archive/"), rel + ": " + canonical);
            if (doc.selectFirst("meta[http-equiv=refresh]") == null) {
                assertEquals("https://example.org/archive/" + rel.replaceFirst("index\\.html$", ""), canonical);
            }
            assertFalse(doc.select("meta[property=og:title]").attr("content").isBlank(), rel);
            assertFalse(doc.select("meta[property=og:description]").attr("content").isBlank(), rel);
            assertEquals(canonical, doc.select("meta[property=og:url]").attr("content"));
        }
        assertEquals("article", page("reports/2022-luzhou-report.html").select("meta[property=og:type]").attr("content"));
    }

    @Test
    void theJarBuildsTheSeedsInUnderTenSeconds() throws Exception {
        String jar = System.getProperty("archive.jar", "target/report-archive.jar");
        Path target = tmp.resolve("timed");
        long start = System.nanoTime();
        Process p = new ProcessBuilder("java", "-jar", jar, "build", "-q", "--out", target.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("timed.log").toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(0, p.exitValue(), () -> read(tmp.resolve("timed.log")));
        assertTrue(seconds < 10, "took " + seconds + " s");
        String log = read(tmp.resolve("timed.log"));
        assertTrue(log.contains("Built 5 reports, 0 failed"), log);
        assertFalse(log.contains("DEBUG") || log.contains("INFO") || log.contains("OrientDB"), log);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (Exception e) {
            return "";
        }
    }
}
