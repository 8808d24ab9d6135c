package org.reportarchive.ingest;

import java.util.List;
import org.reportarchive.model.RemovalReason;

/** Steps among a copy's lines: to the next line the cleaning kept, to the last non-blank line before one. */
final class SourceLines {

    private SourceLines() {
    }

    /** The index of the next line after {@code i} that no rule stripped and that has text, or -1. */
    static int nextKept(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (reasons[j] == null && !lines.get(j).text().isBlank()) {
                return j;
            }
        }
        return -1;
    }

    /** The index of the last non-blank line before {@code i}, or -1. */
    static int previousLine(List<SourceLine> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).text().isBlank()) {
            j--;
        }
        return j;
    }
}
