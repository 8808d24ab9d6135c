package org.reportarchive.ingest;

import java.util.List;
import org.reportarchive.model.RemovalReason;

/**
 * A report's own list whose items read, one by one, like a page's lines: items a post sets after a triangle (▲), the
 * mark it also puts before a picture's caption, and a list of offices with their telephones, as a seller's hotline
 * reads (城关站　咨询电话：139……). A caption or an advertisement stands alone between paragraphs, while items come two
 * or more in a row under the sentence that introduces them (常委会重点抓了以下几项工作： / ▲开展……检查，督促整改问题31个；
 * / ▲听取和审议……的报告；), or end their clauses with a semicolon. Such a run is the text's, whatever a rule said of its
 * lines.
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
            while (end < lines.size() && reasons[end] == reason && isItem(lines.get(end).text(), reason)) {
                String t = lines.get(end).text().strip();
                semicolon |= t.endsWith("；") || t.endsWith(";");
                end++;
            }
            int above = SourceLines.previousLine(lines, i);
            boolean introduced = above >= 0 && reasons[above] == null && introduces(lines.get(above).text());
            if (end - i >= 2 && (introduced || semicolon)) {
                for (int k = i; k < end; k++) {
                    reasons[k] = null;
                }
            }
            i = end - 1;
        }
    }

    /**
     * An item of a list a rule may have named: a contact's line, or a triangle's item, which ends its clause or its
     * sentence (a caption under a list, ▲县人大常委会组织代表视察遇龙河景区, is none).
     */
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

    private static boolean isItem(String line, RemovalReason reason) {
        String t = line.strip();
        return reason == RemovalReason.CONTACT
                || reason == RemovalReason.PUBLICATION && t.length() > 1 && (t.charAt(0) == '▲' || t.charAt(0) == '△')
                && "；;。".indexOf(t.charAt(t.length() - 1)) >= 0;
    }

    /** A sentence of the text that introduces what follows: 全县设立安全生产举报站点5个：. */
    static boolean introduces(String line) {
        String t = line.strip();
        return t.length() >= INTRODUCTION && (t.endsWith("：") || t.endsWith(":"));
    }

    /** The fewest characters of a sentence that introduces a list (not a label, 电话：). */
    private static final int INTRODUCTION = 8;
}
