package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A table's own note of its source under its last row (来源：上杭县财政局, （据县应急管理局统计资料整理）), which reads
 * like a page's publishing line or a book's note of where its text came from: under a row of a table of the text's, it
 * is the text's.
 */
final class TableNotes {

    private TableNotes() {
    }

    /** A note of a source: a label and what it names, or a bracketed 据……整理. */
    private static final Pattern SOURCE = Pattern.compile(
            "^([（(][\\s\\u3000]*)?(来源|资料来源|数据来源|据)[\\s\\u3000]*[:：]?");

    /** Keeps the notes of sources set right under a table's row. */
    static void keep(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            if (reasons[i] == RemovalReason.PUBLICATION && isNoteUnderRow(lines, reasons, i)) {
                reasons[i] = null;
            }
        }
    }

    /** Whether a line is a note of a source right under a table's row the text keeps. */
    static boolean isNoteUnderRow(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        if (!SOURCE.matcher(lines.get(i).text().strip()).lookingAt()) {
            return false;
        }
        int above = SourceLines.previousLine(lines, i);
        return above >= 0 && reasons[above] == null && isRow(lines.get(above).text());
    }

    /** Cells apart by wide spaces: 合计　　436　　218　　163. */
    private static final Pattern CELL_GAP = Pattern.compile("[ \\u3000]{2,}");

    /**
     * A table's row as a copy gives it: cells apart by tabs, two or more, or by wide spaces, three or more with a
     * number among them.
     */
    private static boolean isRow(String line) {
        String t = line.strip();
        if (t.indexOf('\t') > 0) {
            return true;
        }
        String[] cells = CELL_GAP.split(t);
        return cells.length >= 3 && java.util.Arrays.stream(cells).anyMatch(c -> c.matches("[0-9０-９.%％]+[件个项次人名万亿元]?"));
    }
}
