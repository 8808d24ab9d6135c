package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * A page that prints several documents one after another (an e-paper's page of a session's resolutions, each with
 * its title and adoption line), copied whole, while its breadcrumb names the one the copy is of
 * ({@code 当前位置：今日长兴 > 第2版 > ……关于县人民代表大会常务委员会工作报告的决议}): that document is the report, and the
 * others are the page's. When the page names none of them, or names one twice, or two of the titles are one
 * document's (a headline without the city over the full title), nothing is marked; a document a line 附件：
 * introduces is the one above it's.
 */
final class PageArticles {

    /** A breadcrumb's last step: what follows its last separator. */
    private static final Pattern LAST_STEP = Pattern.compile("(?:>>|>|＞|»|›)[\\s\\u3000]*([^>＞»›]+)$");

    /** The longest line a document's title is looked for on (a paragraph is read no further). */
    private static final int TITLE_WIDTH = 120;
    /** A word every title has (in either script), looked for before the line is read as a title. */
    private static final Pattern TITLE_WORD = Pattern.compile("[报報]告|[讲講][话話]|[说說]明|[决決][议議定]|意[见見]|致辞|致辭|[发發]言|[词詞]|[办辦]法|[规規]定|[规規]则|[规規]則|公告|名[单單]");

    private PageArticles() {
    }

    /** How a report, a speech or an explanation closes: 以上报告，请予审议。 谢谢大家！ */
    private static final List<String> CLOSINGS = List.of("请予审议", "请审议", "请予审查", "请审查", "请予审阅", "谢谢大家", "谢谢");
    /** An editor's or a writer's credit in brackets under a text: （责任编辑　李　雯）. */
    private static final Pattern CREDIT = Pattern.compile("^[（(][^）)]{2,24}[)）]$");
    /** A rule a page sets between two articles: ————————, ------, ＝＝＝＝＝＝. */
    private static final Pattern RULE = Pattern.compile("^[—\\-－─━=＝_＿*＊]{4,}$");
    /** A journal's or a paper's column heading: 【代表风采】, ■林都简讯, ·代表风采·. */
    private static final Pattern COLUMN = Pattern.compile("^(【[^】]{2,10}】|[■□◆][\\s\\u3000]*[^■□◆\\s\\u3000]{2,10}"
            + "|[·•][\\s\\u3000]*[^·•\\s\\u3000]{2,10}[\\s\\u3000]*[·•])$");
    /** A column's name in brackets, as an issue's contents list it: 【市政府令】, ［人事任免］, [审议意见]. */
    private static final Pattern LISTED_COLUMN = Pattern.compile("^[【［\\[]([^】］\\]]{2,10})[】］\\]]$");

    /** A column's name without the brackets or the marks a page sets it in: 人事任免 for ［人事任免］ or ■人事任免. */
    private static String bareColumn(String line) {
        return COLUMN_MARKS.matcher(line).replaceAll("");
    }

    private static final Pattern COLUMN_MARKS = Pattern.compile("^[【［\\[■□◆·•][\\s\\u3000]*|[\\s\\u3000]*[】］\\]·•]$");

    /** A journal's column by its name alone, under the report's last sentence and over an article: 立法动态. */
    private static final Pattern BARE_COLUMN = Pattern.compile("^\\p{IsHan}{2,6}$");
    /** A report's or a speech's last sentence: ……而努力奋斗！, ……作出新的贡献！, ……作出人大应有的贡献。, 谢谢大家！ */
    private static final Pattern FINAL = Pattern.compile("(奋斗|贡献)[！!。]$|谢谢(大家)?[！!。]?$");
    /** A report's own part after its closing: its attachment, its notes. */
    private static final Pattern OWN_PART = Pattern.compile("附件|附表|附录|名词解释|注释|说明");
    /** An article's byline or a feature's subtitle: □ 本刊通讯员　张　华, ◎ 本刊记者, ——记……. */
    private static final String BYLINE = "^([□■◇◆●○◎▲△★☆][\\s\\u3000]*)?(本刊|本报)?(特约)?(通讯员|记者)|^——记";
    private static final Pattern BYLINE_SIGN = Pattern.compile(BYLINE);

    /** What an article under a column's heading shows: its writer's byline, a news lead, a feature's subtitle. */
    private static final Pattern ARTICLE_SIGNS = Pattern.compile(
            BYLINE + "|^本报讯|^本刊讯|^" + FrontMatter.DAY_LEAD);
    /** The most lines between a column's heading and its article's byline or lead. */
    private static final int TO_ARTICLE_SIGNS = 4;
    /** The longest closing line that does not start with 以上: 谢谢大家！ */
    private static final int CLOSING_WIDTH = 10;
    /** The longest title of a following document. */
    private static final int FOLLOWING_TITLE = 80;

    /**
     * A document printed after the report on the same pages (a gazette's or a compilation's next item): after the
     * line that closes the report's text (以上报告，请予审议。), a title that names a congress, with an addressee,
     * a salutation or a delivery line under it, starts another document, which is the page's.
     */
    static void markFollowing(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        Set<String> listed = new HashSet<>(); // (the columns an issue's contents list above the text: 【市政府令】, ［人事任免］)
        for (int i = 0; i < bodyStart && i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            Matcher column = t.isEmpty() || "【［[".indexOf(t.charAt(0)) < 0 ? null : LISTED_COLUMN.matcher(t);
            if (column != null && column.matches()) {
                listed.add(column.group(1));
            }
        }
        int previous = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            if (reasons[i] != null) {
                continue;
            }
            String t = lines.get(i).text().strip();
            if (previous >= 0 && (COLUMN.matcher(t).matches() || BARE_COLUMN.matcher(t).matches() && headlineUnder(lines, reasons, i))
                    && !OWN_PART.matcher(t).find()
                    && (FINAL.matcher(Simplified.of(lines.get(previous).text().strip())).find() && anArticleFollows(lines, reasons, i)
                    // (under any document's last sentence, when its writer's byline follows: 注：……另行通知。 / 代表风采 /
                    // ……：…… / ■ 本刊通讯员)
                    || HeadingRecognizer.endsSentence(lines.get(previous).text()) && articleFollows(lines, reasons, i, BYLINE_SIGN)
                    || listed.contains(bareColumn(t)))) {
                // a journal's or a paper's next column after the report's last sentence: 【代表风采】; or a gazette's next
                // column its contents listed above the text, after the report's last line whatever it is: 【市政府令】
                for (int j = i; j < lines.size(); j++) {
                    reasons[j] = reasons[j] == null ? RemovalReason.OTHER_ARTICLE : reasons[j];
                }
                return;
            }
            if (previous >= 0 && t.length() <= FOLLOWING_TITLE && noSentence(t) && HeadingRecognizer.numbering(t).isEmpty()
                    && closesAReport(lines.get(previous).text())) {
                int next = SourceLines.nextKept(lines, reasons, i);
                boolean named = t.contains("人民代表大会") || t.contains("人大常委会") || FrontMatter.isTitle(t);
                // (a news item's headline of any words over its dated lead: 市十届人大一次会议胜利闭幕 / 本报石家庄３月１日电……)
                if (!named && !(next >= 0 && DATELINE_LEAD.matcher(lines.get(next).text().strip()).find())) {
                    previous = besideTheText(t) ? previous : i;
                    continue;
                }
                if (next >= 0 && titleGoesOn(lines.get(next).text())) {
                    next = SourceLines.nextKept(lines, reasons, next); // (a title over two lines: 法制委员会 / 关于……的报告)
                }
                if (next >= 0 && (opensAnotherDocument(lines.get(next).text())
                        || FrontMatter.isTitle(t) && PERIOD.matcher(lines.get(next).text().strip()).matches())) {
                    for (int j = i; j < lines.size(); j++) {
                        reasons[j] = reasons[j] == null ? RemovalReason.OTHER_ARTICLE : reasons[j];
                    }
                    return;
                }
            }
            if (!besideTheText(t)) {
                previous = i;
            }
        }
    }

    /**
     * Whether a line under the text is no sentence of it: a blank, an editor's credit (（责任编辑　李雯）) or the page's
     * rule between the report and the next article (————————).
     */
    private static boolean besideTheText(String line) {
        return line.isEmpty() || CREDIT.matcher(line).matches() || RULE.matcher(line).matches();
    }

    /**
     * Whether the line under a column's bare name is an article's headline: words of some length, no sentence, no key
     * (a place before a colon is none).
     */
    private static boolean headlineUnder(List<SourceLine> lines, RemovalReason[] reasons, int column) {
        int next = SourceLines.nextKept(lines, reasons, column);
        String t = next < 0 ? "" : lines.get(next).text().strip();
        return t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= HEADLINE
                && t.length() <= FOLLOWING_TITLE && noSentence(t)
                && (t.indexOf('：') < 0 && t.indexOf(':') < 0 || PLACE_FIRST.matcher(t).matches());
    }

    /** A headline led by the place it is about (平遥县：代表联络站建到群众家门口), which no key is. */
    private static final Pattern PLACE_FIRST = Pattern.compile("^(?!所在|联系|服务|工作|管辖)\\p{IsHan}{1,8}(省|市|县|区|旗|盟|州|镇|乡|村|街道|社区)[：:][\\s\\u3000]*[“\"‘「]?\\p{IsHan}.+");

    /** The fewest characters of an article's headline under a column's bare name. */
    private static final int HEADLINE = 8;

    /** Whether an article's byline, lead or subtitle follows a column's heading within a few lines. */
    private static boolean anArticleFollows(List<SourceLine> lines, RemovalReason[] reasons, int heading) {
        return articleFollows(lines, reasons, heading, ARTICLE_SIGNS);
    }

    /** Whether a line an article shows (its byline, lead or subtitle) follows a column's heading within a few lines. */
    private static boolean articleFollows(List<SourceLine> lines, RemovalReason[] reasons, int heading, Pattern signs) {
        int seen = 0;
        for (int j = heading + 1; j < lines.size() && seen < TO_ARTICLE_SIGNS; j++) {
            if (reasons[j] == null) {
                seen++;
                if (signs.matcher(lines.get(j).text().strip()).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a line under a title opens another document: its addressee, its salutation, its delivery line naming a
     * meeting (not a signature's date alone, nor the report's own heading), or a news item's lead.
     */
    private static boolean opensAnotherDocument(String line) {
        return HeadingRecognizer.numbering(line).isEmpty() && (FrontMatter.isAddressee(line) || FrontMatter.isSalutation(line)
                || NEWS_LEAD.matcher(line.strip()).find() || DATELINE_LEAD.matcher(line.strip()).find()
                || FrontMatter.parseDelivery(line).filter(d -> d.congress() != null || d.session() != null).isPresent());
    }

    /** The second line of a title set over two, the issuer's over the subject's: 关于……审议结果的报告. */
    private static boolean titleGoesOn(String line) {
        String t = line.strip();
        return t.length() <= FOLLOWING_TITLE && noSentence(t) && HeadingRecognizer.numbering(t).isEmpty()
                && (t.startsWith("关于") || FrontMatter.isTitle(t));
    }

    /** A period or a day in brackets under a title: （2022年1月—2022年12月）, （2022年12月28日）. */
    private static final Pattern PERIOD = Pattern.compile("^[（(][0-9０-９〇一二三四五六七八九十]{4}年[^（）()。，]{0,30}[)）]$");

    /** A news item's lead with its dateline: 本报讯, 本报石家庄３月１日电. */
    private static final Pattern DATELINE_LEAD = Pattern.compile(
            "^(本报讯|本刊讯|本网讯|新华社[^，。\\s]{1,8}电|本报[^，。\\s]{1,8}[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日电)");
    /** A report's closing call: 各位代表，让我们……而努力奋斗！ */
    private static final Pattern CLOSING_CALL = Pattern.compile("^各位代表[，,].{4,120}(奋斗|贡献|前进|努力)[！!。]$");
    /** A news item's lead under its headline: 本报讯……, 9月2日，区人大常委会召开…… */
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "^(本报讯|本刊讯|本网讯|" + FrontMatter.DAY_LEAD + ")");

    /**
     * Whether a line closes a report, not opens it (现在，我代表……向大会报告工作，请予审议。): a short line, or one that
     * starts with 以上, that ends with a closing phrase and a full stop or an exclamation mark.
     */
    static boolean closesAReport(String line) {
        String raw = line.strip();
        if (raw.length() > CLOSING_WIDTH && !raw.startsWith("以上") && !raw.startsWith("各位代表")) {
            return false; // (the common case, decided before the line is read in simplified characters)
        }
        String t = Simplified.of(raw); // 以上報告，請予審議。 too
        if (CLOSING_CALL.matcher(t).matches()) {
            return true;
        }
        if (t.length() > CLOSING_WIDTH && !t.startsWith("以上")) {
            return false;
        }
        if (!t.isEmpty() && "。！!".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1);
        }
        for (String closing : CLOSINGS) {
            if (t.endsWith(closing)) {
                return true;
            }
        }
        return false;
    }

    /** Marks the other documents' lines, if the page holds several and its breadcrumb names one of them. */
    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] == null && lines.get(i).text().length() <= TITLE_WIDTH
                    && noSentence(lines.get(i).text()) && TITLE_WORD.matcher(lines.get(i).text()).find()
                    && FrontMatter.isTitle(lines.get(i).text()) && opensADocument(lines, reasons, i)
                    && !isAttachment(lines, reasons, i) && !labelledAttachment(lines.get(i).text())) {
                starts.add(i);
            }
        }
        if (starts.size() < 2) {
            return;
        }
        for (int a = 0; a < starts.size(); a++) {
            for (int b = a + 1; b < starts.size(); b++) {
                if (FrontMatter.sameDocument(lines.get(starts.get(a)).text(), lines.get(starts.get(b)).text())
                        && !key(lines.get(starts.get(a)).text()).equals(key(lines.get(starts.get(b)).text()))) {
                    return; // a headline and the document's own title over it: one document
                }
            }
        }
        String named = namedByBreadcrumb(lines, reasons, starts.get(0));
        int chosen = named == null ? theOneDelivered(lines, reasons, starts) : -1;
        for (int k = 0; named != null && k < starts.size(); k++) {
            if (key(lines.get(starts.get(k)).text()).equals(named)) {
                if (chosen >= 0) {
                    return; // named twice: which one is not said
                }
                chosen = k;
            }
        }
        if (chosen < 0) {
            return;
        }
        int from = headOf(lines, reasons, starts.get(chosen));
        int to = chosen + 1 < starts.size() ? headOf(lines, reasons, starts.get(chosen + 1)) : lines.size();
        int own = from + 1;
        while (own < to && reasons[own] != null && reasons[own] != RemovalReason.DUPLICATE) {
            own++;
        }
        if (own < to && reasons[own] == RemovalReason.DUPLICATE) {
            reasons[own] = null; // its adoption line, which the documents before it on the page have too
        }
        for (int i = headOf(lines, reasons, starts.get(0)); i < lines.size(); i++) {
            if ((i < from || i >= to) && reasons[i] == null) {
                reasons[i] = RemovalReason.OTHER_ARTICLE;
            }
        }
    }

    /**
     * A gazette's or a compilation's pages that print a session's documents, named by no breadcrumb: the one document
     * a speaker gave (its title over a delivery line, 在……会议上, or a speaker's line) is the report, and the documents
     * the session adopted or promulgated around it (each over its line 通过, or its number （第1号）) are the pages'. The index of that document among the
     * starts, or -1 when none or several were given, or another was neither given nor adopted.
     */
    private static int theOneDelivered(List<SourceLine> lines, RemovalReason[] reasons, List<Integer> starts) {
        int chosen = -1;
        for (int k = 0; k < starts.size(); k++) {
            int next = SourceLines.nextKept(lines, reasons, starts.get(k));
            String t = next < 0 ? "" : lines.get(next).text();
            boolean adopted = ADOPTED.matcher(Simplified.of(t.strip())).find() || NUMBERED.matcher(t.strip()).matches();
            // (given, or sent: 审议意见 addressed to 市人民政府：, among the resolutions and lists a session adopted)
            boolean given = FrontMatter.parseSpeaker(t).isPresent() || FrontMatter.parseDelivery(t).isPresent() && !adopted
                    || FrontMatter.isAddressee(t);
            if (given && chosen >= 0 || !given && !adopted) {
                return -1; // two given or sent, or a document neither given, sent nor adopted (a notice): which is not said
            }
            chosen = given ? k : chosen;
        }
        return chosen;
    }

    /** An adoption line's end: ……会议通过）, ……批准. */
    private static final Pattern ADOPTED = Pattern.compile("(通过|批准)[)）]?$");
    /** A promulgation notice's number under its title: （第1号）. */
    private static final Pattern NUMBERED = Pattern.compile("^[（(]第[0-9０-９一二三四五六七八九十百]{1,4}号[)）]$");

    /**
     * Where a document's title starts: its line, or the line above that names the meeting or the body that issued it
     * (芜湖市第十六届人民代表大会第四次会议 / 关于……的决议).
     */
    private static int headOf(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        int above = title - 1;
        return above >= 0 && reasons[above] == null && FrontMatter.isTitleHead(lines.get(above).text()) ? above : title;
    }

    /** Whether a line has none of a sentence's punctuation, as a title has none. */
    private static boolean noSentence(String line) {
        return line.indexOf('。') < 0 && line.indexOf('，') < 0 && line.indexOf('；') < 0;
    }

    /** Whether the line above a title introduces it as an attachment of the document before it: 附件：, 附件2. */
    private static boolean isAttachment(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        for (int i = title - 1; i >= 0; i--) {
            if (reasons[i] == null) {
                return ATTACHMENT.matcher(lines.get(i).text().strip()).matches();
            }
        }
        return false;
    }

    /** Whether a title line is labelled as an attachment: 附件一：……的决议, 附：……的决定. */
    private static boolean labelledAttachment(String title) {
        return ATTACHMENT_LABEL.matcher(title.strip()).lookingAt();
    }

    /** A line that introduces an attachment: 附件：, 附件2, 附件一：. */
    private static final Pattern ATTACHMENT = Pattern.compile("^附([\\s\\u3000]*件[0-9０-９一二三四五六七八九十]{0,2}|录)?[:：]?.{0,4}$");
    /** The label of an attachment at the start of its title's line. */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附([\\s\\u3000]*件[0-9０-９一二三四五六七八九十]{0,2}|录)?[:：]");

    /**
     * Whether the line after a title opens a document: its delivery or adoption line, a speaker line, a salutation, a
     * promulgation notice's number.
     */
    private static boolean opensADocument(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        for (int i = title + 1; i < lines.size(); i++) {
            // (documents adopted at one meeting share their adoption line, which the copy's duplicates took for a repeat)
            if (reasons[i] == null || reasons[i] == RemovalReason.DUPLICATE) {
                String t = lines.get(i).text();
                return FrontMatter.parseDelivery(t).isPresent() || FrontMatter.parseSpeaker(t).isPresent()
                        || FrontMatter.isSalutation(t) || FrontMatter.isAddressee(t) || NUMBERED.matcher(t.strip()).matches();
            }
        }
        return false;
    }

    /** The title a breadcrumb above the documents ends with, in the form titles are compared, or null. */
    private static String namedByBreadcrumb(List<SourceLine> lines, RemovalReason[] reasons, int first) {
        String named = null;
        for (int i = 0; i < first; i++) {
            if (reasons[i] != RemovalReason.NAVIGATION) {
                continue;
            }
            Matcher m = LAST_STEP.matcher(lines.get(i).text().strip());
            if (m.find() && FrontMatter.isTitle(m.group(1))) {
                named = key(m.group(1));
            }
        }
        return named;
    }

    private static String key(String title) {
        return Simplified.of(FrontMatter.title(title).title());
    }
}
