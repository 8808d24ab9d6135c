package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SourceDecoderTest {

    @Test
    void readsUtf8WithAndWithoutBom() throws Exception {
        byte[] plain = "各位代表：\n报告。".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.write(plain);
        assertEquals("各位代表：\n报告。", SourceDecoder.decode(plain, "a.txt").text());
        SourceDecoder.Decoded withBom = SourceDecoder.decode(bom.toByteArray(), "b.txt");
        assertEquals("各位代表：\n报告。", withBom.text());
        assertEquals("UTF-8 (BOM)", withBom.encoding());
    }

    @Test
    void normalisesCrlfAndCrToLf() throws Exception {
        assertEquals("一\n二\n三\n", SourceDecoder.decode("一\r\n二\r三\n".getBytes(StandardCharsets.UTF_8), "a.txt").text());
    }

    @Test
    void unicodesSeparatorsAndAWordProcessorsLineBreakEndLines() throws Exception {
        assertEquals("一\n二\n三\n四\n五", SourceDecoder.decode("一\u2028二\u2029三\u000B四\u0085五"
                .getBytes(StandardCharsets.UTF_8), "a.txt").text());
    }

    @Test
    void charactersNoReaderSeesAreTakenOffAndListedByLine() throws Exception {
        SourceDecoder.Decoded d = SourceDecoder.decode(("区人大常委会主任　王\u200B建\u200B伟\n全过程人\u00AD民民主\n"
                + "加强监督。\n1\u200C.\u2060完善&ldquo;制度&rdquo;\n").getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals("区人大常委会主任　王建伟\n全过程人民民主\n加强监督。\n1.完善“制度”\n", d.text());
        assertEquals(java.util.List.of("1 INVISIBLE U+200B ×2", "2 INVISIBLE U+00AD", "4 INVISIBLE U+200C U+2060",
                "4 MARKUP &ldquo;", "4 MARKUP &rdquo;"), d.references().stream()
                .map(r -> r.line() + " " + r.reason() + " " + r.text()).toList());
        assertTrue(d.references().stream().noneMatch(org.reportarchive.model.Removal::strips), "no text is stripped");
    }

    @Test
    void aScansTextSpacedCharacterByCharacterIsReadWithoutTheSpacesAndEachLineListed() throws Exception {
        SourceDecoder.Decoded d = SourceDecoder.decode(("绥 德 县 人 民 代 表 大 会 常 务 委 员 会 工 作 报 告\n"
                + "县 人 大 常 委 会 主 任   刘 振 华\n各 位 代 表 ：\n\n"
                + "一 九 九 七 年 ， 共 召 开 常 委 会 会 议 7 次 ， 主 任 会 议 1 5 次 。\n"
                + "　　· 2 ·\n以 上 报 告 ， 请 予 审 议 。\n").getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals("绥德县人民代表大会常务委员会工作报告\n县人大常委会主任  刘振华\n各位代表：\n\n"
                + "一九九七年，共召开常委会会议7次，主任会议15次。\n　　·2·\n以上报告，请予审议。\n", d.text());
        assertEquals(java.util.List.of("1 17 个空格", "2 10 个空格", "3 4 个空格", "5 24 个空格", "6 2 个空格", "7 9 个空格"),
                d.references().stream().map(r -> r.line() + " " + r.text()).toList());
        assertTrue(d.references().stream().noneMatch(org.reportarchive.model.Removal::strips), "no text is stripped");
        // a copy with a title or two set wide is not a spaced copy: its lines keep their spaces
        String wide = "工 作 报 告\n各位代表：\n常委会召开会议7次，听取报告15个。\n以上报告，请予审议。\nG D P 增长 6 %\n";
        assertEquals(wide, SourceDecoder.decode(wide.getBytes(StandardCharsets.UTF_8), "b.txt").text());
    }

    @Test
    void aLinePastedInFromAGbkFileIsReadAsGbkAndNamed() throws Exception {
        ByteArrayOutputStream mixed = new ByteArrayOutputStream();
        mixed.write("金寨县人民代表大会常务委员会工作报告\n各位代表：\n".getBytes(StandardCharsets.UTF_8));
        mixed.write("2019年，常委会召开会议8次。\n".getBytes(java.nio.charset.Charset.forName("GB18030")));
        mixed.write("以上报告，请予审议。\n".getBytes(StandardCharsets.UTF_8));
        SourceDecoder.Decoded d = SourceDecoder.decode(mixed.toByteArray(), "m.txt");
        assertEquals("金寨县人民代表大会常务委员会工作报告\n各位代表：\n2019年，常委会召开会议8次。\n以上报告，请予审议。\n", d.text());
        assertEquals("GB18030 on line 3, UTF-8 elsewhere", d.encoding());
        // a line that reads as neither is the error it was
        byte[] broken = {(byte) 0xE4, (byte) 0xBD, '\n', (byte) 0xFF, (byte) 0xFE, (byte) 0xFD, '\n'};
        assertThrows(IngestException.class, () -> SourceDecoder.decode(broken, "b.txt"));
    }

    @Test
    void anRtfDocumentIsRefusedWithWhatToDoAndAWordDocumentsXmlIsReadByParagraph() throws Exception {
        IngestException rtf = assertThrows(IngestException.class, () -> SourceDecoder.decode(
                "{\\rtf1\\ansi\\ansicpg936 \\'b8\\'d3}".getBytes(StandardCharsets.UTF_8), "r.txt"));
        assertTrue(rtf.getMessage().startsWith("r.txt:1: this is an RTF document"), rtf.getMessage());
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"urn:w\"><w:body>"
                + "<w:p><w:r><w:t>凤翔县人</w:t></w:r><w:r><w:t>大常委会工作报告</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>县人大常委会主任</w:t><w:tab/><w:t>雷建军</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t xml:space=\"preserve\">　　各位代表：</w:t></w:r></w:p></w:body></w:document>";
        SourceDecoder.Decoded d = SourceDecoder.decode(xml.getBytes(StandardCharsets.UTF_8), "w.txt");
        assertEquals("凤翔县人大常委会工作报告\n县人大常委会主任\t雷建军\n　　各位代表：", d.text());
        assertEquals("Word XML export", d.container());
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        byte[] le = "\uFEFF人大报告".getBytes(StandardCharsets.UTF_16LE);
        assertEquals("人大报告", SourceDecoder.decode(le, "le.txt").text());
        byte[] be = "\uFEFF人大报告".getBytes(StandardCharsets.UTF_16BE);
        assertEquals("人大报告", SourceDecoder.decode(be, "be.txt").text());
    }

    @Test
    void readsUtf16WithoutBomByWhereItsNulBytesStand() throws Exception {
        String text = "厦门市人大常委会工作报告\r\n各位代表：\r\n2019年，常委会召开会议8次。\r\n";
        SourceDecoder.Decoded le = SourceDecoder.decode(text.getBytes(StandardCharsets.UTF_16LE), "le.txt");
        assertEquals(text.replace("\r\n", "\n"), le.text());
        assertEquals("UTF-16LE (no BOM)", le.encoding());
        SourceDecoder.Decoded be = SourceDecoder.decode(text.getBytes(StandardCharsets.UTF_16BE), "be.txt");
        assertEquals(text.replace("\r\n", "\n"), be.text());
        assertEquals("UTF-16BE (no BOM)", be.encoding());
    }

    @Test
    void refusesInvalidUtf8NamingTheLine() {
        byte[] bytes = "第一行\n第二行\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        IngestException e = assertThrows(IngestException.class, () -> SourceDecoder.decode(bad, "bad.txt"));
        assertEquals("bad.txt:3: the text is not valid UTF-8; save the file as UTF-8", e.getMessage());
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        IngestException empty = assertThrows(IngestException.class, () -> SourceDecoder.decode(new byte[0], "e.txt"));
        assertTrue(empty.getMessage().startsWith("e.txt: the file is empty"));
        IngestException binary = assertThrows(IngestException.class,
                () -> SourceDecoder.decode(new byte[] {1, 0, 2, 0}, "b.txt"));
        assertTrue(binary.getMessage().contains("not a text file"));
    }

    private static final String SIMPLIFIED = "泸州市人民代表大会常务委员会工作报告\n各位代表：\n一年来，市人大常委会坚持党的领导、"
            + "人民当家作主、依法治国有机统一，深入践行全过程人民民主，全面完成各项目标任务。制定颁布地方性法规2部，"
            + "听取审议专项工作报告31个，组织开展执法检查、集中视察、专题询问和专题调研65次。\n";
    private static final String TRADITIONAL = "臺北市議會工作報告\n各位議員：\n一年來，本會堅持依法履職，審議預算、"
            + "監督市政，聽取市長施政報告並提出質詢，推動市民關心的交通、教育、醫療與長期照顧等議題，"
            + "完成各項法定職權。\n";

    @Test
    void readsGb18030AndGbk() throws Exception {
        for (String cs : new String[] {"GB18030", "GBK", "GB2312"}) {
            SourceDecoder.Decoded d = SourceDecoder.decode(SIMPLIFIED.getBytes(java.nio.charset.Charset.forName(cs)), "gb.txt");
            assertEquals(SIMPLIFIED, d.text(), cs);
            assertEquals("GB18030", d.encoding());
        }
    }

    @Test
    void readsBig5AndLeavesTraditionalCharactersAsTheyAre() throws Exception {
        SourceDecoder.Decoded d = SourceDecoder.decode(TRADITIONAL.getBytes(java.nio.charset.Charset.forName("Big5")), "b5.txt");
        assertEquals(TRADITIONAL, d.text());
        assertEquals("Big5-HKSCS", d.encoding());
    }

    @Test
    void refusesOtherEncodings() {
        byte[] sjis = "衆議院の本会議で、予算案についての質疑が行われました。政府は説明を行いました。".repeat(3)
                .getBytes(java.nio.charset.Charset.forName("Shift_JIS"));
        IngestException e = assertThrows(IngestException.class, () -> SourceDecoder.decode(sjis, "jp.txt"));
        assertTrue(e.getMessage().startsWith("jp.txt: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("save the file as UTF-8"), e.getMessage());
        byte[] latin1 = "Rapport annuel de l'assemblée. Année écoulée, élus réunis.".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(IngestException.class, () -> SourceDecoder.decode(latin1, "fr.txt"));
    }
}
