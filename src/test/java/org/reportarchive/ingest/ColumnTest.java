package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.reportarchive.model.EditorialNote;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.NoteKind;
import org.reportarchive.model.Report;

/** The column a copy's lines are set in: by width, as a page sets type, or by a count of characters. */
class ColumnTest {

    private static final List<String> PARAGRAPHS = List.of(
            "2022年1月至2023年12月期间常委会先后审议了2022年度和2023年度市级预算执行情况和其他财政收支审计工作报告并提出审议意见。",
            "常委会听取审议了市人民政府关于2022年度国有资产管理情况的综合报告和2022年度企业国有资产管理情况的专项报告并开展了专题询问。",
            "截至2023年12月31日全市共有各级人大代表6782名其中市人大代表512名县区人大代表2150名乡镇人大代表4120名。");

    /** The paragraphs, indented two characters and wrapped: after a width, or after a number of characters. */
    private static List<SourceLine> wrap(int limit, boolean byCharacters, Set<Integer> indented) {
        List<SourceLine> lines = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            StringBuilder line = new StringBuilder();
            int used = Column.PARAGRAPH_INDENT;
            boolean first = true;
            for (char c : p.toCharArray()) {
                int w = byCharacters ? 2 : Column.width(String.valueOf(c));
                if (used + w > limit) {
                    add(lines, line, first, indented);
                    first = false;
                    line.setLength(0);
                    used = 0;
                }
                line.append(c);
                used += w;
            }
            add(lines, line, first, indented);
        }
        return lines;
    }

    private static void add(List<SourceLine> lines, StringBuilder text, boolean first, Set<Integer> indented) {
        lines.add(new SourceLine(lines.size() + 1, text.toString()));
        if (first) {
            indented.add(lines.size());
        }
    }

    @Test
    void aPagesLinesAreMeasuredAsSetWithTheirIndent() {
        Set<Integer> indented = new HashSet<>();
        Column column = Column.of(wrap(48, false, indented), indented);
        assertEquals(new Column(48, false), column);
        assertTrue(column.fills("其中市人大代表512名县区人大代表2150名乡镇人大代"));
        assertFalse(column.fills("表4120名。"));
        // without the indents counted, the first lines' width would be the commonest and too few lines about it
        assertFalse(Column.of(wrap(48, false, new HashSet<>()), Set.of()).isSet());
    }

    @Test
    void aCopyWrappedAfterANumberOfCharactersIsMeasuredByThem() {
        Set<Integer> indented = new HashSet<>();
        List<SourceLine> lines = wrap(48, true, indented);
        Column column = Column.of(lines, indented);
        assertEquals(new Column(48, true), column);
        // a line of 24 characters with digits in it is full, though narrower as set
        String digits = lines.stream().map(SourceLine::text).filter(t -> t.length() == 24 && t.matches(".*[0-9]{4}.*"))
                .findFirst().orElseThrow();
        assertTrue(Column.width(digits) < column.full(), digits);
        assertTrue(column.fills(digits));
    }

    @Test
    void aWordProcessorsHardWrapOf42CharactersIsAColumnAndAFullLineEndingOnAQuotedTermGoesOn() throws Exception {
        Report r = Copies.ingest(String.join("\n", "关于全市农村饮水安全工作情况的审议意见", "市人民政府：",
                "我市农村饮水工程建设标准低、老化失修严重；水源保护措施落实不到位；工程运行管理机制不",
                "健全，供水保障能力不足，群众反映比较强烈，部分地方工程效益未能充分发挥，“重建轻管”",
                "现象较为普遍。为进一步做好农村饮水安全工作，提出如下审议意见：一是加强水源保护，划定",
                "水源保护区，依法查处违法行为；二是加大投入力度，推进城乡供水一体化，提升农村供水保障",
                "水平；三是健全管护机制，落实管护主体和经费，确保工程长期发挥效益，让群众喝上放心水，",
                "切实把好事办好。",
                "会议要求，市人民政府要认真研究处理审议意见，明确责任单位和完成时限，加强督促检查，确",
                "保各项措施落到实处，并在六个月内将研究处理情况向市人大常委会书面报告，常委会将适时开",
                "展跟踪监督。"));
        List<String> texts = Copies.texts(r);
        assertEquals(3, texts.size(), texts.toString());
        assertTrue(texts.get(1).contains("“重建轻管”现象较为普遍"), texts.toString());
    }

    @Test
    void aTextWithoutDigitsIsMeasuredAsSetAndOneParagraphALineIsInNoColumn() {
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            lines.add(new SourceLine(i + 1, "常委会坚持以人民为中心的发展思想，认真"));
        }
        assertEquals(new Column(38, false), Column.of(lines, Set.of()));
        List<SourceLine> paragraphs = new ArrayList<>();
        for (String p : PARAGRAPHS) {
            paragraphs.add(new SourceLine(paragraphs.size() + 1, p));
        }
        assertEquals(Column.NONE, Column.of(paragraphs, Set.of()));
    }

    @Test
    void aGlossaryEntryThatFillsTheColumnGoesOnInItsNextLineAndTheJoinIsNoted() throws Exception {
        Report r = ReportIngester.defaults().ingest(
                Path.of("src/test/resources/layouts/pdf-glossary-entries-in-a-column-qimen-2024.txt"));
        assertEquals(List.of(
                "1.“双联系”制度：指常委会组成人员联系人大代表、人大代表联系人民群众的制度，由县人大常委会于二〇一九年建立并逐年完善。",
                "2.“一府一委两院”：指县人民政府、县监察委员会、县人民法院和县人民检察院。",
                // an entry's second paragraph, indented under a short line, stays a paragraph of its own
                "3.“家站点”：指人大代表之家和人大代表联络站。\n全县共建成家站点四十六个。"),
                r.footnotes().stream().map(Footnote::text).toList());
        assertEquals("指县人民政府、县监察委员会、县人民法院和县人民检察院。", r.footnotes().get(1).definition());
        List<EditorialNote> onNotes = r.notes().stream().filter(n -> n.blockId().startsWith("fn-")).toList();
        assertEquals(List.of("fn-1", "fn-1", "fn-2", "fn-3"), onNotes.stream().map(EditorialNote::blockId).toList());
        assertTrue(onNotes.get(0).message().contains("原文第16行与第17行之间的断行")
                && onNotes.get(0).message().contains("人员联系人大｜代表、人大代"), onNotes.get(0).message());
        assertTrue(onNotes.get(1).message().contains("原文第17行与第19行之间的断行"), onNotes.get(1).message()); // over the page's number
        assertTrue(onNotes.stream().allMatch(n -> n.kind() == NoteKind.COLUMN_BREAK));
        // the entries' notes follow the text's, in the order of the notes' numbers
        assertEquals(r.notes().subList(r.notes().size() - 4, r.notes().size()), onNotes);
        assertEquals("n" + r.notes().size(), onNotes.get(3).id());
    }

    @Test
    void aNarrowColumnsFirstParagraphWithoutASalutationIsTheTextNotTheTitleBlock() throws Exception {
        // a column of 24 characters: the paragraph's lines, clauses and all, are too short to read as sentences alone
        String copy = Files.readString(Path.of("src/test/resources/layouts/pdf-glossary-entries-in-a-column-qimen-2024.txt"))
                .replace("各位代表：\n", "");
        Report r = Copies.ingest(copy);
        assertEquals(List.of("——2024年1月10日在祁门县第十八届人民代表大会第四次会议上"), r.metadata().headerLines());
        assertEquals("过去一年，县人大常委会在县委的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕全县工作大局，"
                + "依法履行职责，各项工作取得了新的成效。", r.paragraphs().get(0).text());
        // a short line with clauses over another is no column's paragraph: a subtitle stays in the title block
        Report subtitled = Copies.ingest(String.join("\n", "祁门县人民代表大会常务委员会工作报告", "凝心聚力，担当作为",
                "——2024年1月10日在祁门县第十八届人民代表大会第四次会议上", "各位代表：", "过去一年，常委会依法履职，各项工作取得新的成效。"));
        assertTrue(subtitled.metadata().headerLines().contains("凝心聚力，担当作为"), subtitled.metadata().headerLines().toString());
    }
}
