package org.reportarchive.ingest;

import java.util.List;
import java.util.regex.Pattern;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * Where a page's own lines under a report's text begin, and which of them are the page's: an app's button that
 * offers the rest of the text (打开APP阅读全文　剩余62%), readers' comments and a reposter's commentary, a few short
 * lines of the page's among its own (an account's card), and, the other way, the report's own lines that look like
 * a page's (the addresses of its offices, the files its 附件： lists).
 */
final class PageTail {

    private PageTail() {
    }

    /**
     * A page's button under the start of an article that shows the rest, and nothing else on its line (but an icon
     * before it, and how much is left): 阅读全文, 展开全文 ⌄, 📱 打开APP阅读全文　剩余62%, 打开央视新闻客户端，阅读全文.
     */
    private static final Pattern SHOWS_THE_REST = Pattern.compile(
            "(?i)^[^\\p{IsHan}]{0,3}(((打开|下载)[\\s\\u3000]*[^\\s\\u3000，,。]{0,8}?)?(APP|客户端)(内|中)?[，,\\s\\u3000]*(阅读|查看|看)全文|阅读全文|查看全文"
                    + "|展开全文|展开剩余)[^\\p{IsHan}]*(剩余[\\s\\u3000]*[0-9０-９]{1,2}[\\s\\u3000]*[%％][^\\p{IsHan}]*)?$");
    /** The button of an app's page that offers the rest of an article in the app: 打开APP阅读全文, APP内查看全文. */
    private static final Pattern IN_THE_APP = Pattern.compile("(?i)(APP|客户端)(内|中)?[，,\\s\\u3000]*(阅读|查看|看)全文");
    /** The longest line such a button is read on. */
    private static final int BUTTON_WIDTH = 40;
    /** How many lines under the last line of text such a button is looked for in. */
    private static final int BUTTON_LINES = 3;
    /**
     * An app's page that shows the start of an article and offers the rest in the app (打开APP阅读全文　剩余62%): no
     * text of the report follows the button, so what follows is the page's (its share buttons, comments and
     * recommendations), even where it reads as sentences.
     */
    static void cutAtTheRest(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        for (int i = bodyStart; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() > BUTTON_WIDTH) {
                continue; // (the common case, decided before the line is read in simplified characters)
            }
            String t = Simplified.of(text);
            if (SHOWS_THE_REST.matcher(t).matches() && IN_THE_APP.matcher(t).find()) {
                for (int j = i; j < lines.size(); j++) {
                    if (reasons[j] == null) {
                        reasons[j] = j == i ? RemovalReason.NAVIGATION : RemovalReason.ADVERTISING;
                    }
                }
                return;
            }
        }
    }
    /**
     * A row of an article page's buttons under its text, one of them to print it or close it: 【打印】　【关闭】　【返回顶部】,
     * 【发表评论】【加入收藏】【告诉好友】【打印此文】【关闭窗口】, [打印本页] [关闭窗口].
     */
    private static final Pattern PRINT_ROW = Pattern.compile("^(?=.*(打印|关闭|列印))([【\\[［(（][\\s\\u3000]*(打印本页|打印此文|打印本文"
            + "|打印文章|打印|列印|关闭窗口|关闭本页|关闭|返回顶部|返回首页|返回|发表评论|加入收藏|收藏本页|收藏|告诉好友|推荐给好友|推荐"
            + "|保存本页|纠错)[\\s\\u3000]*[】\\]］)）][\\s\\u3000]*){2,}$");
    /** How many lines of running text a row of buttons must stand under to close the article. */
    private static final int TEXT_ABOVE_BUTTONS = 2;

    /**
     * Under the text of an article page, the row of buttons to print or close it ends the article: what follows is
     * the page's (the next and previous articles with their teasers, boxes of links), even where it reads as
     * sentences, up to the report's own attachment (附件：) if it has one there, or the title of the text's next part (（下）)
     * over the rest of it; each line with the reason a rule gives it.
     */
    static void cutAtThePrintButtons(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons,
                                     int bodyStart) {
        int from = bodyStart; // (the text the buttons must stand under starts here, or after the part they ended)
        for (int i = bodyStart; i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (t.length() > BUTTON_WIDTH * 2 || t.indexOf('【') < 0 && t.indexOf('[') < 0 && t.indexOf('［') < 0
                    || !PRINT_ROW.matcher(t).matches() || !textAbove(lines, reasons, from, i)) {
                continue; // (the common case: a line of text, no row of buttons)
            }
            if (pagedBeside(lines, i)) {
                continue; // the buttons under one page of an article the site prints over several (共2页：上一页 [1] 2)
            }
            int j = i;
            for (; j < lines.size(); j++) {
                String after = lines.get(j).text().strip();
                if (reasons[j] == null && (after.startsWith("附件") || after.startsWith("附："))) {
                    return;
                }
                if (reasons[j] == RemovalReason.DUPLICATE && ReportParts.isPartsTitle(after)) {
                    break; // the next part of the text, on its page under its title: (下)
                }
                if (reasons[j] == null && !after.isEmpty()) { // (its footer's lines keep their own reasons)
                    reasons[j] = rules.classify(after, false).orElse(RemovalReason.NAVIGATION);
                }
            }
            i = j;
            from = j + 1;
        }
    }

    /** Whether lines of running text stand between two lines, enough of them to be an article's. */
    private static boolean textAbove(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        int prose = 0;
        for (int k = from; k < to && prose < TEXT_ABOVE_BUTTONS; k++) {
            prose += reasons[k] == null && Prose.isProse(lines.get(k).text().strip()) ? 1 : 0;
        }
        return prose >= TEXT_ABOVE_BUTTONS;
    }

    /** A pager under one page of an article printed over several: 共2页：　上一页　[1]　2　下一页, 第1页 下一页. */
    private static final Pattern PAGER = Pattern.compile("共[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*页|上一页|下一页|[\\[［]1[\\]］][\\s\\u3000]*2");
    /** How many lines from a row of buttons a pager is looked for. */
    private static final int PAGER_LINES = 3;

    private static boolean pagedBeside(List<SourceLine> lines, int row) {
        for (int j = Math.max(0, row - PAGER_LINES); j < Math.min(lines.size(), row + PAGER_LINES + 1); j++) {
            String t = lines.get(j).text();
            if (j != row && t.length() <= BUTTON_WIDTH * 2 && PAGER.matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The heading of readers' comments under a report (网友评论（共6条）, 热门评论) or of what a reposter says of it
     * (【老陈点评】, 【编后】): no text of the report follows it, so what follows, comments that quote the report among
     * them, is the page's too, up to the page's own lines (its footer, its lists), which keep their reasons.
     */
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "^(网友评论|读者评论|用户评论|全部评论|最新评论|热门评论|精彩评论|评论区|网友留言|读者留言|精选留言|热门跟[贴帖]|最新跟[贴帖]|全部跟[贴帖]"
                    + "|网友跟[贴帖])[:：]?([（(][^)）]{0,40}[)）])?[:：]?"
                    + "([\\s\\u3000]+(查看|更多|全部|发表|我要)[^，。]{0,10})?$|^(评论|留言|跟[贴帖])[\\s\\u3000]*[（(]?[0-9]+[)）]?$"
                    + "|^共?[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*条(评论|留言|跟[贴帖])$|^(登录后?)?(发表评论|写评论|写留言|我要评论)[.。…]*$"
                    + "|^(评论|留言|跟[贴帖])[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]+(写评论|发表评论|我要评论|写留言)[.。…]*$");
    /** A heading of comments without a count: 评论, 留言. */
    private static final Pattern BARE_COMMENTS = Pattern.compile("^(评论|留言|跟[贴帖])$");
    /** A character every heading of comments or commentary has, in either script. */
    private static final Pattern COMMENT_CHARS = Pattern.compile("[评評留点點感心编編短读讀贴貼帖记記说說]");
    /** The heading of what a reposter or an editor adds under a text: 【老陈点评】, 【编后】, always the page's. */
    private static final Pattern COMMENTARY_HEADING = Pattern.compile("^[【\\[［][^】\\]］]{0,6}(点评|短评|编后|编后语)[】\\]］]$"
            // a reposter's own notes, a tool's notes on what it did: 以下是我的笔记 ✍️, **整理说明：**
            + "|^(整理说明|整理者注|编辑说明)[:：]?$");
    /** A reposter's heading of notes of its own: 以下是我的笔记; set off by rules or signs, never a speech's own line. */
    private static final Pattern NOTES_HEADING = Pattern.compile("^(以下|下面)是?(我|本人|小编|笔者)的.{0,8}笔记[^，。]{0,4}$");
    /** What a heading is set between: rules and dashes (———— 评论（3）————), Markdown's bold. */
    private static final Pattern DECORATION = Pattern.compile("^[—\\-－=─━*\\s\\u3000]+|[—\\-－=─━*\\s\\u3000]+$");
    /** A heading that a report may have as its own (a deputy's 【履职心得】): the page's only after the page's line. */
    private static final Pattern OWN_OR_COMMENTARY = Pattern.compile("^[【\\[［][^】\\]］]{0,6}(感想|心得|读后感)[】\\]］]$"
            // a speech's own 下面是我的几点体会：, a reposter's 以下是我的感想
            + "|^(以下|下面)是?(我|本人|小编|笔者)的.{0,8}(感想|心得|解读|点评|总结|体会)[^，。]{0,4}$");
    /** A report's closing line (以上报告，请予审议), which no reader's comment is. */
    private static final Pattern CLOSING = Pattern.compile("^以上(报告|说明|汇报|意见|情况)[^。]{0,12}(请予审议|请审议|请予审查)[。！]?$");
    /** The shortest paragraph of a report's own that no reader's comment is as long as. */
    private static final int REPORTS_PARAGRAPH = 80;

    /** A line that is the report's own, not a comment: its closing line, or a long paragraph. */
    private static boolean reportsOwn(String line) {
        String t = line.strip();
        return CLOSING.matcher(t).matches() || t.length() >= REPORTS_PARAGRAPH && t.endsWith("。");
    }

    /** A day alone on a line, in any form (2021-03-01, 2021年3月1日). */
    private static boolean bareDay(String line) {
        String t = line.strip();
        return t.length() <= 20 && FrontMatter.parseDelivery(t)
                .filter(d -> d.date() != null && d.session() == null && d.congress() == null && d.speakerPart() == null)
                .isPresent();
    }

    /**
     * Marks everything from the first comments heading under the text on as comments, if there is one and no line of
     * a report (its title, delivery line, salutation or a numbered heading) comes after it: a box of comments set
     * into the text (【代表感想】 between two sections) stays where it is.
     */
    static void cutAtComments(BoilerplateRules rules, List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        for (int i = bodyStart + 1; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() > BUTTON_WIDTH || !COMMENT_CHARS.matcher(text).find()) {
                continue; // (the common case, decided before the line is read in simplified characters)
            }
            String plain = Simplified.of(text.strip());
            String view = DECORATION.matcher(plain).replaceAll("");
            // a reposter's commentary only after the page has closed the text (its 来源 line): in the text, a box of
            // a deputy's 感想 or a section of 心得 is the report's
            int before = SourceLines.previousLine(lines, i);
            // a rule drawn over the heading sets it off (———— / 以下是我的学习笔记), after the page's line or not
            // (a rule the page repeats, taken off as a copy of another, sets it off as well)
            boolean ruled = before >= 0 && (reasons[before] == null || reasons[before] == RemovalReason.DUPLICATE)
                    && RULE.matcher(lines.get(before).text().strip()).matches();
            before = ruled ? SourceLines.previousLine(lines, before) : before;
            boolean afterThePage = before >= 0 && reasons[before] != null && PAGE_WORDS.contains(reasons[before]);
            boolean setOff = ruled || !view.equals(plain)
                    || !view.equals(view.replaceAll("[^\\p{IsHan}A-Za-z0-9：:，,]", ""));
            boolean commentary = COMMENTARY_HEADING.matcher(view).matches()
                    || NOTES_HEADING.matcher(view).matches() && (setOff || afterThePage)
                    || (OWN_OR_COMMENTARY.matcher(view).matches() || NOTES_HEADING.matcher(view).matches()) && afterThePage;
            // (a bare 评论 heads comments only under the page's own words: ……后一篇：……)
            if (COMMENTS_HEADING.matcher(view).matches() || commentary || afterThePage && BARE_COMMENTS.matcher(view).matches()) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String t = lines.get(j).text();
                    if (rules.classify(t, false).filter(r -> r == RemovalReason.NAVIGATION).isPresent()
                            && rules.endsText(t)) {
                        break; // a list of other articles under the comments: its titles are no report's
                    }
                    // notes set off by a rule after the page has closed the text may have numbered sections of their
                    // own (来源：…… / ———— / 以下是我的学习笔记 / 一、报告的亮点); without the rule they are a speech's
                    // own (……（来源：《人民日报》……） / 下面是我的几点体会： / 一、……)
                    boolean numbered = HeadingRecognizer.standalone(t).filter(st -> st != HeadingStyle.TITLE).isPresent();
                    // (a day alone under a commenter's name is the comment's, not a text's opening)
                    if (reasons[j] == null && (FrontMatter.isTitle(t) || FrontMatter.opensText(t) && !bareDay(t)
                            || numbered && !(commentary && afterThePage && ruled) || !commentary && reportsOwn(t))) {
                        return;
                    }
                }
                if (ruled && reasons[SourceLines.previousLine(lines, i)] == null) {
                    reasons[SourceLines.previousLine(lines, i)] = RemovalReason.COMMENTS;
                }
                for (int j = i; j < lines.size(); j++) {
                    if (reasons[j] == null || reasons[j] == RemovalReason.NAVIGATION && j == i) {
                        reasons[j] = RemovalReason.COMMENTS;
                    }
                }
                return;
            }
        }
    }
    /** A line drawn across the page: ━━━━━━, ──────, ==========. */
    private static final Pattern RULE = Pattern.compile("^[━─═—–\\-_=＝~～]{6,}$");

    /**
     * Under the text, a rule over lines that are the page's (a newsletter's distribution, a footer) is theirs too;
     * a rule over lines of the report's own (调研组组长　张建华) stays with them.
     */
    static void markRulesAbove(List<SourceLine> lines, RemovalReason[] reasons, int from) {
        for (int i = Math.max(from, 0); i + 1 < lines.size(); i++) {
            if (reasons[i] == null && reasons[i + 1] != null && RULE.matcher(lines.get(i).text().strip()).matches()) {
                reasons[i] = reasons[i + 1];
            }
        }
    }

    /** A mark that the text goes on in a later post or issue: （未完待续）, （待续）, 未完，待续. */
    private static final Pattern CONTINUED = Pattern.compile("^[（(]?[\\s\\u3000]*(未完[，,、\\s\\u3000]*待续|待续)[\\s\\u3000]*[)）]?[。…]*$");

    /** Whether a line says the text goes on in a later post or issue: （未完待续）. */
    static boolean isContinued(String line) {
        return CONTINUED.matcher(Simplified.of(line.strip())).matches();
    }

    /**
     * Whether the lines right under the last line of text offer the rest of it (打开APP阅读全文　剩余62%), or say
     * that it goes on in a later post (（未完待续）).
     */
    static boolean cutShort(List<SourceLine> lines, int lastText) {
        if (lastText < 0) {
            return false;
        }
        String last = Simplified.of(lines.get(lastText).text().strip());
        if (last.endsWith("未完待续）") || last.endsWith("未完待续)") || last.endsWith("（待续）")) {
            return true; // ……收集意见建议420条。（未完待续）
        }
        int seen = 0;
        for (int i = lastText + 1; i < lines.size() && seen < BUTTON_LINES; i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            seen++;
            if (isContinued(t)) {
                return true;
            }
            String view = Simplified.of(t);
            if (t.length() <= BUTTON_WIDTH && SHOWS_THE_REST.matcher(view).matches()
                    && (IN_THE_APP.matcher(view).find() || view.contains("剩余") || seen == 1 && !endsWhole(last))) {
                // (a bare 阅读全文 right under the text cuts it, unless the text ends as a whole one does, on its closing
                // line, its day or its signature; under a list of other articles, it is the list's)
                return true;
            }
            if (PREVIEW_ENDS.matcher(view).find()) {
                return true; // a document site's preview of the first pages: 免费预览已结束，剩余 7 页可下载查看
            }
        }
        return false;
    }

    /** Whether a text's last line is one a whole text ends with: its day, its signature or its closing line. */
    private static boolean endsWhole(String last) {
        return FrontMatter.isDayMaybeBracketed(last) || FrontMatter.isIssuerAndDay(last) || WHOLE_END.matcher(last).find();
    }

    /** A text's last words: 以上报告，请予审议。, 谢谢大家！, 现在我宣布……闭幕！, a signing body (……人大常委会). */
    private static final Pattern WHOLE_END = Pattern.compile("^以上.{0,30}(审议|研究处理|报告)|^谢谢|闭幕！$"
            + "|(委员会|人大常委会|办公室|人民政府)$");

    /** A document site's note that its preview of a document's first pages ends here. */
    private static final Pattern PREVIEW_ENDS = Pattern.compile("^(免费)?预览已结束[，,]?.{0,20}剩余[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*页"
            + "|^[…\\.·\\s\\u3000]*(还剩|剩余|尚余)[\\s\\u3000]*[0-9０-９]+[\\s\\u3000]*页未读");
    /**
     * Under the text, the addresses and telephones of a list that the report itself ends with (附：代表联络站联系方式 /
     * 1.平江街道人大代表联络站 / 地址：… / 电话：…) are the report's: contact lines under one of its items (an office's
     * name), not under the page's own lines; so are the files its own 附件： line lists, and a notice's contact lines over
     * the day it is signed.
     */
    private static final Pattern ATTACHMENTS = Pattern.compile("^附[\\s\\u3000]*件[0-9０-９一二三四五六七八九十]{0,2}[:：]?$");
    /** A report's last words, which end it with or without a stop: 以上报告，请予审议. */
    private static final Pattern REPORTS_END = Pattern.compile("(审议|审查|评议|谢谢|敬礼|奋斗|贡献)[！!。]?$");
    /** The longest line over a headline read as its first line. */
    private static final int KICKER = 24;
    /** The longest headline a pointer to another page is read under. */
    private static final int HEADLINE = 60;
    /** An e-paper's pointer to an article on another page: （详见第2版）, 见A3版. */
    private static final Pattern POINTER = Pattern.compile("^[（(]?(详见|见)第?[0-9０-９一二三四五六七八九十A-Za-z]{1,3}版[）)]?$");

    /**
     * Under the text, an e-paper's pointers to articles on other pages, each under the headline it points from
     * (……关于绍兴市人民政府工作报告的决议 / （详见第2版））: the page's, other articles.
     */
    static void stripPointersToOtherPages(List<SourceLine> lines, RemovalReason[] reasons, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (reasons[i] != null || !POINTER.matcher(lines.get(i).text().strip()).matches()) {
                continue;
            }
            reasons[i] = RemovalReason.OTHER_ARTICLE;
            int above = i - 1;
            while (above >= from - 1 && above > 0 && lines.get(above).text().isBlank()) {
                above--;
            }
            String headline = above >= 0 ? lines.get(above).text().strip() : "";
            // (the headline may be the line the text seemed to end on: 凝心聚力谋发展，踔厉奋发开新局——……胜利闭幕)
            if (above >= from - 1 && above >= 0 && reasons[above] == null && headline.length() <= HEADLINE
                    && !headline.matches(".*[。！？!?…]$") && !REPORTS_END.matcher(Simplified.of(headline)).find()) {
                // (a headline, in clauses or not; not a sentence, nor the report's own last words without their stop)
                reasons[above] = RemovalReason.OTHER_ARTICLE;
                int kicker = above - 1; // (and the line over it, a headline set over two: 坚持人民至上　护航民生福祉)
                while (kicker >= from && lines.get(kicker).text().isBlank()) {
                    kicker--;
                }
                String over = kicker >= from ? lines.get(kicker).text().strip() : "";
                if (kicker >= from && reasons[kicker] == null && over.length() <= KICKER
                        && !FrontMatter.containsSentencePunctuation(over) && HeadingRecognizer.numbering(over).isEmpty()) {
                    reasons[kicker] = RemovalReason.OTHER_ARTICLE;
                }
            }
        }
    }

    /** A page's field for attachments, empty or saying there are none: 附件：, 相关附件：无. */
    private static final Pattern NO_ATTACHMENT = Pattern.compile("^(相关)?附[\\s\\u3000]*件(下载)?[:：]?[\\s\\u3000]*(无)?$");

    /**
     * A page's field for attachments under the text, with nothing listed under it (附件： over the page's footer,
     * 相关附件：无): the page's. A report's own 附件： has its attachment under it.
     */
    static void stripEmptyAttachmentField(List<SourceLine> lines, RemovalReason[] reasons, int from) {
        for (int i = lines.size() - 1; i >= from; i--) {
            if (reasons[i] == null) {
                if (NO_ATTACHMENT.matcher(lines.get(i).text().strip()).matches()) {
                    reasons[i] = RemovalReason.SITE_UI;
                }
                return;
            }
        }
    }

    /** A file a report lists as its attachment on the line that says so: 附件：1.……（草案）.pdf, 附件1：…….docx. */
    private static final Pattern ATTACHED_FILE = Pattern.compile("^附[\\s\\u3000]*件[0-9０-９一二三四五六七八九十]{0,2}[:：]");
    static final Pattern FILE_NAME = Pattern.compile("(?i)\\.(doc|docx|pdf|wps|txt|xls|xlsx)$");
    private static final Pattern OFFICE = Pattern.compile("(站|室|处|中心|办公室|点|所|之家|委员会|委|局|院|馆|厅|办)$");
    static void keepListedContacts(List<SourceLine> lines, RemovalReason[] reasons, int from) {
        boolean underItem = false;
        boolean underAttachments = false;
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).text();
            boolean listed = underAttachments || ATTACHED_FILE.matcher(t.strip()).find();
            if (listed && reasons[i] == RemovalReason.ADVERTISING && FILE_NAME.matcher(t.strip()).find()) {
                reasons[i] = null; // 附件： / 石门县2021年县级预算草案.pdf: the report's own attachments
                continue;
            }
            underAttachments = reasons[i] == null ? ATTACHMENTS.matcher(t.strip()).matches() || underAttachments
                    && FILE_NAME.matcher(t.strip()).find() : underAttachments && reasons[i] == null;
            if (reasons[i] == null) {
                underItem = HeadingRecognizer.numbering(t).isPresent() && t.length() <= CARD_WIDTH * 2
                        && OFFICE.matcher(t.strip()).find();
            } else if (reasons[i] == RemovalReason.CONTACT && underItem) {
                reasons[i] = null;
            } else {
                underItem = false;
            }
        }
        // the contact lines of a notice over the day it is signed (联系电话：…… / 联系人：…… / 2020年5月8日) are its own
        for (int i = from; i < lines.size(); i++) {
            if (reasons[i] != RemovalReason.CONTACT) {
                continue;
            }
            int end = i;
            while (end + 1 < lines.size() && reasons[end + 1] == RemovalReason.CONTACT) {
                end++;
            }
            if (end + 1 < lines.size() && reasons[end + 1] == null && FrontMatter.isDay(lines.get(end + 1).text().strip())) {
                for (int k = i; k <= end; k++) {
                    reasons[k] = null;
                }
            }
            i = end;
        }
    }
    /** The most lines of a card that a page sets among its own lines under the text. */
    private static final int CARD_LINES = 3;
    /** The longest line of such a card. */
    private static final int CARD_WIDTH = 20;
    /** What a card's line never holds: digits of a day, punctuation, an organ's name at its end, thanks. */
    private static final Pattern NOT_A_CARD = Pattern.compile("[0-9０-９〇○零年月日，。；！？,.;:：!?、（）()]"
            + "|(常务委员会|常委会|委员会|主席团|秘书处|办公室|办公厅|人民政府|政府|法院|检察院)$|^谢谢");
    /** The lines of a page's own words above such a card. */
    private static final java.util.Set<RemovalReason> PAGE_WORDS = java.util.EnumSet.of(RemovalReason.PUBLICATION,
            RemovalReason.NAVIGATION, RemovalReason.ADVERTISING, RemovalReason.COPYRIGHT, RemovalReason.CONTACT,
            RemovalReason.SITE_UI);
    /**
     * Whether a line is an account's description on its card, between its name and its follow button, whatever its
     * punctuation: 保定身边事 / 关注保定本地生活，分享身边新鲜事 / +关注.
     */
    static boolean describesAnAccount(List<SourceLine> lines, int i) {
        return i > 0 && i + 1 < lines.size() && FOLLOW.matcher(lines.get(i + 1).text().strip()).matches()
                && PublicationLine.isAccountName(lines.get(i - 1).text()) && lines.get(i).text().strip().length() <= MOTTO;
    }

    /** An account's follow button: +关注, 关注. */
    private static final Pattern FOLLOW = Pattern.compile("^[+＋]?[\\s\\u3000]*(关注|關注)$");
    /** The longest description on an account's card. */
    private static final int MOTTO = 40;

    /** The end of a page's line that a narrow column wrapped: a number, a licence's or a room's (001号). */
    private static final Pattern WRAPPED_NUMBER = Pattern.compile("^[0-9０-９A-Za-z\\-－]{1,12}号?$");

    /** A day in digits alone, never a wrapped number (the page's publishing lines give it): 2026-01-12, 2026年1月12日. */
    static final Pattern DAY_ALONE = Pattern.compile("^[0-9０-９]{4}([-－/][0-9０-９]{1,2}[-－/][0-9０-９]{1,2}"
            + "|年[0-9０-９]{1,2}月[0-9０-９]{1,2}日)$");

    /**
     * Under the text, a few short lines among the page's own (an account's name and motto between 审核：… and 微信号：…,
     * 阅读原文): a card of the page's. The line above must be the page's words (its publishing lines, links, footer),
     * not an image or a page number; a signature (an organ's name: ……常委会, ……办公室), a day (in any digits), a
     * speech's 谢谢 and lines with punctuation are never taken, but an account's motto between its name and its follow
     * button (保定身边事 / 关注保定本地生活，分享身边新鲜事 / +关注).
     */
    static void stripPageCards(List<SourceLine> lines, RemovalReason[] reasons, int from) {
        for (int k = Math.max(1, from); k < lines.size(); k++) {
            if (reasons[k] == null && describesAnAccount(lines, k)) { // 保定身边事 / 关注保定本地生活，分享身边新鲜事 / +关注
                reasons[k - 1] = reasons[k - 1] == null ? RemovalReason.ADVERTISING : reasons[k - 1];
                reasons[k] = RemovalReason.ADVERTISING;
            }
        }
        int i = from;
        while (i < lines.size()) {
            if (reasons[i] != null || lines.get(i).text().isBlank()) {
                i++;
                continue;
            }
            int end = i;
            boolean card = true;
            while (end < lines.size() && (reasons[end] == null || lines.get(end).text().isBlank())) {
                String t = SourceLine.trim(lines.get(end).text());
                card &= t.isEmpty() || t.length() <= CARD_WIDTH && !NOT_A_CARD.matcher(t).find();
                end++;
            }
            int kept = 0;
            for (int k = i; k < end; k++) {
                kept += lines.get(k).text().isBlank() ? 0 : 1;
            }
            int before = SourceLines.previousLine(lines, i);
            // (at the page's end, only the number a page's line wrapped: 广告许可证：晋同工商广字 / 001号)
            String only = SourceLine.trim(lines.get(i).text());
            boolean day = kept == 1 && DAY_ALONE.matcher(only).matches();
            boolean wrapped = kept == 1 && !day && WRAPPED_NUMBER.matcher(only).matches();
            if (day && before == i - 1 && reasons[before] == RemovalReason.PUBLICATION) {
                reasons[i] = RemovalReason.PUBLICATION; // the day of the publishing line right above it: 来源：…… / 2026-01-12
                i = end;
                continue;
            }
            card |= wrapped;
            if (card && kept <= CARD_LINES && (end < lines.size() || wrapped) && before >= 0 && reasons[before] != null
                    && PAGE_WORDS.contains(reasons[before])) {
                for (int k = i; k < end; k++) {
                    if (!lines.get(k).text().isBlank()) {
                        reasons[k] = RemovalReason.ADVERTISING;
                    }
                }
            }
            i = end;
        }
    }
}
