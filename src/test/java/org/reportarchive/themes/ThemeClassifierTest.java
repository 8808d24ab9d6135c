package org.reportarchive.themes;

import org.reportarchive.analysis.Segmenter;
import org.reportarchive.analysis.ReportAnalysis;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reportarchive.ingest.IngestException;
import org.reportarchive.ingest.ReportIngester;
import org.reportarchive.ingest.Sidecar;
import org.reportarchive.model.Report;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeProfile;

class ThemeClassifierTest {

    static ThemeClassifier classifier;

    @BeforeAll
    static void setUp() throws Exception {
        List<Theme> themes = ThemeLoader.load(Path.of("content/themes"));
        ThemeClassifier.register(themes);
        classifier = new ThemeClassifier(themes);
    }

    @Test
    void theShippedTaxonomyCoversTheCongresssWork() {
        List<String> slugs = classifier.themes().stream().map(Theme::slug).toList();
        assertTrue(slugs.size() >= 12);
        for (String s : List.of("li-fa", "jian-du", "yu-suan", "zhong-da-shi-xiang", "ren-mian-xuan-ju", "dai-biao",
                "zi-shen-jian-she", "dang-de-ling-dao", "jing-ji", "sheng-tai", "min-sheng", "fa-zhi",
                "ji-ceng-min-zhu", "shu-zi-ren-da")) {
            assertTrue(slugs.contains(s), s);
        }
    }

    private List<String> about(String text) {
        return classifier.themesOf(classifier.score(Segmenter.analyse(text)), ThemeClassifier.MIN_SCORE, ThemeClassifier.RELATIVE);
    }

    @Test
    void paragraphsAreAboutWhatTheirWordsSay() {
        assertEquals("yu-suan", about("审查批准市级决算和预算调整方案，加强对政府债务和国有资产管理情况的监督。").get(0));
        assertEquals("sheng-tai", about("开展大气污染防治法执法检查，推动打好蓝天、碧水、净土保卫战，守护长江生态环境。").get(0));
        assertEquals("dai-biao", about("认真办理代表建议，组织人大代表进家入站，联系人民群众。").get(0));
        assertEquals("shu-zi-ren-da", about("推进数字人大建设，升级预算联网监督系统和代表履职平台。").get(0));
        assertEquals(List.of(), about("各位代表："));
    }

    @Test
    void traditionalCharactersScoreAsTheirSimplifiedForms() {
        assertEquals(about("开展大气污染防治法执法检查，推动打好蓝天、碧水、净土保卫战，守护长江生态环境。"),
                about("開展大氣污染防治法執法檢查，推動打好藍天、碧水、淨土保衛戰，守護長江生態環境。"));
        assertEquals("dai-biao", about("認真辦理代表建議，組織人大代表進家入站，聯繫人民群眾。").get(0));
        assertEquals("yu-suan", about("審查批准市級決算和預算調整方案，加強對政府債務和國有資產管理情況的監督。").get(0));
    }

    @Test
    void compoundTokensCountAsTheKeywordsTheyAreMadeOf() {
        int[] scores = classifier.score(Segmenter.analyse("预算联网监督"));
        int budget = classifier.themes().stream().map(Theme::slug).toList().indexOf("yu-suan");
        assertTrue(scores[budget] >= 3);
    }

    @Test
    void aReportWithoutSectionHeadingsStillGetsAProfile() throws IngestException {
        Report r = ReportIngester.defaults().ingest("x.txt", String.join("\n",
                "各位代表：",
                "制定地方性法规3部，修改条例5部，开展立法调研，基层立法联系点征集意见建议。",
                "开展执法检查4次，组织专题询问，听取和审议专项工作报告12个，督促整改落实。",
                "办理代表建议300件，组织代表培训，人大代表之家和代表联络站覆盖全市。").getBytes(StandardCharsets.UTF_8),
                Sidecar.empty());
        ThemeProfile p = classifier.profile(r, ReportAnalysis.of(r));
        assertEquals(List.of("li-fa"), p.paragraphs().get("p2").subList(0, 1));
        assertEquals("jian-du", p.paragraphs().get("p3").get(0));
        assertEquals("dai-biao", p.paragraphs().get("p4").get(0));
        assertEquals(3, p.shares().size());
        double sum = p.shares().values().stream().mapToDouble(Double::doubleValue).sum();
        assertTrue(sum > 0.9 && sum <= 1.0001, "the classified paragraphs are nearly all the text: " + sum);
    }

    @Test
    void aBadThemeFileIsAOneLineError(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("x.yaml"), "name: 测试\ndescription: 说明\nkeywords:\n  立法: 5\n");
        IngestException e = org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> ThemeLoader.load(dir));
        assertEquals("themes/x.yaml: keyword '立法' has weight 5; use 1, 2 or 3", e.getMessage());
        Files.writeString(dir.resolve("x.yaml"), "name: 测试\nkeywords: {立法: 1}\n");
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(IngestException.class, () -> ThemeLoader.load(dir))
                .getMessage().contains("needs a name, a description and keywords"));
        Files.writeString(dir.resolve("x.yaml"), "name: 测试\ndescription: 说明\nkeywords: {立法: 1}\n");
        assertEquals(Map.of("立法", 1), ThemeLoader.load(dir).get(0).keywords());
    }
}
