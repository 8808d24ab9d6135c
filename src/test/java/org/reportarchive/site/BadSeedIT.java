package org.reportarchive.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One bad seed is reported in one line and left out; the good ones are still published. */
class BadSeedIT {

    private static int run(Path seeds, Path out, Path log, String... extra) throws Exception {
        String jar = System.getProperty("archive.jar", "target/report-archive.jar");
        List<String> cmd = new java.util.ArrayList<>(List.of("java", "-jar", jar, "build", "-q", "--seeds",
                seeds.toString(), "--out", out.toString()));
        cmd.addAll(List.of(extra));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void aBadSeedDoesNotTakeTheOthersDown(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        try (var files = Files.list(Path.of("seeds"))) {
            Path luzhou = files.filter(f -> f.getFileName().toString().startsWith("001_")).findFirst().orElseThrow();
            Files.copy(luzhou, seeds.resolve("luzhou.txt"));
        }
        Files.write(seeds.resolve("empty.txt"), new byte[0]);
        Files.writeString(seeds.resolve("menu only.txt"), "首页 | 新闻 | 联系我们\n电话：13800138000\n");

        Path log = dir.resolve("build.log");
        assertEquals(0, run(seeds, dir.resolve("site"), log), Files.readString(log));
        String out = Files.readString(log);
        assertTrue(out.contains("FAIL  empty.txt: the file is empty; put the report's text in it or remove it"), out);
        assertTrue(out.contains("FAIL  menu only.txt:1: no report text found"), out);
        assertTrue(out.contains("Built 1 report, 2 failed"), out);
        assertFalse(out.contains("Exception"), out);
        assertFalse(out.contains("\tat "), out);
        assertTrue(Files.isRegularFile(dir.resolve("site/reports/2022-luzhou-report.html")));

        assertEquals(1, run(seeds, dir.resolve("site2"), log, "--strict"), "--strict fails the build");
    }

    @Test
    void legacyEncodingsSameIdsAndFileNamesWithSpacesAndChinese(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String report = "绵阳市人民代表大会常务委员会工作报告\n2023年1月12日在绵阳市第八届人民代表大会第三次会议上\n"
                + "各位代表：\n一年来，市人大常委会坚持依法履职，制定地方性法规两部，开展执法检查五次。\n";
        Files.write(seeds.resolve("绵阳 报告 GBK.txt"), report.getBytes(java.nio.charset.Charset.forName("GBK")));
        Files.writeString(seeds.resolve("绵阳 报告 UTF8.txt"), report);
        String traditional = "臺北市議會工作報告\n各位議員：\n一年來，本會堅持依法履職，審議預算、監督市政，聽取市長施政報告"
                + "並提出質詢，推動市民關心的交通、教育、醫療與長期照顧等議題，完成各項法定職權。\n";
        Files.write(seeds.resolve("big5.txt"), traditional.getBytes(java.nio.charset.Charset.forName("Big5")));
        Path log = dir.resolve("build.log");
        assertEquals(0, run(seeds, dir.resolve("site"), log, "--strict"), Files.readString(log));
        String out = Files.readString(log);
        assertTrue(out.contains("Built 3 reports, 0 failed"), out);
        assertTrue(out.contains("read as GB18030"), out);
        assertTrue(Files.isRegularFile(dir.resolve("site/reports/2023-mianyang-report.html")));
        assertTrue(Files.isRegularFile(dir.resolve("site/reports/2023-mianyang-report-2.html")), "the same id is numbered");
        String taipei = Files.list(dir.resolve("site/reports")).filter(p -> p.toString().endsWith(".md"))
                .map(p -> { try { return Files.readString(p); } catch (Exception e) { return ""; } })
                .filter(t -> t.contains("臺北市議會工作報告")).findFirst().orElse("");
        assertTrue(taipei.contains("審議預算"), "a traditional-Chinese report is kept as it is");
        assertFalse(taipei.contains("繁体字"), "and gets no notes about traditional characters");
    }

    @Test
    void twoSidecarsChoosingOneIdLeaveOneOut(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        String report = "各位代表：\n一年来，市人大常委会坚持依法履职，制定地方性法规两部。\n";
        for (String name : List.of("a", "b")) {
            Files.writeString(seeds.resolve(name + ".txt"), report);
            Files.writeString(seeds.resolve(name + ".yaml"), "id: same-report\ntitle: 报告" + name + "\n");
        }
        Path log = dir.resolve("build.log");
        assertEquals(0, run(seeds, dir.resolve("site"), log), Files.readString(log));
        String out = Files.readString(log);
        assertTrue(out.contains("FAIL  b.txt: id 'same-report' is already used by a.txt; give one of them another"
                + " 'id:' in its sidecar"), out);
        assertTrue(out.contains("Built 1 report, 1 failed"), out);
        assertTrue(Files.readString(dir.resolve("site/reports/same-report.html")).contains("报告a"));
    }

    @Test
    void nothingToBuildFails(@TempDir Path dir) throws Exception {
        Path seeds = Files.createDirectories(dir.resolve("seeds"));
        Files.write(seeds.resolve("empty.txt"), new byte[0]);
        Path log = dir.resolve("build.log");
        assertEquals(1, run(seeds, dir.resolve("site"), log));
        assertTrue(Files.readString(log).contains("no report could be built"));
    }
}
