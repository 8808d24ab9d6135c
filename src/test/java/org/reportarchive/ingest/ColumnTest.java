package org.reportarchive.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
