package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A report printed in a yearbook (地方年鉴), copied with the pages around it: the yearbook's running heads
 * ({@code ·46·　……　铁岭年鉴·2019}) show what it is. A yearbook's chapter sets its items one after another, each under
 * a heading in 【】 and often closed by its contributor ({@code （市人大常委会办公室　供稿）}): the chapter's headings
 * and the items above the report's title are the yearbook's, and so is what follows the report's contributor line.
 */
final class YearbookItems {

    /**
     * A yearbook's running head: the page's number and the yearbook's name (with its year, or not), set apart by wide
     * spaces, and nothing else ({@code ·46·　　　　铁岭年鉴·2019}, {@code 人民代表大会　　　　·47·} is the chapter's).
     */
    private static final String PAGE = "[·・•\\-－—]?[0-9０-９]{1,4}[·・•\\-－—]?";
    private static final String NAME = "[^\\s\\u3000，。；：:、]{2,12}年鉴(?:[·・•\\s]?[0-9０-９]{4}|[（(][0-9０-９]{4}[)）])?";
    private static final Pattern RUNNING_HEAD = Pattern.compile(
            "^(" + PAGE + "[\\s\\u3000]{2,}" + NAME + "|" + NAME + "[\\s\\u3000]{2,}" + PAGE + ")$");
    /** A yearbook's name alone, with its year: 牡丹江年鉴·1994, 牡丹江年鉴（1994）. */
    private static final Pattern YEARBOOK_NAME = Pattern.compile("^[^\\s\\u3000，。；：:、]{2,12}年鉴([·・•\\s]?[0-9０-９]{4}|[（(][0-9０-９]{4}[)）])$");
    /** The contributor line that closes an item: （市人大常委会办公室　供稿）, （撰稿：王丽）. */
    private static final Pattern CONTRIBUTOR = Pattern.compile("^[（(][^，。（）()]{2,30}(供稿|撰稿|稿)[）)]$|^[（(](供稿|撰稿)[:：][^，。（）()]{2,24}[）)]$");
    /** A yearbook's item heading: 【代表建议办理】. */
    private static final Pattern ITEM = Pattern.compile("^【[^】]{2,24}】");
    /** How a report's text closes (not its opening, ……向大会报告工作，请予审议。): ……而努力奋斗！ 以上报告，请予审议。 */
    private static final Pattern CLOSING = Pattern.compile("(奋斗|谢谢大家|谢谢)[。！!]$|^以上.{0,24}(请予审议|请审议)[。！!]?$");
    /** The longest chapter heading of a yearbook (代表工作, 重要文献). */
    private static final int CHAPTER_HEADING = 8;
    /** The most lines between a contributor line and the next item's heading (a chapter's heading between). */
    private static final int TO_NEXT_ITEM = 2;

    private YearbookItems() {
    }

    /**
     * Whether a contributor line closes the report's item: the next item's heading follows (after a chapter's
     * heading, perhaps), or nothing does. A source note inside the text, （本表数据由……供稿）, is followed by text.
     */
    private static boolean closesItem(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        int seen = 0;
        for (int j = i + 1; j < lines.size(); j++) {
            if (reasons[j] != null) {
                continue;
            }
            if (ITEM.matcher(lines.get(j).text().strip()).find()) { // (【】 are the same in either script)
                return true;
            }
            if (++seen > TO_NEXT_ITEM || Prose.isProse(lines.get(j).text())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a title line is of the form a pass looks for: its own line (way 0 and 2) or an item's heading in 【】
     * (way 1); a work report's when {@code report} is 1.
     */
    private static boolean isItemOfKind(String line, int way, int report) {
        String t = line.strip();
        boolean bracketed = ITEM.matcher(t).find();
        if (bracketed != (way == 1)) {
            return false;
        }
        return report == 0 || DocumentKinds.ofTitle(Simplified.of(FrontMatter.title(t).title()))
                == org.reportarchive.model.Kind.REPORT;
    }

    /** Whether text follows a title: its title block (ways 0 and 1), or its first sentence (way 2). */
    private static boolean headsText(List<SourceLine> lines, RemovalReason[] reasons, int i, int way) {
        if (way < 2) {
            return FrontMatter.titleBlockUnder(lines, i);
        }
        int next = SourceLines.nextKept(lines, reasons, i);
        return next >= 0 && Prose.isProse(lines.get(next).text());
    }

    /**
     * Whether a heading in 【】 starts a yearbook's item: its text goes on the same line (【代表建议办理】　2016年，……), or
     * a document's title stands under it. Alone over a paragraph, it may be the report's own heading (【依法履行监督职责】).
     */
    private static boolean startsItem(List<SourceLine> lines, RemovalReason[] reasons, int i, String heading) {
        Matcher m = ITEM.matcher(heading);
        if (m.find() && m.end() < heading.length() && !heading.substring(m.end()).isBlank()) {
            return true;
        }
        int next = SourceLines.nextKept(lines, reasons, i);
        return next < 0 || FrontMatter.isTitle(lines.get(next).text());
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        boolean yearbook = false;
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.indexOf('年') >= 0 && RUNNING_HEAD.matcher(Simplified.of(t.strip())).matches()) { // (年鉴, 年鑒)
                yearbook = true;
                reasons[i] = reasons[i] == null ? RemovalReason.RUNNING_HEAD : reasons[i];
            } else if ((t.contains("年鉴") || t.contains("年鑒")) && YEARBOOK_NAME.matcher(Simplified.of(t.strip())).matches()) {
                yearbook = true; // a chronicle site's page of a yearbook's item, under the yearbook's name: 牡丹江年鉴·1994
            }
        }
        if (!yearbook) {
            return;
        }
        // the report's item: of the items a chapter holds (a speech, a resolution, the report), the work report's, else
        // the first document's; its title with its title block under it, else its item's heading in 【】 with one
        // (【市人大常委会工作报告】 over 铁岭市人民代表大会常务委员会工作报告 is the yearbook's), else a title over the text's
        // first sentence (自贡市人大常委会2016年工作要点 / 2016年市人大常委会工作的总体要求是：……)
        int title = -1;
        for (int pass = 0; pass < 6 && title < 0; pass++) {
            boolean report = pass < 3; // passes 0-2: work reports only; 3-5: any document
            for (int i = 0; i < lines.size() && title < 0; i++) {
                String t = lines.get(i).text();
                int end = i;
                if (i + 1 < lines.size() && FrontMatter.isTitleHead(t)
                        && FrontMatter.isTitle(FrontMatter.joinTitle(t, lines.get(i + 1).text()))) {
                    t = FrontMatter.joinTitle(t, lines.get(i + 1).text()); // 青阳县人民代表大会 / 常务委员会工作报告
                    end = i + 1;
                }
                if (reasons[i] == null && FrontMatter.isTitle(t) && isItemOfKind(t, pass % 3, report ? 1 : 0)
                        && headsText(lines, reasons, end, pass % 3)) {
                    title = i;
                }
            }
        }
        if (title < 0) {
            return; // no report's title: the copy is read as it is
        }
        for (int i = 0; i < title; i++) {
            reasons[i] = reasons[i] == null ? RemovalReason.OTHER_ARTICLE : reasons[i];
        }
        int previous = -1;
        for (int i = title + 1; i < lines.size(); i++) {
            if (reasons[i] != null) {
                continue;
            }
            String t = Simplified.of(lines.get(i).text().strip());
            boolean contributor = CONTRIBUTOR.matcher(t).matches() && closesItem(lines, reasons, i);
            // without a contributor line, the next item's heading after the report's closing sentence
            boolean nextItem = ITEM.matcher(t).find() && previous >= 0 && !FootnoteSection.isHeading(t)
                    && CLOSING.matcher(Simplified.of(lines.get(previous).text().strip())).find()
                    && startsItem(lines, reasons, i, t);
            if (contributor || nextItem) {
                if (contributor) {
                    reasons[i] = RemovalReason.PUBLICATION; // the yearbook's attribution of the item
                }
                for (int j = contributor ? i + 1 : i; j < lines.size(); j++) {
                    reasons[j] = reasons[j] == null ? RemovalReason.OTHER_ARTICLE : reasons[j];
                }
                if (nextItem && previous + 1 < i && !Prose.isProse(lines.get(i - 1).text())) {
                    reasons[i - 1] = reasons[i - 1] == null ? RemovalReason.OTHER_ARTICLE : reasons[i - 1];
                }
                return;
            }
            if (!Prose.isProse(t) && t.length() <= CHAPTER_HEADING) {
                continue; // a chapter's heading (代表工作) is not the line before the next item
            }
            previous = i;
        }
    }

}
