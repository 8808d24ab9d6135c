package org.reportarchive.ingest;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * An encyclopedia's page around a report (百科): under its title and its lead sentence, a summary box of keys and
 * values (中文名 / ……, 报告人 / 王建军, 报告时间　2023年1月10日), its contents (目录 / 1 报告全文) and the title of the
 * section that holds the text (报告全文). They are the page's, not the report's: the lead sentence, which says when,
 * where and by whom the report was given, stays with the title block as an editor's note does.
 */
final class InfoBox {

    /** The keys of a summary box that an encyclopedia sets over a report or a speech. */
    private static final Set<String> KEYS = Set.of("中文名", "外文名", "别名", "报告人", "报告者", "讲话人", "作者", "报告时间",
            "讲话时间", "发表时间", "发布时间", "时间", "报告会议", "会议", "会议名称", "报告地点", "地点", "发布单位", "发布机构",
            "类型", "性质", "类别", "所属", "出处", "届次", "内容", "主要内容", "篇幅", "字数");
    /** A key and its value on one line, apart by wide spaces or a colon: 报告人　王建军, 报告时间：2023年1月10日. */
    private static final Pattern KEY_AND_VALUE = Pattern.compile("^(\\p{IsHan}{2,4})(?:[\\s\\u3000]{1,}|[:：][\\s\\u3000]*)(\\S.{0,40})$");
    /** The contents' heading, and its entries: 目录, 1 报告全文, 2 名词解释. */
    private static final Pattern CONTENTS = Pattern.compile("^目[\\s\\u3000]*录$");
    private static final Pattern CONTENTS_ENTRY = Pattern.compile("^[0-9０-９]{1,2}(\\.[0-9]{1,2})?[\\s\\u3000]*\\S.{0,20}$");
    /** The title of the section that holds the text: 报告全文, 讲话全文, 全文, 正文. */
    private static final Pattern SECTION = Pattern.compile("^(报告|讲话|文件|决议)?(全文|正文|原文)$");
    /** The fewest keys that make a summary box. */
    private static final int KEYS_SEEN = 2;
    /** The lines under the title a summary box starts within. */
    private static final int NEAR_TOP = 12;
    /** The longest value of a key. */
    private static final int VALUE = 40;

    private InfoBox() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        int first = firstKey(lines, reasons);
        if (first < 0) {
            return;
        }
        int keys = 0;
        int i = first;
        int end = first;
        while (i < lines.size()) {
            String t = text(lines, i);
            if (reasons[i] != null || t.isEmpty()) {
                i++;
                continue;
            }
            if (KEYS.contains(t)) {
                int value = SourceLines.nextKept(lines, reasons, i);
                if (value < 0 || text(lines, value).length() > VALUE || KEYS.contains(text(lines, value))) {
                    break;
                }
                keys++;
                end = value + 1;
                i = value + 1;
            } else if (isKeyAndValue(t)) {
                keys++;
                end = i + 1;
                i++;
            } else {
                break;
            }
        }
        if (keys < KEYS_SEEN) {
            return;
        }
        mark(reasons, lines, first, end);
        // the contents under the box, and the section's title over the text
        int at = SourceLines.nextKept(lines, reasons, end - 1);
        if (at >= 0 && CONTENTS.matcher(text(lines, at)).matches()) {
            reasons[at] = RemovalReason.INFO_BOX;
            for (int k = SourceLines.nextKept(lines, reasons, at);
                 k >= 0 && CONTENTS_ENTRY.matcher(text(lines, k)).matches(); k = SourceLines.nextKept(lines, reasons, k)) {
                reasons[k] = RemovalReason.INFO_BOX;
                at = k;
            }
        }
        int section = at < 0 ? -1 : SourceLines.nextKept(lines, reasons, at);
        if (section >= 0 && SECTION.matcher(Simplified.of(text(lines, section))).matches()) {
            reasons[section] = RemovalReason.INFO_BOX;
        }
    }

    /** The first key of a summary box near the top, above the text and any sentence but the lead's, or -1. */
    private static int firstKey(List<SourceLine> lines, RemovalReason[] reasons) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen <= NEAR_TOP; i++) {
            String t = text(lines, i);
            if (reasons[i] != null || t.isEmpty()) {
                continue;
            }
            seen++;
            if (KEYS.contains(t) || isKeyAndValue(t)) {
                return i;
            }
            if (FrontMatter.isSalutation(t) || Prose.isProse(t) && !FrontMatter.isEncyclopediaLead(Simplified.of(t))) {
                return -1; // (the text has started: a schedule's 时间：…… in it, or its attachment's, is the text's)
            }
        }
        return -1;
    }

    private static boolean isKeyAndValue(String t) {
        var m = KEY_AND_VALUE.matcher(t);
        return m.matches() && KEYS.contains(m.group(1)) && !FrontMatter.containsSentencePunctuation(m.group(2));
    }

    private static void mark(RemovalReason[] reasons, List<SourceLine> lines, int from, int to) {
        for (int k = from; k < to; k++) {
            if (reasons[k] == null && !text(lines, k).isEmpty()) {
                reasons[k] = RemovalReason.INFO_BOX;
            }
        }
    }

    private static String text(List<SourceLine> lines, int i) {
        return SourceLine.trim(lines.get(i).text());
    }
}
