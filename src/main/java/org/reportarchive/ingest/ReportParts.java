package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * A report a site prints in parts, each on a page of its own under the title with the part's label, copied one after
 * the other into one file: {@code ……工作报告（上）}, its text, the page's frame, {@code ……工作报告（下）}, its text. A part's
 * title again is the page's, not a heading of the text; and when the last part is there with the first, the text is
 * whole.
 */
final class ReportParts {

    /** A part's label after a title: （上）, （中）, （下）, （续）. */
    private static final Pattern PART = Pattern.compile("[（(](上|中|下|续)[）)]$");
    /** The longest a title is read again. */
    private static final int TITLE_LINE = 80;

    /** What a report sets under its text as its own part, which stays its own: its attachments, notes, glossary. */
    private static final Pattern OWN_PART = Pattern.compile("^(附件|附表|附录|附[:：]|注[:：]|说明[:：]|注释|名词解释)");

    private ReportParts() {
    }

    /** Whether a line opens a part of the report's own under its text: 附件：……, 注：……, 名词解释. */
    static boolean opensOwnPart(String line) {
        return OWN_PART.matcher(line.strip()).find();
    }

    /**
     * The title again over each later page of a text a site prints over several, with the page's number: ……工作报告（2）
     * under ……工作报告.
     */
    private static void markPages(List<SourceLine> lines, RemovalReason[] reasons, int title, String first) {
        for (int i = title + 1; i < lines.size(); i++) {
            String t = SourceLine.trim(lines.get(i).text());
            Matcher page = reasons[i] == null && t.length() <= TITLE_LINE && t.startsWith(first)
                    ? PAGE_OF_PART.matcher(t) : null;
            if (page != null && page.find() && t.substring(first.length(), page.start()).isBlank()) {
                reasons[i] = RemovalReason.DUPLICATE;
            }
        }
    }

    /** Whether a line is a title with a part's label: ……工作报告（下）, ……工作报告（2）. */
    static boolean isPartsTitle(String line) {
        String t = SourceLine.trim(line);
        return t.length() <= TITLE_LINE && (PART.matcher(t).find() || PAGE_OF_PART.matcher(t).find());
    }

    /** A page's number after a title: （2）, (3). */
    private static final Pattern PAGE_OF_PART = Pattern.compile("[（(][0-9０-９]{1,2}[）)]$");

    /**
     * Marks the titles of the later parts under the title at an index, and returns whether the file holds the text's
     * parts from the first to the last (（上） to （下）).
     */
    static boolean mark(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        if (title < 0) {
            return false;
        }
        String first = SourceLine.trim(lines.get(title).text());
        Matcher label = PART.matcher(first);
        if (!label.find()) {
            markPages(lines, reasons, title, first);
            return false;
        }
        String bare = first.substring(0, label.start()).strip();
        String last = label.group(1);
        for (int i = title + 1; i < lines.size(); i++) {
            String t = SourceLine.trim(lines.get(i).text());
            if (reasons[i] != null || t.length() > TITLE_LINE || !t.startsWith(bare)) {
                continue;
            }
            Matcher part = PART.matcher(t);
            if (part.find() && part.start() >= bare.length() && t.substring(bare.length(), part.start()).isBlank()) {
                reasons[i] = RemovalReason.DUPLICATE; // the next part's title, over its page
                last = part.group(1);
            }
        }
        return label.group(1).equals("上") && last.equals("下");
    }
}
