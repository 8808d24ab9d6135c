package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A document's table of contents, as a word processor's export keeps it ({@code 目　　录} over lines that end in a
 * leader and a page number, {@code 一、2015年工作回顾……………1}): it repeats the document's headings and is not its
 * text. Two such lines in a row at least make one; a line of the text never ends in a leader and a number.
 */
final class TableOfContents {

    private static final Pattern HEADING = Pattern.compile("^目[\\s\\u3000]*录[:：]?$");
    private static final Pattern ENTRY = Pattern.compile("^.{1,80}?[…．.·・\\-—_]{4,}[\\s\\u3000]*[0-9０-９]{1,3}$");
    /** The fewest entries a table of contents has. */
    private static final int ENTRIES = 2;

    private TableOfContents() {
    }

    /** An entry: a line that ends in a page number (decided first, without a pattern) after a leader. */
    private static boolean isEntry(String line) {
        int n = line.length();
        return n > 5 && (Character.isDigit(line.charAt(n - 1))) && ENTRY.matcher(line).matches();
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && isEntry(lines.get(end).text().strip())) {
                end++;
            }
            if (end - i >= ENTRIES) {
                for (int j = i; j < end; j++) {
                    reasons[j] = RemovalReason.TABLE_OF_CONTENTS;
                }
                if (i > 0 && HEADING.matcher(lines.get(i - 1).text().strip()).matches()) {
                    reasons[i - 1] = RemovalReason.TABLE_OF_CONTENTS;
                }
                i = end;
            } else {
                i = end + 1;
            }
        }
    }
}
