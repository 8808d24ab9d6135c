package org.reportarchive.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A document's table of contents, as a word processor's export keeps it ({@code 目　　录} over lines that end in a
 * leader and a page number, {@code 一、2015年工作回顾……………1}, {@code ……工作报告…………（2）}): it repeats the document's headings and is not its
 * text. Two such lines in a row at least make one, under a heading 目录, or repeating the headings that follow; a
 * report's own list of figures set with leaders ({@code 城乡建设管理类……………86}) is its text.
 */
final class TableOfContents {

    private static final Pattern HEADING = Pattern.compile("^目[\\s\\u3000]*[录錄][:：]?$");
    private static final Pattern ENTRY = Pattern.compile("^.{1,80}?(…{2,}|[…．.·・\\-—_]{4,})[\\s\\u3000]*([0-9０-９]{1,3}|[（(][0-9０-９]{1,3}[)）])$");
    /** The fewest entries a table of contents has. */
    private static final int ENTRIES = 2;

    private TableOfContents() {
    }

    /** An entry: a line that ends in a page number (decided first, without a pattern) after a leader. */
    private static boolean isEntry(String line) {
        int n = line.length();
        return n > 5 && (Character.isDigit(line.charAt(n - 1)) || line.charAt(n - 1) == '）' || line.charAt(n - 1) == ')')
                && ENTRY.matcher(line).matches();
    }

    /**
     * The first line of an entry wrapped over two ({@code (3)　坚持依法决定，重大事项和人事任免} over
     * {@code 规范有序……………3}): a short line without a sentence's end, under which an entry goes on without a number
     * of its own.
     */
    private static boolean isWrapped(List<SourceLine> lines, int k) {
        if (k + 1 >= lines.size()) {
            return false;
        }
        String t = lines.get(k).text().strip();
        String next = lines.get(k + 1).text().strip();
        return t.length() <= 60 && !isEntry(t) && !HeadingRecognizer.endsSentence(t) && isEntry(next)
                && HeadingRecognizer.numbering(next).isEmpty();
    }

    /** The entry's words, without its leader and page number. */
    private static final Pattern LEADER = Pattern.compile("(…{2,}|[…．.·・\\-—_]{4,})[\\s\\u3000]*([0-9０-９]{1,3}|[（(][0-9０-９]{1,3}[)）])$");

    private static final Pattern PAGE_NUMBER = Pattern.compile("[0-9０-９]{1,3}(?=[)）]?$)");

    /** Whether the entries' page numbers go up, and most of their words stand again as lines of their own after them. */
    private static boolean repeatsHeadings(List<SourceLine> lines, int from, int to) {
        Set<String> later = new HashSet<>();
        for (int j = to; j < lines.size(); j++) {
            later.add(lines.get(j).text().strip().replaceAll("[\\s\\u3000]+", ""));
        }
        int repeated = 0;
        int page = 0;
        String wrapped = "";
        for (int j = from; j < to; j++) {
            if (!isEntry(lines.get(j).text().strip())) {
                wrapped = lines.get(j).text().strip(); // an entry's first line: its words go on in the next
                continue;
            }
            Matcher number = PAGE_NUMBER.matcher(lines.get(j).text().strip());
            int p = number.find() ? Integer.parseInt(ChineseNumbers.toHalfWidthDigits(number.group())) : -1;
            if (p < page) {
                return false; // a table's pages go up; a list of figures (18, 5, 12) does not
            }
            page = p;
            String words = (wrapped + LEADER.matcher(lines.get(j).text().strip()).replaceFirst(""))
                    .replaceAll("[\\s\\u3000]+", "");
            wrapped = "";
            repeated += later.contains(words) ? 1 : 0;
        }
        return repeated * 2 >= entries(lines, from, to);
    }

    /**
     * Whether a sentence comes before a line: a table of contents without its heading stands before the text, and a
     * list set with leaders after one of its sentences (……已全部办理答复。 / 城乡建设类……19) is the text's.
     */
    private static boolean proseBefore(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        for (int j = 0; j < i; j++) {
            if (reasons[j] == null && Prose.isProse(lines.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** How many entries the lines hold: an entry wrapped over two lines is one. */
    private static int entries(List<SourceLine> lines, int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            n += isEntry(lines.get(j).text().strip()) ? 1 : 0;
        }
        return n;
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && (isEntry(lines.get(end).text().strip()) || (end > i || i > 0 && HEADING.matcher(lines.get(i - 1).text().strip()).matches())
                    && isWrapped(lines, end))) {
                end++;
            }
            if (entries(lines, i, end) >= ENTRIES && (i > 0 && HEADING.matcher(lines.get(i - 1).text().strip()).matches()
                    || !proseBefore(lines, reasons, i) && repeatsHeadings(lines, i, end))) {
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
