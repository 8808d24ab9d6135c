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
            if (reasons[i] != RemovalReason.PUBLICATION || !SOURCE.matcher(lines.get(i).text().strip()).lookingAt()) {
                continue;
            }
            int above = SourceLines.previousLine(lines, i);
            if (above >= 0 && reasons[above] == null && isRow(lines.get(above).text())) {
                reasons[i] = null;
            }
        }
    }

    /** A table's row as a copy gives it: cells apart by tabs, two or more. */
    private static boolean isRow(String line) {
        return line.strip().indexOf('\t') > 0;
    }
}
