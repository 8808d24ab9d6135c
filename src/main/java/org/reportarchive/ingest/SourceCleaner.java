package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * Separates a seed's lines into what is not the report (stripped, with the reason), the title block and the
 * report text. Rules, in order:
 * <ol>
 *   <li>lines that the boilerplate rules recognise anywhere (page markers, footers, breadcrumbs, publishing
 *       lines, phone numbers) and lines duplicated by the copying are stripped;</li>
 *   <li>everything before the report's first recognisable line (title, delivery line, salutation, heading or
 *       a sentence) is the hosting page, and is stripped;</li>
 *   <li>between the title and the first line of text, lines that are advertising are stripped, the rest is
 *       the title block;</li>
 *   <li>after the last line of text, a footer that starts with a copyright line is stripped whole.</li>
 * </ol>
 */
final class SourceCleaner {

    private static final Pattern CONTINUED_FROM = Pattern.compile("(上接|接|续|承)");
    /** A newspaper's page: 第3版, 第三版, A3版, 第Ａ３版. */
    private static final String PAGE = "第?\\s*[A-Za-zＡ-Ｚａ-ｚ]?\\s*[0-9０-９一二三四五六七八九十]+\\s*(版|页)";
    private static final Pattern INLINE_MARKER_START = Pattern.compile(
            "^[（(〔【]\\s*(紧接|上接|接|续|承)\\s*" + PAGE + "\\s*[)）〕】]");
    private static final Pattern INLINE_MARKER_END = Pattern.compile(
            "[（(〔【]\\s*(紧转|转|下转|转至|转见|续见)\\s*" + PAGE + "\\s*[)）〕】]$");

    private final BoilerplateRules rules;

    SourceCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** The result: title block, text lines and removals, in source order. */
    /**
     * @param cutShort the page showed only the start of the text: under its last line, 打开APP阅读全文, 剩余62%
     */
    record Cleaned(List<SourceLine> header, List<SourceLine> body, List<Removal> removals,
                   boolean startsMidText, boolean endsMidText, boolean cutShort) {
    }

    /**
     * A page's button under the start of an article that shows the rest, and nothing else on its line (but an icon
     * before it, and how much is left): 阅读全文, 展开全文 ⌄, 📱 打开APP阅读全文　剩余62%.
     */
    private static final Pattern SHOWS_THE_REST = Pattern.compile(
            "(?i)^[^\\p{IsHan}]{0,3}(((打开|下载)[\\s\\u3000]*)?(APP|客户端)(内|中)?[，,\\s\\u3000]*(阅读|查看|看)全文|阅读全文|查看全文"
                    + "|展开全文|展开剩余)[^\\p{IsHan}]*(剩余[\\s\\u3000]*[0-9０-９]{1,2}[\\s\\u3000]*[%％][^\\p{IsHan}]*)?$");
    /** The button of an app's page that offers the rest of an article in the app: 打开APP阅读全文, APP内查看全文. */
    private static final Pattern IN_THE_APP = Pattern.compile("(?i)(APP|客户端)(内|中)?[，,\\s\\u3000]*(阅读|查看|看)全文");
    /** The longest line such a button is read on. */
    private static final int BUTTON_WIDTH = 40;
    /** How many lines under the last line of text such a button is looked for in. */
    private static final int BUTTON_LINES = 3;

    Cleaned clean(List<SourceLine> input) {
        return clean(input, false);
    }

    /** @param markdown whether the copy is a Markdown copy, whose rules and comments are layout */
    Cleaned clean(List<SourceLine> input, boolean markdown) {
        List<SourceLine> lines = new ArrayList<>(input);
        List<Removal> inlineRemovals = new ArrayList<>();
        RemovalReason[] reasons = new RemovalReason[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            reasons[i] = rules.classify(lines.get(i).text(), true).orElse(null);
        }
        DuplicateFinder.mark(lines, reasons);
        ForumReplies.mark(lines, reasons);
        MarkdownCopy.markMetadata(lines, reasons);
        if (markdown) {
            MarkdownCopy.markLayout(lines, reasons);
        }
        MailAttachment.mark(lines, reasons);
        PageArticles.mark(lines, reasons);
        markBetweenPages(lines, reasons);
        markListsOfArticles(lines, reasons);

        int strong = findStrongAnchor(lines, reasons);
        int pageHeadline = strong;
        strong = titleAgain(lines, reasons, strong);
        if (strong != pageHeadline && reasons[pageHeadline] == null) {
            // the page's headline over the report's own title block: the page's publishing of it, which may name
            // the place the report's own title leaves out (安宁市人大常委会主任……在全市人大工作会议上的讲话)
            reasons[pageHeadline] = RemovalReason.PUBLICATION;
        }
        if (strong > 0 && lines.get(strong).text().strip().matches("^(——|—|--|－－).+")) {
            // a subtitle (——在……会议上的讲话) under its headline: the title block starts at the headline
            int j = previousLine(lines, strong);
            if (j >= 0 && reasons[j] == null && isShortLine(lines.get(j).text())) {
                strong = j;
            }
        }
        if (strong > 0 && FrontMatter.isSalutation(lines.get(strong).text())) {
            // a speech headed by a headline and the speaker's name alone, then 各位代表：: they start the title block
            int name = previousLine(lines, strong);
            if (name >= 0 && reasons[name] == null && FrontMatter.parseNameLine(lines.get(name).text()).isPresent()) {
                strong = name;
                int headline = previousLine(lines, name);
                if (headline >= 0 && reasons[headline] == null && isShortLine(lines.get(headline).text())) {
                    strong = headline;
                }
            }
        }
        int anchor = strong >= 0 ? strong : findWeakAnchor(lines, reasons);
        List<SourceLine> notes = new ArrayList<>();
        for (int i = 0; i < anchor; i++) {
            if (strong >= 0 && reasons[i] == null
                    && FrontMatter.isEditorsNote(Simplified.of(lines.get(i).text()))) {
                notes.add(lines.get(i)); // an editor's note above the title introduces the report: it stays with it
                continue;
            }
            if (reasons[i] == null) {
                // before a recognised title the page is the host's; before mere text it may be an unknown title
                RemovalReason r = rules.classify(lines.get(i).text(), false).orElse(null);
                if (r == null && i + 1 < lines.size() && isAccountAboveByline(lines, reasons, i)) {
                    r = RemovalReason.PUBLICATION; // a post's account, above the post's title
                }
                reasons[i] = r != null || strong < 0 ? r : RemovalReason.ADVERTISING;
            }
        }
        if (strong < 0) {
            for (int i = 0; i < anchor; i++) {
                if (reasons[i] == null) {
                    anchor = i; // kept in the title block rather than lost
                    break;
                }
            }
        }
        int bodyStart = findBodyStart(lines, reasons, anchor);
        List<SourceLine> header = new ArrayList<>(notes);
        for (int i = anchor; i < bodyStart; i++) {
            if (reasons[i] == null) {
                reasons[i] = rules.classify(lines.get(i).text(), false).orElse(null);
            }
            if (reasons[i] == null && i + 1 < bodyStart && isAccountAboveByline(lines, reasons, i)) {
                reasons[i] = RemovalReason.PUBLICATION;
            }
            if (reasons[i] == null) {
                header.add(lines.get(i));
            }
        }
        // bare section titles just before the text belong to the text, not to the title block
        // (not above a letter's addressee or a salutation, which open the text: a title block ends there)
        boolean opened = bodyStart < lines.size() && (ADDRESSEE.matcher(lines.get(bodyStart).text().strip()).matches()
                || FrontMatter.isSalutation(lines.get(bodyStart).text()));
        while (!opened && !header.isEmpty() && bodyStart > anchor && isMovableTitle(header.get(header.size() - 1))) {
            SourceLine moved = header.remove(header.size() - 1);
            bodyStart = lines.indexOf(moved);
        }
        cutAtTheRest(lines, reasons, bodyStart);
        cutAtComments(lines, reasons, bodyStart);
        stripFooter(lines, reasons, bodyStart);
        int firstText = -1;
        int lastText = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            if (reasons[i] == null) {
                firstText = firstText < 0 ? i : firstText;
                lastText = i;
            }
        }
        boolean startsMid = false;
        boolean endsMid = false;
        for (int i = firstText; i >= 0 && i <= lastText; i++) {
            // a line of text that runs on to another page, or goes on from one: the article continues there, and the
            // lines on either side of the markers are one text (their sentence is joined like a column break)
            if (reasons[i] == null) {
                boolean from = splitInlineMarker(lines, i, INLINE_MARKER_START, true, inlineRemovals);
                boolean to = splitInlineMarker(lines, i, INLINE_MARKER_END, false, inlineRemovals);
                startsMid |= from && i == firstText;
                endsMid |= to && i == lastText;
            }
        }
        List<SourceLine> body = new ArrayList<>();
        List<Removal> removals = new ArrayList<>(inlineRemovals);
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (reasons[i] != null) {
                removals.add(new Removal(line.number(), reasons[i], line.text()));
                if (reasons[i] == RemovalReason.PAGE_MARKER) {
                    boolean continuedFrom = continuesFrom(line.text());
                    if (continuedFrom && (firstText < 0 || i < firstText)) {
                        startsMid = true;
                    } else if (!continuedFrom && (lastText < 0 || i > lastText)) {
                        endsMid = true;
                    }
                }
            } else if (i >= bodyStart) {
                body.add(line);
            }
        }
        if (body.size() > 1 && isClosingDelivery(body.get(body.size() - 1).text())
                && header.stream().noneMatch(h -> namesAMeeting(h.text()))) {
            // a delivery line set under the text ((本报告于2021年1月8日在……会议上通过)): the title block's, not the text's
            header.add(body.remove(body.size() - 1));
        }
        removals.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Cleaned(header, body, removals, startsMid, endsMid, cutShort(lines, lastText));
    }

    /** The index of the last non-blank line before {@code i}, or -1. */
    /** The most lines between a post's headline and the report's own title under it. */
    private static final int POST_PREAMBLE = 40;

    /**
     * A post that heads a report with its own headline and words ([转贴] 石狮市……工作报告 / who posted it, when /
     * a paragraph of the poster's) before the report's own title block (the same title, then its delivery line,
     * speaker line or salutation): the report starts at its own title, and what the post put above it is the
     * page's (but an editor's note, which stays with the report). Where the title does not come again, the anchor
     * stays.
     */
    private int titleAgain(List<SourceLine> lines, RemovalReason[] reasons, int anchor) {
        if (anchor < 0 || !FrontMatter.isTitle(lines.get(anchor).text())
                || FrontMatter.title(lines.get(anchor).text()).excerpt()) {
            return anchor; // (a headline that says the text is an excerpt, ……（摘要）, says so of the text under it)
        }
        String title = lines.get(anchor).text();
        boolean prose = false;
        for (int j = anchor + 1; j < lines.size() && j <= anchor + POST_PREAMBLE; j++) {
            String t = lines.get(j).text();
            if (reasons[j] == RemovalReason.DUPLICATE && FrontMatter.isTitle(t) && FrontMatter.sameDocument(title, t)) {
                // the headline printed again as the report's own title, which the copy's duplicates took for a repeat
                int next = nextKept(lines, reasons, j);
                if (prose && next >= 0 && opens(lines.get(next).text())) {
                    reasons[j] = null;
                    reasons[anchor] = RemovalReason.DUPLICATE;
                    return j;
                }
                return anchor;
            }
            if (reasons[j] != null) {
                continue;
            }
            if (FrontMatter.isEditorsNote(Simplified.of(t))) {
                prose = true; // (a note that names the meeting is no delivery line)
                continue;
            }
            if (namesAMeeting(t) || FrontMatter.isSalutation(t) || HeadingRecognizer.numbering(t).isPresent()) {
                return anchor; // the report's own lines: the headline was its title (the common case)
            }
            if (prose && t.strip().matches("^(——|—|--|－－).+") && FrontMatter.isTitle(t)) {
                return j; // a speech's own headline and subtitle under a news page's (——在……会议上的讲话)
            }
            if (rules.classify(t, false).isPresent()) {
                continue;
            }
            if (FrontMatter.isTitle(t) && FrontMatter.sameDocument(title, t)) {
                int next = nextKept(lines, reasons, j);
                return prose && next >= 0 && opens(lines.get(next).text()) ? j : anchor;
            }
            prose |= Prose.isProse(t);
        }
        return anchor;
    }

    /**
     * An app's page that shows the start of an article and offers the rest in the app (打开APP阅读全文　剩余62%): no
     * text of the report follows the button, so what follows is the page's (its share buttons, comments and
     * recommendations), even where it reads as sentences.
     */
    private static void cutAtTheRest(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
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
     * The heading of readers' comments under a report (网友评论（共6条）, 热门评论) or of what a reposter says of it
     * (【老陈点评】, 【编后】): no text of the report follows it, so what follows, comments that quote the report among
     * them, is the page's too, up to the page's own lines (its footer, its lists), which keep their reasons.
     */
    private static final Pattern COMMENTS_HEADING = Pattern.compile(
            "^(网友评论|读者评论|用户评论|全部评论|最新评论|热门评论|精彩评论|评论区|网友留言|读者留言|精选留言)[:：]?([（(][^)）]{0,40}[)）])?[:：]?"
                    + "([\\s\\u3000]+(查看|更多|全部|发表|我要)[^，。]{0,10})?$|^(评论|留言)[\\s\\u3000]*[（(]?[0-9]+[)）]?$");
    /** A character every heading of comments or commentary has, in either script. */
    private static final Pattern COMMENT_CHARS = Pattern.compile("[评評留点點感心编編短读讀]");
    /** The heading of what a reposter or an editor adds under a text: 【老陈点评】, 【编后】, always the page's. */
    private static final Pattern COMMENTARY_HEADING = Pattern.compile("^[【\\[［][^】\\]］]{0,6}(点评|短评|编后|编后语)[】\\]］]$");
    /** A heading that a report may have as its own (a deputy's 【履职心得】): the page's only after the page's line. */
    private static final Pattern OWN_OR_COMMENTARY = Pattern.compile("^[【\\[［][^】\\]］]{0,6}(感想|心得|读后感)[】\\]］]$");

    /**
     * Marks everything from the first comments heading under the text on as comments, if there is one and no line of
     * a report (its title, delivery line, salutation or a numbered heading) comes after it: a box of comments set
     * into the text (【代表感想】 between two sections) stays where it is.
     */
    private void cutAtComments(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        for (int i = bodyStart + 1; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (text.length() > BUTTON_WIDTH || !COMMENT_CHARS.matcher(text).find()) {
                continue; // (the common case, decided before the line is read in simplified characters)
            }
            String view = Simplified.of(text.strip());
            // a reposter's commentary only after the page has closed the text (its 来源 line): in the text, a box of
            // a deputy's 感想 or a section of 心得 is the report's
            int before = previousLine(lines, i);
            boolean commentary = COMMENTARY_HEADING.matcher(view).matches() || OWN_OR_COMMENTARY.matcher(view).matches()
                    && before >= 0 && reasons[before] != null && PAGE_WORDS.contains(reasons[before]);
            if (COMMENTS_HEADING.matcher(view).matches() || commentary) {
                for (int j = i + 1; j < lines.size(); j++) {
                    String t = lines.get(j).text();
                    if (rules.classify(t, false).filter(r -> r == RemovalReason.NAVIGATION).isPresent()
                            && rules.endsText(t)) {
                        break; // a list of other articles under the comments: its titles are no report's
                    }
                    if (reasons[j] == null && (FrontMatter.isTitle(t) || opens(t)
                            || HeadingRecognizer.standalone(t).filter(st -> st != HeadingStyle.TITLE).isPresent())) {
                        return;
                    }
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

    /** Whether the lines right under the last line of text offer the rest of it (打开APP阅读全文　剩余62%). */
    private static boolean cutShort(List<SourceLine> lines, int lastText) {
        if (lastText < 0) {
            return false;
        }
        int seen = 0;
        for (int i = lastText + 1; i < lines.size() && seen < BUTTON_LINES; i++) {
            String t = lines.get(i).text();
            if (t.isBlank()) {
                continue;
            }
            seen++;
            String view = Simplified.of(t);
            if (t.length() <= BUTTON_WIDTH && SHOWS_THE_REST.matcher(view).matches()
                    && (IN_THE_APP.matcher(view).find() || view.contains("剩余"))) {
                return true; // (a bare 阅读全文 under a list of other articles is the list's)
            }
        }
        return false;
    }


    /**
     * A text that goes on on another page ((下转第5版) … (上接第4版)): what the copy holds between the two markers is
     * the other page's top (its masthead, its staff, the start of another article), not the report's. When the page
     * the text was on is known (from the masthead above the first marker), the second must name it; when it is not,
     * the gap must hold no heading of the report (a copy that set the continuation before its marker). A line of
     * text that starts with the second marker ((上接第4版)人畜饮水工程……) ends the gap too.
     */
    private static void markBetweenPages(List<SourceLine> lines, RemovalReason[] reasons) {
        String page = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            Matcher onPage = PAGE_OF_MASTHEAD.matcher(text);
            if (reasons[i] == RemovalReason.PUBLICATION && onPage.find()) {
                page = pageNumber(onPage.group(1)); // the page a masthead heads
                continue;
            }
            if (reasons[i] != RemovalReason.PAGE_MARKER || continuesFrom(text)) {
                continue; // (not a 下转 marker)
            }
            for (int j = i + 1; j < lines.size(); j++) {
                String t = lines.get(j).text();
                Matcher from = INLINE_MARKER_START.matcher(t);
                boolean marker = reasons[j] == RemovalReason.PAGE_MARKER;
                if (!marker && !(reasons[j] == null && from.find())) {
                    continue;
                }
                Matcher named = MARKER_PAGE.matcher(t);
                boolean pairs = page != null ? named.find() && page.equals(pageNumber(named.group(1)))
                        : noReportHeading(lines, reasons, i + 1, j) && holdsAPagesTop(lines, reasons, i + 1, j);
                if (continuesFrom(t) && pairs) {
                    for (int k = i + 1; k < j; k++) {
                        reasons[k] = reasons[k] == null ? RemovalReason.OTHER_ARTICLE : reasons[k];
                    }
                    i = j;
                }
                break;
            }
        }
    }

    /** Whether the lines between two indices hold a page's top: its masthead or staff, or another article's byline. */
    private static boolean holdsAPagesTop(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        for (int k = from; k < to; k++) {
            if (reasons[k] == RemovalReason.PUBLICATION
                    || reasons[k] == null && lines.get(k).text().matches("^(本报讯|本报记者|新华社|据新华社|本报通讯员).*")) {
                return true;
            }
        }
        return false;
    }

    /** Whether no line between two indices (unclassified) is a numbered heading of the report. */
    private static boolean noReportHeading(List<SourceLine> lines, RemovalReason[] reasons, int from, int to) {
        for (int k = from; k < to; k++) {
            if (reasons[k] == null && HeadingRecognizer.numbering(lines.get(k).text()).isPresent()) {
                return false;
            }
        }
        return true;
    }

    /** Whether a page marker says where the text comes from ((上接第4版), (续第二版)), not where it goes ((下转…), (续见…)). */
    private static boolean continuesFrom(String marker) {
        return CONTINUED_FROM.matcher(marker).find() && !marker.contains("转") && !marker.contains("见");
    }

    /** A masthead's page: 第4版：两会专刊, 第A03版. */
    private static final Pattern PAGE_OF_MASTHEAD = Pattern.compile("第[\\s\\u3000]*([A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3})[\\s\\u3000]*版");
    /** The page a marker names: (上接第4版), (上接A3版). */
    private static final Pattern MARKER_PAGE = Pattern.compile("第?[\\s\\u3000]*([A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3})[\\s\\u3000]*(版|页|面)");

    /** A page's number as compared: 第04版, 第四版 and 第4版 are one page; A3 and A03 too. */
    private static String pageNumber(String written) {
        String s = ChineseNumbers.toHalfWidthDigits(written).toUpperCase(java.util.Locale.ROOT);
        String letter = s.isEmpty() || Character.isDigit(s.charAt(0)) || "一二三四五六七八九十".indexOf(s.charAt(0)) >= 0 ? ""
                : s.substring(0, 1);
        String number = s.substring(letter.length());
        int n = number.chars().allMatch(Character::isDigit) ? Integer.parseInt(number) : ChineseNumbers.parse(number);
        return letter + n;
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
    private void markListsOfArticles(List<SourceLine> lines, RemovalReason[] reasons) {
        int firstTitle = 0;
        while (firstTitle < lines.size()
                && (reasons[firstTitle] != null || !FrontMatter.isTitle(lines.get(firstTitle).text()))) {
            firstTitle++;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (reasons[i] != RemovalReason.NAVIGATION || !rules.endsText(lines.get(i).text())) {
                continue;
            }
            for (int j = i + 1; j < lines.size(); j++) {
                String t = SourceLine.trim(lines.get(j).text());
                if (reasons[j] != null) {
                    continue;
                }
                boolean above = j < firstTitle;
                if (t.length() > LISTED_TITLE
                        || !(LISTED_ARTICLE.matcher(t).matches() || above && isListedAbove(lines, reasons, j))) {
                    break;
                }
                reasons[j] = RemovalReason.NAVIGATION;
            }
        }
    }

    /**
     * A line above the title that may be a listed article's title: short, no sentence, nothing of a title block (not
     * the first half of a title, 芜湖市人民代表大会常务委员会, and no line over a delivery line or a subtitle).
     */
    private static boolean isListedAbove(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text();
        if (t.matches(".*[。！？，；：:].*") || opens(t) || FrontMatter.parseNameLine(t).isPresent()
                || HeadingRecognizer.numbering(t).isPresent() || FrontMatter.isEditorsNote(Simplified.of(t))
                || FrontMatter.isTitleHead(t)) {
            return false;
        }
        int next = nextKept(lines, reasons, i);
        String after = next < 0 ? "" : lines.get(next).text().strip();
        return !opens(after) && !after.matches("^(——|—|--|－－).+");
    }

    /** A delivery line in brackets on a line of its own, that names its day and meeting. */
    private static boolean isClosingDelivery(String line) {
        String t = SourceLine.trim(line);
        return t.matches("^[（(].{8,80}[)）]$") && FrontMatter.parseDelivery(t)
                .filter(d -> d.date() != null && (d.congress() != null || d.session() != null)).isPresent();
    }

    /** A delivery line that names its meeting: not a day alone (the date under a notice's signature). */
    private static boolean namesAMeeting(String line) {
        return FrontMatter.parseDelivery(line).filter(d -> d.congress() != null || d.session() != null
                || line.contains("会议")).isPresent();
    }

    /** Whether a line opens a report under its title: a delivery line, a speaker line or a salutation. */
    private static boolean opens(String line) {
        return FrontMatter.parseDelivery(line).isPresent() || FrontMatter.parseSpeaker(line).isPresent()
                || FrontMatter.isSalutation(line);
    }

    private static int nextKept(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (reasons[j] == null && !lines.get(j).text().isBlank()) {
                return j;
            }
        }
        return -1;
    }

    private static int previousLine(List<SourceLine> lines, int i) {
        int j = i - 1;
        while (j >= 0 && lines.get(j).text().isBlank()) {
            j--;
        }
        return j;
    }

    /** A line short enough to be a headline, without the punctuation of a sentence. */
    private static boolean isShortLine(String line) {
        String t = SourceLine.trim(line);
        return t.length() >= 4 && t.length() <= 40 && !FrontMatter.containsSentencePunctuation(t)
                && !FrontMatter.isEditorsNote(Simplified.of(t));
    }

    /** A post's account name, on the line above a byline that gives only the time it was posted. */
    private boolean isAccountAboveByline(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text();
        String next = lines.get(i + 1).text();
        if (!PublicationLine.isBylineWithoutAccount(next)) {
            return false; // (the common case, decided before the line is classified)
        }
        RemovalReason r = reasons[i + 1] != null ? reasons[i + 1] : rules.classify(next, false).orElse(null);
        return r == RemovalReason.PUBLICATION
                && PublicationLine.isAccountName(t) && !FrontMatter.isTitle(t) && FrontMatter.parseSpeaker(t).isEmpty();
    }

    private static boolean isMovableTitle(SourceLine line) {
        String t = line.text();
        return HeadingRecognizer.isBareTitle(t) && !FrontMatter.isTitle(t) && FrontMatter.parseSpeaker(t).isEmpty()
                && !AUTHOR.matcher(t.strip()).find() // a byline (宾县人大常委会办公室) stays under its title
                && FrontMatter.parseDelivery(t).isEmpty() && FrontMatter.parseNameLine(t).isEmpty();
    }

    /**
     * The report's title, delivery line, salutation or a Markdown heading, whichever comes first; -1 if none. A
     * short line that names a people's congress counts as a title even in a form the rules do not know: what
     * comes before the anchor is stripped as the hosting page's, and a title must never be.
     */
    private static int findStrongAnchor(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (reasons[i] == null && (FrontMatter.isTitle(t) || FrontMatter.parseDelivery(t).isPresent()
                    || FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t) || namesACongress(t))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean namesACongress(String line) {
        String s = Simplified.of(FrontMatter.unspaced(line)); // (洪 湖 市 人 民 代 表 大 会, as a scan spaces a title)
        if (FILE_NAME.matcher(s.strip()).find() || s.strip().matches(".*[^\\s\\u3000][\\s\\u3000]{2,}[^\\s\\u3000].*")) {
            return false; // a document site's file name (……工作报告.doc), a site's masthead of two names set apart
        }
        return s.length() <= 80 && !FrontMatter.containsSentencePunctuation(s)
                && (s.contains("人民代表大会") || s.contains("人大常委会"));
    }

    /** Failing a title: the first heading or sentence that is not the hosting site's advertising. */
    private int findWeakAnchor(List<SourceLine> lines, RemovalReason[] reasons) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (reasons[i] == null && rules.classify(t, false).isEmpty()
                    && (HeadingRecognizer.numbering(t).isPresent() || Prose.isProse(t))) {
                return i;
            }
        }
        return lines.size();
    }

    /** The body a letter-like document is addressed to, on the line that opens its text: 市人民政府：. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "^[^，。：:\\s]{0,30}(人民政府|人民法院|人民检察院|监察委员会|常务委员会|常委会|委员会|主席团|办公室|办公厅)[:：]$");

    /** The first line of report text after the title block. */
    private int findBodyStart(List<SourceLine> lines, RemovalReason[] reasons, int anchor) {
        boolean titleSeen = false;
        for (int i = anchor; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (reasons[i] != null || rules.classify(t, false).filter(r -> r == RemovalReason.NAVIGATION).isPresent()) {
                continue; // (a page's own line above the text, 点击上方“恩施人大”可以订阅哦！, does not start it)
            }
            if (!titleSeen && FrontMatter.isTitle(t)) {
                titleSeen = true;
                continue;
            }
            if (FrontMatter.parseDelivery(t).isPresent() || FrontMatter.parseSpeaker(t).isPresent()) {
                continue;
            }
            if (FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t) || ADDRESSEE.matcher(t.strip()).matches()
                    || t.strip().matches(".{4,}[，,].*如下[^，。]{0,4}[:：]$") // 为了……，作如下决定：, a decision's opening clause
                    || HeadingRecognizer.numbering(t).isPresent() || Prose.isProse(t)) {
                return i;
            }
        }
        return lines.size();
    }

    /** From a copyright line after the text on, a footer of short lines is stripped whole. */
    private void stripFooter(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        int footer = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            if (reasons[i] == RemovalReason.COPYRIGHT) {
                footer = i;
                break;
            }
        }
        int lastProse = -1;
        for (int i = lines.size() - 1; i >= bodyStart && lastProse < 0; i--) {
            // the last line of running text (a sentence of the page's own, “在看”我吗？, does not extend the text)
            if (reasons[i] == null && Prose.isProse(lines.get(i).text())
                    && rules.classify(lines.get(i).text(), false).isEmpty()) {
                lastProse = i;
            }
        }
        boolean related = false;
        for (int i = Math.max(lastProse + 1, bodyStart); i < lines.size(); i++) {
            if (reasons[i] == null) {
                // under 相关新闻 or after a post's END, a page lists other articles' titles
                reasons[i] = rules.classify(lines.get(i).text(), false).orElse(related ? RemovalReason.NAVIGATION : null);
                if (related && reasons[i] == RemovalReason.PUBLICATION
                        && PublicationLine.isDayFirstByline(lines.get(i).text())) {
                    reasons[i] = RemovalReason.NAVIGATION; // 2022-12-20　县人大召开座谈会, listed under 相关新闻
                }
            }
            related |= reasons[i] == RemovalReason.NAVIGATION && rules.endsText(lines.get(i).text());
        }
        keepListedContacts(lines, reasons, Math.max(lastProse + 1, bodyStart));
        stripPageCards(lines, reasons, Math.max(lastProse + 1, bodyStart));
        if (footer < 0 || footer < lastProse) {
            return;
        }
        for (int i = footer + 1; i < lines.size(); i++) {
            if (reasons[i] == null) {
                reasons[i] = RemovalReason.COPYRIGHT;
            }
        }
    }

    /**
     * Under the text, the addresses and telephones of a list that the report itself ends with (附：代表联络站联系方式 /
     * 1.平江街道人大代表联络站 / 地址：… / 电话：…) are the report's: contact lines under one of its items (an office's
     * name), not under the page's own lines; so are the files its own 附件： line lists.
     */
    private static final Pattern ATTACHMENTS = Pattern.compile("^附[\\s\\u3000]*件[0-9０-９一二三四五六七八九十]{0,2}[:：]?$");
    /** A file a report lists as its attachment on the line that says so: 附件：1.……（草案）.pdf, 附件1：…….docx. */
    private static final Pattern ATTACHED_FILE = Pattern.compile("^附[\\s\\u3000]*件[0-9０-９一二三四五六七八九十]{0,2}[:：]");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)\\.(doc|docx|pdf|wps|txt|xls|xlsx)$");
    /** A line that names the body a document is by: ……人大常委会办公室, ……调研组. */
    private static final Pattern AUTHOR = Pattern.compile("(人大常委会|常务委员会|办公室|办公厅|调研组|检查组|课题组|工作委员会)$");
    private static final Pattern OFFICE = Pattern.compile("(站|室|处|中心|办公室|点|所|之家|委员会|委|局|院|馆|厅|办)$");

    private static void keepListedContacts(List<SourceLine> lines, RemovalReason[] reasons, int from) {
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
            RemovalReason.NAVIGATION, RemovalReason.ADVERTISING, RemovalReason.COPYRIGHT, RemovalReason.CONTACT);

    /**
     * Under the text, a few short lines among the page's own (an account's name and motto between 审核：… and 微信号：…,
     * 阅读原文): a card of the page's. The line above must be the page's words (its publishing lines, links, footer),
     * not an image or a page number; a signature (an organ's name: ……常委会, ……办公室), a day (in any digits), a
     * speech's 谢谢 and lines with punctuation are never taken.
     */
    private static void stripPageCards(List<SourceLine> lines, RemovalReason[] reasons, int from) {
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
            int before = previousLine(lines, i);
            if (card && kept <= CARD_LINES && end < lines.size() && before >= 0 && reasons[before] != null
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

    private static boolean isBracket(char c) {
        return "（(〔【）)〕】".indexOf(c) >= 0;
    }

    /** Takes a page-continuation marker off the start or end of a line of text. */
    private static boolean splitInlineMarker(List<SourceLine> lines, int index, Pattern marker, boolean atStart,
                                             List<Removal> removals) {
        SourceLine line = lines.get(index);
        String text = line.text();
        if (text.isEmpty() || !isBracket(atStart ? text.charAt(0) : text.charAt(text.length() - 1))) {
            return false; // most lines: no bracket where a marker would stand
        }
        Matcher m = marker.matcher(text);
        if (!m.find()) {
            return false;
        }
        String rest = SourceLine.trim(atStart ? line.text().substring(m.end()) : line.text().substring(0, m.start()));
        if (rest.isEmpty()) {
            return false;
        }
        removals.add(new Removal(line.number(), RemovalReason.PAGE_MARKER, m.group()));
        lines.set(index, new SourceLine(line.number(), rest));
        return true;
    }
}
