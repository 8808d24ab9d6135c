package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A printed document's running head, as a copy from a PDF keeps it: the document's short title or the book's name
 * on every page, beside the page's number ({@code 第 2 页 共 6 页} / {@code 市人大常委会工作报告}). It is the page's,
 * not a heading of the text, and a sentence that goes on over the page break must not take it in. A line is one
 * when the same words stand beside the page numbers of two pages at least, and name a document, a congress or a
 * book (a heading of the text, 存在的问题, or a transcript's （掌声）, may stand beside two page numbers too). When
 * the running head is the document's only title, its first line stays: it is the title.
 */
final class RunningHeads {

    /** The longest running head. */
    private static final int WIDTH = 40;
    /** The fewest pages a running head is seen on. */
    private static final int PAGES = 2;
    /** A book's name with its year, as it heads its pages: 淄博年鉴·2005, 米脂县人大常委会文件汇编（1998年）. */
    private static final Pattern BOOK = Pattern.compile(
            "^\\p{IsHan}{2,20}(年鉴|汇编|选编|文集)[\\s\\u3000]*[·・（(]?[\\s\\u3000]*[0-9０-９]{4}[\\s\\u3000]*年?[)）]?$");
    /** What a running head names: a document, a congress, a book. */
    private static final Pattern NAMES = Pattern.compile(
            "报告|讲话|说明|决议|决定|要点|计划|总结|文件|汇编|公报|会刊|年鉴|简报|人大|人民代表大会|常委会|常务委员会");

    private RunningHeads() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        Map<String, Integer> beside = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (isCandidate(lines, reasons, i)) {
                beside.merge(lines.get(i).text().strip(), 1, Integer::sum);
            }
        }
        if (beside.isEmpty()) {
            return;
        }
        // the first page's head, over the title at the top of the copy, is one more page the head is seen on
        int top = 0;
        while (top < lines.size() && lines.get(top).text().isBlank()) {
            top++;
        }
        String head = top < lines.size() && reasons[top] == null && !isCandidate(lines, reasons, top)
                ? lines.get(top).text().strip() : null;
        if (head != null && beside.containsKey(head)) {
            beside.merge(head, 1, Integer::sum);
        }
        boolean titled = false; // a title of the document's own, not beside a page number
        for (int i = 0; i < lines.size() && !titled; i++) {
            titled = reasons[i] == null && !isCandidate(lines, reasons, i) && FrontMatter.isTitle(lines.get(i).text());
        }
        // a title right under the first page's head: the head is the page's, though it reads as a title too
        boolean titledUnder = false;
        for (int i = top + 1, seen = 0; head != null && beside.containsKey(head) && i < lines.size() && seen < UNDER_HEAD
                && !titledUnder; i++) {
            if (!lines.get(i).text().isBlank()) {
                seen++;
                titledUnder = reasons[i] == null && FrontMatter.isTitle(lines.get(i).text())
                        && !lines.get(i).text().strip().equals(head);
            }
        }
        List<String> spared = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            String view = Simplified.of(t);
            // (a session document's header beside a page's number is the page's, on one page of it too)
            // (a signature over its day, beside one page's number, is the document's: 洛阳市人大常委会 / 2023年11月3日; a
            // yearbook's head over its chronicle's days on page after page is the pages')
            boolean signature = overADay(lines, i) && beside.getOrDefault(t, 0) - (t.equals(head) ? 1 : 0) <= 1;
            if (isCandidate(lines, reasons, i) && !signature && (beside.get(t) >= PAGES || FrontMatter.isSessionDocument(t)
                    || BOOK.matcher(view).matches())
                    && (NAMES.matcher(view).find() || t.equals(head)) // (a yearbook's section, 特　　载, by its place)
                    && !view.endsWith("表")) { // (a table's title over each page of the table is the table's)
                if (!titled && FrontMatter.isTitle(t) && !spared.contains(t) && !FrontMatter.isSessionDocument(t)) {
                    spared.add(t); // the title, over page 1's number: the pages after repeat it
                    continue;
                }
                reasons[i] = RemovalReason.RUNNING_HEAD;
                if (t.equals(head) && (!FrontMatter.isTitle(t) || titledUnder) && !FrontMatter.isSessionDocument(t)
                        && FrontMatter.meeting(t).isEmpty()) {
                    // its first page's, over the title, too (not the title itself, unless the document has a title
                    // of its own under it; nor a session's document header, which the title block reads for the meeting)
                    reasons[top] = RemovalReason.RUNNING_HEAD;
                }
            }
        }
    }

    /** Whether the next line with text under a line is a day alone: a signature's. */
    private static boolean overADay(List<SourceLine> lines, int i) {
        int j = i + 1;
        while (j < lines.size() && lines.get(j).text().isBlank()) {
            j++;
        }
        return j < lines.size() && FrontMatter.isDayMaybeBracketed(lines.get(j).text());
    }

    /** How many lines under the first page's head the document's own title is looked for in. */
    private static final int UNDER_HEAD = 3;

    /** A short line without a sentence's punctuation, right above or under a page's number. */
    private static boolean isCandidate(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        if (reasons[i] != null || !(isPageNumber(lines, reasons, i, -1) || isPageNumber(lines, reasons, i, 1))) {
            return false; // (the common case, decided before the line is read)
        }
        String t = lines.get(i).text().strip();
        return t.length() <= WIDTH && !FrontMatter.containsSentencePunctuation(t);
    }

    /** Whether the line above (step -1) or under (step 1) a line, blank lines aside, is a page's number. */
    private static boolean isPageNumber(List<SourceLine> lines, RemovalReason[] reasons, int i, int step) {
        int j = i + step;
        while (j >= 0 && j < lines.size() && reasons[j] == null && lines.get(j).text().isBlank()) {
            j += step;
        }
        return j >= 0 && j < lines.size() && reasons[j] == RemovalReason.PAGE_NUMBER;
    }

    /** The longest line of a page's head that is looked for again further down. */
    private static final int HEAD_WIDTH = 30;
    /** A page's number alone on a line. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[0-9０-９]{1,3}$");

    /**
     * A newspaper's page head inside the text, where the text goes on over to the next page: lines in a row, two of
     * them the page's lines above the title (its day, section and name: {@code 2022年1月20日 星期四} / {@code 要闻} /
     * {@code 宁德日报}) and the rest a page's number alone; or three lines at least that give the day with its
     * weekday and the paper's name, with a page's number and a section's name among them. They are the page's, and
     * the sentence they split goes on over them.
     */
    static void markHeadAgain(List<SourceLine> lines, RemovalReason[] reasons, int top, int from) {
        java.util.Set<String> head = new java.util.HashSet<>();
        for (int i = 0; i < top; i++) {
            String t = SourceLine.withoutSpaces(lines.get(i).text());
            if (reasons[i] != null && !t.isEmpty() && t.length() <= HEAD_WIDTH && !PAGE_NUMBER.matcher(t).matches()) {
                head.add(t);
            }
        }
        for (int i = Math.max(from, 0); i < lines.size(); i++) {
            int end = i;
            int named = 0;
            int days = 0;
            boolean paper = false;
            boolean number = false;
            while (end < lines.size() && reasons[end] == null && lines.get(end).text().length() <= HEAD_WIDTH * 2) {
                String t = SourceLine.withoutSpaces(Simplified.of(lines.get(end).text()));
                boolean isDay = DAY_OF_WEEK.matcher(t).matches();
                boolean isPaper = PAPER.matcher(t).matches();
                boolean isNumber = PAGE_NUMBER.matcher(t).matches();
                if (head.contains(t)) {
                    named++;
                } else if (!isDay && !isPaper && !isNumber && !SECTION.matcher(t).matches()) {
                    break;
                }
                days += isDay ? 1 : 0;
                paper |= isPaper;
                number |= isNumber;
                end++;
            }
            // a page's head: one page's day (a list of days, a table of the papers that printed a report, is the
            // text's), between the halves of a sentence it splits or with the page's number
            int before = SourceLines.previousLine(lines, i);
            boolean splits = before >= 0 && reasons[before] == null && end < lines.size()
                    && Prose.isProse(lines.get(before).text()) && !HeadingRecognizer.endsSentence(lines.get(before).text());
            boolean onePage = days <= 1 && (splits || number && days == 1);
            if (onePage && (named >= 2 && (splits || paper) || days == 1 && paper && end - i >= 3)) {
                for (int k = i; k < end; k++) {
                    reasons[k] = RemovalReason.RUNNING_HEAD;
                }
            }
            i = Math.max(i, end - 1); // (no part of a list of such lines is a page's head)
        }
    }

    /** A newspaper's day with its weekday, as its page head gives it: 2023年1月10日 星期二. */
    private static final Pattern DAY_OF_WEEK = Pattern.compile(
            "^[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(星期|周)[一二三四五六日天]$");
    /** A newspaper's name: 镇江日报, 宁德晚报. */
    private static final Pattern PAPER = Pattern.compile("^\\p{IsHan}{2,8}(日报|晚报|报)$");
    /** A page's section, as its head names it: 要闻, 综合, 两会特刊 (a short heading of the text is none). */
    private static final Pattern SECTION = Pattern.compile(
            "^(要闻|综合|时政|本地|新闻|评论|理论|经济|社会|文化|副刊|视点|聚焦|\\p{IsHan}{0,4}(特刊|专刊|专版|版))$");

    /**
     * The report's title again at the top of a later page, right under the page's number or running head taken off
     * (— 1 — / 永嘉县人民代表大会常务委员会工作报告, or in its short form, 永嘉县人大常委会工作报告, also without its city's
     * name, 上城区人大常委会工作报告 of 杭州市上城区……工作报告): the page's head, not a heading of the text.
     */
    static void markTitleAgain(List<SourceLine> lines, RemovalReason[] reasons, String title, int from) {
        String key = shortForm(title);
        for (int i = Math.max(from, 1); i < lines.size(); i++) {
            int before = SourceLines.previousLine(lines, i);
            String head = reasons[i] == null && before >= 0 && PAGE_LINES.contains(reasons[before])
                    ? shortForm(lines.get(i).text()) : null;
            if (head != null && (head.equals(key) || head.length() >= SHORT_TITLE && key.endsWith(head))) {
                reasons[i] = RemovalReason.RUNNING_HEAD;
            }
        }
    }

    /** The fewest characters of a title's short form without its city's name that heads a page. */
    private static final int SHORT_TITLE = 6;

    /**
     * A title as compared with a page's head: without spaces, in simplified characters, the congress's and its
     * committee's names in their short forms (桃源县人民代表大会常务委员会工作报告 heads its pages as 桃源县人大常委会工作报告).
     */
    private static String shortForm(String title) {
        return Simplified.of(SourceLine.withoutSpaces(title)).replace("人民代表大会常务委员会", "人大常委会")
                .replace("人民代表大会", "人大");
    }

    /** What a printed page's edge holds. */
    private static final java.util.Set<RemovalReason> PAGE_LINES = java.util.EnumSet.of(RemovalReason.PAGE_NUMBER,
            RemovalReason.RUNNING_HEAD, RemovalReason.PAGE_MARKER);
}
