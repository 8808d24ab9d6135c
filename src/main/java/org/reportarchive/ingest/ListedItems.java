package org.reportarchive.ingest;

import java.util.List;
import org.reportarchive.model.RemovalReason;

/**
 * A report's own list whose items read, one by one, like a page's lines: items a post sets after a triangle (▲), the
 * mark it also puts before a picture's caption, and a list of offices with their telephones, as a seller's hotline
 * reads (城关站　咨询电话：139……). A caption or an advertisement stands alone between paragraphs, while items come two
 * or more in a row under the sentence that introduces them (常委会重点抓了以下几项工作： / ▲开展……检查，督促整改问题31个；
 * / ▲听取和审议……的报告；), or end their clauses with a semicolon, or come three or more in a row each with a count
 * (▲召开常委会会议9次，审议议题41项). Such a run is the text's, whatever a rule said of its lines.
 */
final class ListedItems {

    private ListedItems() {
    }

    /** Keeps the runs of items that are a list of the text's. */
    static void keep(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            if (!isItem(lines.get(i).text(), reasons[i])) {
                continue;
            }
            RemovalReason reason = reasons[i];
            int end = i;
            boolean semicolon = false;
            boolean counted = true; // (a run of three items or more that each give a count: ▲召开常委会会议9次，审议议题41项)
            while (end < lines.size() && reasons[end] == reason && isItem(lines.get(end).text(), reason)) {
                String t = lines.get(end).text().strip();
                semicolon |= t.endsWith("；") || t.endsWith(";");
                counted &= reason == RemovalReason.PUBLICATION && counts(t);
                end++;
            }
            int above = SourceLines.previousLine(lines, i);
            boolean introduced = above >= 0 && reasons[above] == null && introduces(lines.get(above).text());
            if (end - i >= 2 && (introduced || semicolon) || end - i >= COUNTED_ITEMS && counted) {
                for (int k = i; k < end; k++) {
                    reasons[k] = null;
                }
            }
            i = end - 1;
        }
    }

    /**
     * Keeps the cells of a table a page copied a cell a line (片区 / 联络站（个） / 平均到站时间 / 南岸 / 12 / 15分钟, under
     * 各片区联络站运行情况如下：): short lines, a third of them at least with a number, right under the sentence that
     * introduces them. A cell may be a word that a page's button or placeholder is too (视频, 图片, 讨论).
     */
    static void keepTableCells(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 1; i < lines.size(); i++) {
            int above = SourceLines.previousLine(lines, i);
            if (above < 0 || reasons[above] != null || !introduces(lines.get(above).text())) {
                continue;
            }
            int end = i;
            int numbers = 0;
            while (end < lines.size() && isCell(lines.get(end).text())) {
                numbers += lines.get(end).text().chars().anyMatch(Character::isDigit) ? 1 : 0;
                end++;
            }
            if (end - i >= TABLE_CELLS && numbers * 3 >= end - i) {
                for (int k = i; k < end; k++) {
                    if (reasons[k] == RemovalReason.SITE_UI || reasons[k] == RemovalReason.NAVIGATION) {
                        reasons[k] = null;
                    }
                }
            }
            i = Math.max(i, end - 1);
        }
    }

    /** The fewest lines of a table copied a cell a line: a header and a row of three cells. */
    private static final int TABLE_CELLS = 6;
    /** The longest cell. */
    private static final int CELL = 12;

    /** A table's cell copied on a line of its own: short, no sentence (12, 15分钟). */
    static boolean isCell(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= CELL && !FrontMatter.containsSentencePunctuation(t);
    }

    /**
     * An item of a list a rule may have named: a contact's line, or a triangle's item, which ends its clause or its
     * sentence or gives a count (a caption under a list, ▲县人大常委会组织代表视察遇龙河景区, is none).
     */
    private static boolean isItem(String line, RemovalReason reason) {
        String t = line.strip();
        return reason == RemovalReason.CONTACT
                || reason == RemovalReason.PUBLICATION && t.length() > 1 && (t.charAt(0) == '▲' || t.charAt(0) == '△')
                && ("；;。".indexOf(t.charAt(t.length() - 1)) >= 0 || counts(t));
    }

    /** Whether a triangle's item gives a count, as a report's figures do (召开常委会会议9次，审议议题41项), and no photographer. */
    private static boolean counts(String item) {
        return COUNT.matcher(item).find() && item.indexOf('摄') < 0;
    }

    /** A number and what it counts: 9次, 41项, 1.2万人次, 100%. */
    private static final java.util.regex.Pattern COUNT = java.util.regex.Pattern.compile(
            "[0-9０-９]+(\\.[0-9]+)?[\\s\\u3000]*万?(次|项|件|个|人次|名|部|条|篇|场|家|元|%|％)");
    /** The fewest items in a row that counts alone make a list. */
    private static final int COUNTED_ITEMS = 3;

    /** A sentence of the text that introduces what follows: 全县设立安全生产举报站点5个：. */
    static boolean introduces(String line) {
        String t = line.strip();
        return t.length() >= INTRODUCTION && (t.endsWith("：") || t.endsWith(":"));
    }

    /** The fewest characters of a sentence that introduces a list (not a label, 电话：). */
    private static final int INTRODUCTION = 8;
}
