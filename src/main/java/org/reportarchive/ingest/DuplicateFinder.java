package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;

/**
 * Finds lines duplicated by the copying: a line repeated right after itself, a long line repeated anywhere
 * (but a numbered heading, and a sentence written again with other text between, which a report may repeat), a web page's title (the report's title and the site's
 * name), and a line that merges the text of the next few lines (a page summary that repeats the opening).
 * The first complete copy is kept; the merged or repeated copy is marked.
 */
final class DuplicateFinder {

    /** Lines at least this long are duplicates wherever they repeat. */
    private static final int LONG = 20;
    /** A merged copy spans at most this many later lines. */
    private static final int MAX_PARTS = 4;
    /** How far after a line its parts are looked for: a merged copy sits near what it copies. */
    private static final int WINDOW = 40;

    /** Lines in a row that make a repeated stretch. */
    private static final int RUN = 6;
    /** How far below a page's title the report's title is looked for. */
    private static final int PAGE_TITLE_WINDOW = 12;
    /** A separator and a site's name after a page's title (not a subtitle: ——在……会议上的讲话). */
    private static final Pattern SITE_NAME = Pattern.compile(
            "[_|｜\\-－—–]{1,2}(?!.*(会议|届|讲话|报告|说明|[0-9０-９一二三四五六七八九十〇]+[年月日]))[^，。；：,;:]{2,30}");

    /** An information box's key before a title: 标题：, 标　　题：. */
    private static final Pattern TITLE_KEY = Pattern.compile("^(标题|標題)[:：]");

    private DuplicateFinder() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        String[] norm = new String[lines.size()];
        for (int i = 0; i < norm.length; i++) {
            // copies compare whatever their spacing, and an info box's title with the title under it (标题：……)
            norm[i] = TITLE_KEY.matcher(SourceLine.withoutSpaces(lines.get(i).text())).replaceFirst("");
        }
        markRepeatedRuns(norm, reasons);
        markMergedCopies(norm, reasons);
        markPageTitles(norm, reasons);
        Map<String, Integer> seen = new HashMap<>();
        int previous = -1;
        for (int i = 0; i < norm.length; i++) {
            if (reasons[i] != null) {
                continue;
            }
            boolean repeatsPrevious = previous >= 0 && norm[previous].equals(norm[i]);
            boolean repeatsLong = norm[i].length() >= LONG && seen.containsKey(norm[i]) && !overNotes(lines, norm, i)
                    && !isNumberedHeading(lines.get(i).text().strip())
                    && !ownRepeat(lines, reasons, seen.get(norm[i]), i);
            if (repeatsPrevious || repeatsLong || headingAgainOverPage(lines, reasons, seen.get(norm[i]), i)) {
                reasons[i] = RemovalReason.DUPLICATE;
                continue;
            }
            seen.putIfAbsent(norm[i], i);
            previous = i;
        }
    }

    /**
     * Whether a numbered heading comes again at the top of a page (after its number or running head), the last heading
     * before it being the same: a copy's repeat of its section's heading over a page's break, not a section of its own.
     */
    private static boolean headingAgainOverPage(List<SourceLine> lines, RemovalReason[] reasons, Integer first, int at) {
        if (first == null || !isNumberedHeading(lines.get(at).text().strip())) {
            return false;
        }
        int before = at - 1;
        while (before > first && lines.get(before).text().isBlank()) {
            before--;
        }
        if (before <= first || reasons[before] != RemovalReason.PAGE_NUMBER && reasons[before] != RemovalReason.RUNNING_HEAD) {
            return false;
        }
        for (int k = first + 1; k < at; k++) {
            if (reasons[k] == null && isNumberedHeading(lines.get(k).text().strip())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line is a rule over a page's notes ({@code ______} / {@code [1] ……}): the pages' layout, however often it comes. */
    private static boolean overNotes(List<SourceLine> lines, String[] norm, int i) {
        return PageFootNotes.RULE.matcher(norm[i]).matches() && i + 1 < lines.size()
                && PageFootNotes.NOTE.matcher(lines.get(i + 1).text().strip()).lookingAt();
    }

    /**
     * Whether a sentence written again further on is the report's own: a formula a report gives its review and its
     * plan alike (坚持把民生实事项目人大代表票决制作为……的重要载体), a vote's result under each motion, a table's conclusion
     * in each row. Any line of text between the copies makes it so; a copy right under the first (or under lines
     * taken off, a page's marker) is the copying's, and so is a short line's (a caption, a title).
     */
    private static boolean ownRepeat(List<SourceLine> lines, RemovalReason[] reasons, int first, int again) {
        String text = lines.get(again).text();
        if (!Prose.isProse(text) && text.indexOf('，') < 0 && text.indexOf('：') < 0 && !isAdoptionLine(text)) {
            return false; // (a title again, over a page: no clause of its own; a field's key and value, 【责任单位：常委会办公室】, is)
        }
        for (int k = first + 1; k < again; k++) {
            if (reasons[k] == null && !lines.get(k).text().isBlank()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A document's line of the day and meeting that adopted it, in brackets: each document of a session's post has
     * its own, the same for all adopted at one sitting
     * （二〇二二年一月八日……第一次会议第三次全体会议通过）.
     */
    private static boolean isAdoptionLine(String text) {
        String t = text.strip();
        return t.length() < 80 && (t.startsWith("（") || t.startsWith("(")) && FrontMatter.parseDelivery(t).isPresent();
    }

    /**
     * A stretch of at least {@value #RUN} lines pasted again after the same stretch (the whole text copied twice,
     * or a page of it), short lines (a title, 各位代表：, headings) and all: the second copy is marked.
     */
    private static void markRepeatedRuns(String[] norm, RemovalReason[] reasons) {
        List<Integer> text = new ArrayList<>();
        for (int i = 0; i < norm.length; i++) {
            if (reasons[i] == null && !norm[i].isEmpty()) {
                text.add(i);
            }
        }
        Map<String, Integer> first = new HashMap<>(); // a line's text: where in the text it first stands
        int p = 0;
        while (p < text.size()) {
            Integer q = first.get(norm[text.get(p)]);
            int length = 0;
            while (q != null && p + length < text.size() && q + length < p
                    && norm[text.get(p + length)].equals(norm[text.get(q + length)])) {
                length++;
            }
            if (length >= RUN) {
                for (int k = p; k < p + length; k++) {
                    reasons[text.get(k)] = RemovalReason.DUPLICATE;
                }
                p += length;
                continue;
            }
            first.putIfAbsent(norm[text.get(p)], p);
            p++;
        }
    }

    /**
     * A web page's own title copied above the report: the report's title with the site's name after a separator
     * (安吉县人民代表大会常务委员会工作报告_安吉新闻网, …工作报告 - 通州新闻网, …｜中国人大网), above the title itself.
     */
    private static void markPageTitles(String[] norm, RemovalReason[] reasons) {
        for (int i = 0; i < norm.length; i++) {
            if (reasons[i] != null || norm[i].isEmpty()) {
                continue;
            }
            for (int k = i + 1; k < Math.min(norm.length, i + 1 + PAGE_TITLE_WINDOW); k++) {
                if (reasons[k] == null && norm[k].length() >= 6 && norm[i].startsWith(norm[k])
                        && SITE_NAME.matcher(norm[i].substring(norm[k].length())).matches()) {
                    reasons[i] = RemovalReason.DUPLICATE;
                    break;
                }
            }
        }
    }

    /**
     * A numbered heading (一、坚持党的领导，确保人大工作正确政治方向): a report may well give the review of its year
     * and the plan for the next the same heading.
     */
    private static boolean isNumberedHeading(String line) {
        return HeadingRecognizer.numbering(line).isPresent() && HeadingRecognizer.standalone(line).isPresent();
    }

    private static void markMergedCopies(String[] norm, RemovalReason[] reasons) {
        for (int i = 0; i < norm.length; i++) {
            if (reasons[i] != null || norm[i].length() < LONG) {
                continue;
            }
            for (int k = i + 1; k < Math.min(norm.length, i + 1 + WINDOW); k++) {
                if (reasons[k] != null || norm[k].isEmpty() || norm[k].length() >= norm[i].length()
                        || !norm[i].startsWith(norm[k])) {
                    continue;
                }
                if (coveredBy(norm, reasons, i, k)) {
                    reasons[i] = RemovalReason.DUPLICATE;
                    break;
                }
            }
        }
    }

    /** Lines k, k+1, ... (skipping removed ones) spell out line i exactly. */
    private static boolean coveredBy(String[] norm, RemovalReason[] reasons, int i, int k) {
        StringBuilder sb = new StringBuilder();
        int parts = 0;
        for (int j = k; j < norm.length && parts < MAX_PARTS; j++) {
            if (reasons[j] != null) {
                continue;
            }
            sb.append(norm[j]);
            parts++;
            if (sb.length() == norm[i].length()) {
                return parts >= 2 && sb.toString().equals(norm[i]);
            }
            if (sb.length() > norm[i].length() || !norm[i].startsWith(sb.toString())) {
                return false;
            }
        }
        return false;
    }
}
