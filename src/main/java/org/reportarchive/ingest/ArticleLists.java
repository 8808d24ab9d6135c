package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/** A page's list of other articles, under its heading, in the text or above the report's title. */
final class ArticleLists {

    private ArticleLists() {
    }

    /** The longest title a page's list of other articles holds. */
    private static final int LISTED_TITLE = 50;
    /** An item of a page's list of other articles: a bullet, then a short title (▶ ……开幕, · ……（2021-01-08）). */
    private static final Pattern LISTED_ARTICLE = Pattern.compile("^[▶►▷·•●○◆◇■□※→>＞-][\\s\\u3000]*[^。！？；]{2,50}$");
    /**
     * A page's list of other articles set into the text (推荐阅读 / ▶ …开幕 / ▶ …热议…): the bulleted titles under its
     * heading, up to the first line that is not one (a heading of the report, a title, a sentence). Above the report's
     * title, where nothing is the report's yet, a list's titles need no bullet (相关新闻 / 市人大常委会召开第十一次会议),
     * but the title block's lines end it.
     */
    static void markListsOfArticles(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons) {
        int firstTitle = 0;
        int listed = -1; // the last line of a list's block right under its heading (本版导读 / ……的决议 / ……的决议)
        while (firstTitle < lines.size()
                && (reasons[firstTitle] != null || !FrontMatter.isTitle(lines.get(firstTitle).text()) || firstTitle <= listed)) {
            // (an app's author box over the title, 人民号作者 / 章贡区融媒体中心 / 已发布2866篇文章, lists no headlines)
            if (isListHeading(rules, lines.get(firstTitle).text(), reasons[firstTitle])
                    && !AUTHOR_BOX.matcher(lines.get(firstTitle).text().strip()).matches()) {
                listed = blockEnd(lines, firstTitle); // (its headlines are titles too: the report's comes after them)
            }
            firstTitle++;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i < firstTitle && AUTHOR_BOX.matcher(lines.get(i).text().strip()).matches()) {
                continue; // (an app's author box over the title: no list)
            }
            int boxEnd = -2; // (not yet looked for)
            if (reasons[i] != RemovalReason.NAVIGATION || !rules.endsText(lines.get(i).text())) {
                if (i < firstTitle && isListHeading(rules, lines.get(i).text(), reasons[i])) {
                    reasons[i] = RemovalReason.NAVIGATION; // a page's list above the text: 本版导读
                } else if (i > firstTitle && reasons[i] == null && lines.get(i).text().length() <= LISTED_TITLE
                        && (boxEnd = boxInText(lines, reasons, i)) > 0 && isListHeading(rules, lines.get(i).text(), null)) {
                    reasons[i] = RemovalReason.NAVIGATION; // a box's heading the text might have, 【延伸阅读】, over a box
                } else {
                    continue;
                }
            }
            boxEnd = boxEnd != -2 ? boxEnd : i > firstTitle ? boxInText(lines, reasons, i) : -1;
            for (int j = i + 1; j < lines.size(); j++) {
                String t = SourceLine.trim(lines.get(j).text());
                if (reasons[j] != null) {
                    continue;
                }
                if (t.startsWith("附件") || t.startsWith("附：")) {
                    break; // the report's own attachment after its end mark (—— 全文完 —— / 附件：……目录) is no page's list
                }
                boolean above = j < firstTitle;
                if (t.length() > LISTED_TITLE || !(LISTED_ARTICLE.matcher(t).matches() || j < boxEnd
                        || above && isListedAbove(lines, reasons, j))) {
                    break;
                }
                reasons[j] = RemovalReason.NAVIGATION;
            }
        }
    }

    /** Whether a line heads a page's list of other articles (相关新闻, 本版导读), named so by a rule or not yet read. */
    private static boolean isListHeading(BoilerplateRules rules, String line, RemovalReason reason) {
        return (reason == null || reason == RemovalReason.NAVIGATION) && line.length() <= LISTED_TITLE
                && rules.classify(line, false).filter(r -> r == RemovalReason.NAVIGATION).isPresent() && rules.endsText(line);
    }

    /** The lines of an app's box on a post's author: 人民号作者, 澎湃号作者, 已发布2866篇文章. */
    private static final Pattern AUTHOR_BOX = Pattern.compile("^(\\p{IsHan}{2,3}号作者|已发布[0-9]+篇(文章|内容))$");

    /** The last line of the block of lines a line heads: up to a blank line (a gap in the line numbers). */
    private static int blockEnd(List<SourceLine> lines, int head) {
        int end = head;
        while (end + 1 < lines.size() && lines.get(end + 1).number() == lines.get(end).number() + 1
                && !lines.get(end + 1).text().isBlank()) {
            end++;
        }
        return end;
    }

    /** The most articles a box set into the text lists. */
    private static final int BOX_ITEMS = 6;

    /**
     * A box of other articles set into the text (……达到Ⅲ类。 / ▼推荐阅读▼ / ……隆重开幕 / 政府工作报告｜2025年，岱岳这样干！ /
     * （四）坚持人民至上……): under its heading, between two lines of the report's text, headlines without bullets. The
     * line before its heading is the report's (a numbered heading or a sentence), and the line after the box is a
     * numbered heading. Returns where the box ends, or -1.
     */
    private static int boxInText(List<SourceLine> lines, RemovalReason[] reasons, int heading) {
        int before = heading - 1;
        while (before >= 0 && reasons[before] != null) {
            before--;
        }
        if (before < 0 || !isReportLine(lines.get(before).text())) {
            return -1;
        }
        int items = 0;
        boolean news = true;
        for (int j = heading + 1; j < lines.size(); j++) {
            if (reasons[j] != null) {
                continue;
            }
            String t = SourceLine.trim(lines.get(j).text());
            if (isReportLine(t)) {
                // the text goes on at a numbered heading: a short line of its own (聚焦中心大局　助推高质量发展) would
                // stand just above a sentence, and may be the report's heading, so a box ends only at a number, or at
                // a sentence under headlines that are all news of meetings and events (……召开第七次会议（2019-12-20）)
                return items > 0 && (HeadingRecognizer.numbering(t).isPresent() || news) ? j : -1;
            }
            news &= NEWS_HEADLINE.matcher(t).find();
            if (++items > BOX_ITEMS || t.endsWith("：") || t.endsWith(":") || FrontMatter.isSalutation(t)
                    || LISTED_ARTICLE.matcher(t).matches()) {
                return -1; // (a box of bulleted items is read by its bullets alone)
            }
        }
        return -1;
    }

    /**
     * A news headline of a meeting or an event, as a box of other articles lists them: a day after it, or a body doing
     * something (召开, 举行, 开展……调研) that no report's own heading says of itself.
     */
    private static final Pattern NEWS_HEADLINE = Pattern.compile(
            "[（(][0-9]{4}[-/.年][0-9]{1,2}[-/.月][0-9]{1,2}日?[)）]$"
                    + "|(人大常委会|人大|人民代表大会|代表团|委员会|调研组|检查组)[^，。]{0,16}(召开|举行|举办|开展|赴|到|开幕|闭幕)");

    /** The longest headline that exclaims. */
    private static final int EXCLAIMED_HEADLINE = 24;

    /** A line of a report's text: a numbered heading, or a sentence longer than a headline. */
    private static boolean isReportLine(String line) {
        String t = SourceLine.trim(line);
        // (or a closing call longer than a headline that exclaims, 政府工作报告｜2025年，岱岳这样干！)
        return HeadingRecognizer.numbering(t).isPresent() || t.length() > LISTED_TITLE
                || t.endsWith("。") && Prose.isProse(t)
                || t.endsWith("！") && t.length() > EXCLAIMED_HEADLINE && t.indexOf('｜') < 0 && t.indexOf('|') < 0
                && Prose.isProse(t);
    }
    /**
     * A line above the title that may be a listed article's title: short, no sentence, nothing of a title block (not
     * the first half of a title, 芜湖市人民代表大会常务委员会, and no line over a delivery line or a subtitle).
     */
    private static boolean isListedAbove(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text();
        if (t.matches(".*[。！？，；：:].*") || FrontMatter.opensText(t) || FrontMatter.parseNameLine(t).isPresent()
                || HeadingRecognizer.numbering(t).isPresent() || FrontMatter.isEditorsNote(Simplified.of(t))
                || FrontMatter.isTitleHead(t)) {
            return false;
        }
        int next = SourceLines.nextKept(lines, reasons, i);
        String after = next < 0 ? "" : lines.get(next).text().strip();
        return !FrontMatter.opensText(after) && !after.matches("^(——|—|--|－－).+");
    }

    /** A line with a list's bullet before a short headline (not a sentence: it does not end with 。). */
    static boolean isBulleted(String line) {
        String t = line.strip();
        return t.length() <= LIST_ITEM_WIDTH && !t.isEmpty() && "·•▶►●◆■□▪".indexOf(t.charAt(0)) >= 0
                && !t.endsWith("。");
    }

    /**
     * A line set as an item of a list of articles: a bulleted headline beside another (a single bulleted line, ●
     * 株洲市人大常委会关于……的调研报告, may be a title set with a mark).
     */
    static boolean isListItem(List<SourceLine> lines, int i) {
        return isBulleted(lines.get(i).text()) && (i > 0 && isBulleted(lines.get(i - 1).text())
                || i + 1 < lines.size() && isBulleted(lines.get(i + 1).text()));
    }

    /**
     * Whether a line is an item of a list of articles whose words, its bullet and a bracket after them aside, are a
     * document's title: · ……工作报告（2014年1月16日在……会议上）.
     */
    static boolean isListedTitle(List<SourceLine> lines, int i) {
        if (!isListItem(lines, i) || !FrontMatter.isTitle(
                lines.get(i).text().strip().substring(1).strip().replaceFirst("[（(][^（）()]*[)）]$", ""))) {
            return false;
        }
        // (not the text's own list, under the sentence that announces it: 会议通过了以下决议：)
        int above = i - 1;
        while (above >= 0 && (isBulleted(lines.get(above).text()) || lines.get(above).text().isBlank())) {
            above--;
        }
        String t = above >= 0 ? lines.get(above).text().strip() : "";
        return !t.endsWith("：") && !t.endsWith(":");
    }

    /**
     * Whether a line is the short heading of a list of articles set right under it (区县动态 / · 南岸区人大常委会召开……
     * / · 江津区人大常委会……): a column's name, not a sentence or a heading of the report.
     */
    static boolean headsListItems(List<SourceLine> lines, int i) {
        String t = SourceLine.trim(lines.get(i).text());
        return !t.isEmpty() && t.length() <= LIST_HEADING_WIDTH && !t.matches(".*[。！？，；：:、].*")
                && HeadingRecognizer.numbering(t).isEmpty() && i + 1 < lines.size() && isListItem(lines, i + 1);
    }

    /** The longest name of a column of articles. */
    private static final int LIST_HEADING_WIDTH = 8;

    /** The longest line a list of articles sets as one item. */
    private static final int LIST_ITEM_WIDTH = 60;
}
