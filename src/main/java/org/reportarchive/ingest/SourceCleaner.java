package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A newspaper's page: 第3版, 第三版, A3版, 第Ａ３版. */
    private static final String PAGE = "第?\\s*[A-Za-zＡ-Ｚａ-ｚ]?\\s*[0-9０-９一二三四五六七八九十]+\\s*(版|页)";
    static final Pattern INLINE_MARKER_START = Pattern.compile(
            "^[（(〔【]\\s*(紧接|上接|接|续|承)\\s*" + PAGE + "\\s*[)）〕】]");
    static final Pattern INLINE_MARKER_END = Pattern.compile(
            "[（(〔【]\\s*(紧转|转|下转|转至|转见|续见)\\s*" + PAGE + "\\s*[)）〕】]$");

    private final BoilerplateRules rules;

    SourceCleaner(BoilerplateRules rules) {
        this.rules = rules;
    }

    /**
     * The result: title block, text lines and removals, in source order.
     *
     * @param cutShort the page showed only the start of the text: under its last line, 打开APP阅读全文, 剩余62%
     * @param allParts the text's parts are all there, from the first (……（上）) to the last (……（下）)
     */
    record Cleaned(List<SourceLine> header, List<SourceLine> body, List<Removal> removals,
                   boolean startsMidText, boolean endsMidText, boolean cutShort, boolean allParts) {
    }

    Cleaned clean(List<SourceLine> input) {
        return clean(input, false, Set.of());
    }

    /**
     * @param markdown whether the copy is a Markdown copy, whose rules and comments are layout
     * @param indented the lines that start with an indent, as a copy that indents its paragraphs sets their first
     */
    Cleaned clean(List<SourceLine> input, boolean markdown, Set<Integer> indented) {
        List<SourceLine> lines = new ArrayList<>(input);
        List<Removal> inlineRemovals = new ArrayList<>();
        RemovalReason[] reasons = new RemovalReason[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            reasons[i] = rules.classify(lines.get(i).text(), true).orElse(null);
        }
        OtherScriptLines.mark(lines, reasons);
        ListedItems.keep(lines, reasons);
        ListedItems.keepTableCells(lines, reasons);
        TableNotes.keep(lines, reasons);
        SectionOrnaments.mark(lines, reasons);
        BarePageNumbers.mark(lines, reasons);
        InfoBox.mark(lines, reasons);
        EditorsBoxes.mark(lines, reasons);
        AdvertisementLines.mark(lines, reasons);
        AttachedDocument.mark(lines, reasons);
        RunningHeads.mark(lines, reasons);
        DuplicateFinder.mark(lines, reasons);
        PageFootRules.mark(rules, lines, reasons);
        ForumReplies.mark(lines, reasons);
        ChatMessages.mark(lines, reasons);
        MarkdownCopy.markMetadata(lines, reasons);
        if (markdown) {
            MarkdownCopy.markLayout(lines, reasons);
        }
        MailAttachment.mark(lines, reasons);
        YearbookItems.mark(lines, reasons);
        TranscriptTurns.mark(lines, reasons);
        TableOfContents.mark(lines, reasons);
        PageArticles.mark(lines, reasons);
        PostersRemarks.mark(lines, reasons);
        PageContinuations.markBetweenPages(lines, reasons);
        ArticleLists.markListsOfArticles(rules, lines, reasons);

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
            int j = SourceLines.previousLine(lines, strong);
            if (j >= 0 && reasons[j] == null && isShortLine(lines.get(j).text())) {
                strong = j;
            }
        }
        if (strong > 1 && !FrontMatter.isTitle(lines.get(strong).text()) && namesACongress(lines.get(strong).text())) {
            // a title over two lines that only the two together show to be one, over the body that issues it
            // (关于……执行情况 / 与2019年计划草案的审查报告 / ……财政经济委员会): the title block starts at the title
            int second = SourceLines.previousLine(lines, strong);
            int first = second > 0 ? SourceLines.previousLine(lines, second) : -1;
            while (first > 0 && (reasons[first] == RemovalReason.PAGE_NUMBER || reasons[first] == RemovalReason.RUNNING_HEAD)) {
                first = SourceLines.previousLine(lines, first); // (over a printed page's number and running head)
            }
            if (first >= 0 && reasons[first] == null && reasons[second] == null
                    && FrontMatter.isTitleOpening(lines.get(first).text(), lines.get(second).text())) {
                strong = first;
            }
        }
        if (strong > 0 && (FrontMatter.isTitle(lines.get(strong).text()) || isShortLine(lines.get(strong).text()))) {
            // a title's first line that only the two lines together show to be one: 在全市人大系统代表工作 / 推进会上的讲话,
            // 关于《……保护条例 / （草案）》的说明 (the second, over the delivery line, no title alone)
            int head = SourceLines.previousLine(lines, strong);
            if (head >= 0 && reasons[head] == null && rules.classify(lines.get(head).text(), false).isEmpty()
                    && FrontMatter.isTitleOpening(lines.get(head).text(), lines.get(strong).text())) {
                strong = head;
            }
        }
        if (strong > 0 && Simplified.of(lines.get(strong).text().strip()).startsWith("关于")) {
            // the body that issues a title set over the lines under it: 长沙市天心区人民政府 / 关于提请审议《…… /
            // ……》的议案 (read first from its 关于 line, which names a congress or opens the title)
            int head = SourceLines.previousLine(lines, strong);
            int next = SourceLines.nextKept(lines, reasons, strong);
            String title = lines.get(strong).text();
            String whole = next < 0 || FrontMatter.isTitle(title) ? title : FrontMatter.joinTitle(title, lines.get(next).text());
            // (or the congress's standing committee that issues it: 平凉市人民代表大会常务委员会 / 关于决定……的决定)
            if (head >= 0 && reasons[head] == null
                    && (FrontMatter.isIssuer(lines.get(head).text()) || FrontMatter.isTitleHead(lines.get(head).text()))
                    && FrontMatter.isTitle(FrontMatter.joinTitle(lines.get(head).text(), whole))) {
                strong = head;
            }
        }
        if (strong > 0 && (FrontMatter.isSalutation(lines.get(strong).text())
                || FrontMatter.isAddressee(lines.get(strong).text()))) {
            // a speech headed by a headline and the speaker's name alone, then 各位代表：: they start the title block
            int name = SourceLines.previousLine(lines, strong);
            if (name >= 0 && reasons[name] == null && FrontMatter.parseNameLine(lines.get(name).text()).isPresent()) {
                strong = name;
                int headline = SourceLines.previousLine(lines, name);
                if (headline >= 0 && reasons[headline] == null && isShortLine(lines.get(headline).text())) {
                    strong = headline;
                }
            } else if (name >= 0 && reasons[name] == null && isShortLine(lines.get(name).text())
                    && rules.classify(lines.get(name).text(), false).isEmpty() && !ArticleLists.isListItem(lines, name)) {
                strong = name; // a headline of the text's own words right over 各位代表：, which no rule names the page's
            }
        }
        boolean allParts = ReportParts.mark(lines, reasons, strong);
        int anchor = strong >= 0 ? strong : findWeakAnchor(lines, reasons);
        // the title block's own lines set over the title: a year alone (2023年 / 渭源县人大常委会工作报告), the
        // speaker's name (李　明 / （县人大常委会主任） / the title)
        for (int above = SourceLines.previousLine(lines, anchor); strong >= 0 && above >= 0 && anchor - above <= 3
                && reasons[above] == null && rules.classify(lines.get(above).text(), false).isEmpty()
                && TitleBlock.isOwnLineAbove(lines.get(above).text(), lines.get(anchor).text());
                above = SourceLines.previousLine(lines, above)) {
            anchor = above;
        }
        if (strong >= 0 && anchor == strong && FrontMatter.parseDelivery(lines.get(anchor).text()).isPresent()) {
            // a headline of the document's own words over its delivery line, a page's publishing line between them
            // (述职报告 / 发布时间：……　来源：…… / ——2019年12月26日在……会议上): the title block starts at the headline
            int publishing = SourceLines.previousLine(lines, anchor);
            int headline = publishing >= 0 && reasons[publishing] == RemovalReason.PUBLICATION
                    ? SourceLines.previousLine(lines, publishing) : -1;
            if (headline >= 0 && reasons[headline] == null && TitleBlock.isHeadline(lines.get(headline).text())
                    && rules.classify(lines.get(headline).text(), false).isEmpty()) {
                anchor = headline;
            }
        }
        List<SourceLine> notes = new ArrayList<>();
        for (int i = 0; i < anchor; i++) {
            int tail = strong >= 0 && reasons[i] == null ? SourceLines.nextKept(lines, reasons, i) : -1;
            if (tail > i && tail < anchor && FrontMatter.isNewsLeadOverTwoLines(lines.get(i).text(), lines.get(tail).text())) {
                // a news lead whose last words stand on a line of their own (……听取了……工作报告。 / 以下为报告全文：)
                notes.add(lines.get(i));
                notes.add(lines.get(tail));
                i = tail;
                continue;
            }
            if (strong >= 0 && reasons[i] == null
                    && FrontMatter.isEditorsNote(Simplified.of(lines.get(i).text()))) {
                notes.add(lines.get(i)); // an editor's note above the title introduces the report: it stays with it
                continue;
            }
            if (reasons[i] == null) {
                // before a recognised title the page is the host's; before mere text it may be an unknown title
                RemovalReason r = rules.classify(lines.get(i).text(), false).orElse(null);
                if (r == null && i + 1 < lines.size() && isAccountAboveByline(lines, reasons, i, strong >= 0)) {
                    r = RemovalReason.PUBLICATION; // a post's account, above the post's title (or its page's headline)
                    if (reasons[i + 1] != null && PublicationLine.isAccountsCard(lines.get(i + 1).text())) {
                        reasons[i + 1] = RemovalReason.PUBLICATION; // (and its follow button under it, which says so)
                    }
                } else if (r == null && i > 0 && reasons[i - 1] == RemovalReason.PUBLICATION
                        && PublicationLine.isAccountsCard(lines.get(i).text())) {
                    r = RemovalReason.PUBLICATION; // and its card's counters under it, which say it is an account
                } else if (r == null && i > 0 && PublicationLine.isPlatformName(lines.get(i - 1).text())
                        && PublicationLine.isAccountAlone(lines.get(i).text())) {
                    r = RemovalReason.PUBLICATION; // an account's name under its platform's (视频号 / 灵宝融媒), and
                    reasons[i - 1] = RemovalReason.PUBLICATION; // the platform's, where it posted
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
            // a text without its title (a post's second part) under the publication's note: the note introduces it
            // (编者按：……今天推送第二部分), as one above a title does
            if (anchor < lines.size() && reasons[anchor] == null
                    && EDITOR_PROPER.matcher(Simplified.of(lines.get(anchor).text().strip())).find()) {
                int next = SourceLines.nextKept(lines, reasons, anchor);
                if (next >= 0) {
                    notes.add(lines.get(anchor));
                    anchor = next;
                }
            }
        }
        int bodyStart = findBodyStart(lines, reasons, anchor, strong < 0, indented);
        if (strong < 0 && bodyStart == anchor && anchor < lines.size() && TitleBlock.isNewsHeadline(lines.get(anchor).text())
                && overItsByline(lines, reasons, anchor) && SourceLines.nextKept(lines, reasons, anchor) > anchor) {
            // an untitled news item's headline over its byline (……工作报告：去年依法履职亮点纷呈，今年重点抓好五方面工作 /
            // 发布时间：……　来源：……): its title block, whatever its punctuation
            bodyStart = SourceLines.nextKept(lines, reasons, anchor);
        }
        List<SourceLine> header = new ArrayList<>(notes);
        for (int i = anchor; i < bodyStart; i++) {
            if (reasons[i] == null && !(i == strong && FrontMatter.isTitle(lines.get(i).text()))) {
                // (the title the copy was read by is no page's line, whatever words it has: 户外广告, 12345热线)
                reasons[i] = rules.classify(lines.get(i).text(), false).orElse(null);
            }
            if (reasons[i] == null && i + 1 < bodyStart && isAccountAboveByline(lines, reasons, i, false)) {
                reasons[i] = RemovalReason.PUBLICATION;
            }
            if (reasons[i] == null) {
                header.add(lines.get(i));
            }
        }
        // bare section titles just before the text belong to the text, not to the title block
        // (not above a letter's addressee or a salutation, which open the text: a title block ends there)
        boolean opened = bodyStart < lines.size() && (FrontMatter.isAddressee(lines.get(bodyStart).text())
                || FrontMatter.isSalutation(lines.get(bodyStart).text()));
        // (nor a news item's headline over its byline: 市人大常委会开展专题询问 / 2018-09-21 09:05　来源：银川日报)
        // (nor a journal's or a paper's headline right under its line: 《吉林人大》2023年第5期 / 以担当作为推动……)
        // (nor one over its dateline lead: 市六届人大四次会议举行第二次全体会议 / 本报讯（记者　高志斌）1月12日上午，……)
        while (!opened && !header.isEmpty() && bodyStart > anchor && isMovableTitle(header.get(header.size() - 1))
                && !overItsByline(lines, reasons, lines.indexOf(header.get(header.size() - 1)))
                && !overItsDateline(lines, reasons, lines.indexOf(header.get(header.size() - 1)))
                && !(header.size() == 1 && underItsPublication(lines, reasons, lines.indexOf(header.get(0))))) {
            SourceLine moved = header.remove(header.size() - 1);
            bodyStart = lines.indexOf(moved);
        }
        RunningHeads.markHeadAgain(lines, reasons, anchor, bodyStart);
        String title = header.stream().map(SourceLine::text).filter(FrontMatter::isTitle).findFirst().orElse(null);
        for (int h = 0; title == null && h + 1 < header.size(); h++) { // (a title over two lines)
            String joined = FrontMatter.joinTitle(header.get(h).text(), header.get(h + 1).text());
            title = FrontMatter.isTitle(joined) ? joined : null;
        }
        if (title != null) { // (the title, under a session document's header too)
            RunningHeads.markTitleAgain(lines, reasons, title, bodyStart);
        }
        PageArticles.markFollowing(lines, reasons, bodyStart);
        PageTail.cutAtTheRest(lines, reasons, bodyStart);
        PageTail.cutAtComments(rules, lines, reasons, bodyStart);
        PageTail.cutAtThePrintButtons(rules, lines, reasons, bodyStart);
        stripFooter(lines, reasons, bodyStart);
        FramingRules.cutAtTheClosingRule(rules, lines, reasons, anchor, bodyStart);
        SourceUnderText.cut(rules, lines, reasons, bodyStart);
        bodyStart = withTableHead(lines, reasons, bodyStart);
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
                    boolean continuedFrom = PageContinuations.continuesFrom(Simplified.of(line.text()));
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
        // the notes a publication's editor set under the text ((本文有删节), 编者注：……) are the publication's
        int closing = ClosingNotes.start(body);
        for (SourceLine line : body.subList(closing, body.size())) {
            removals.add(new Removal(line.number(), RemovalReason.EDITOR_NOTE, line.text()));
        }
        body.subList(closing, body.size()).clear();
        // a delivery line set under the text ((本报告于2021年1月8日在……会议上通过)), with the speaker's line under it
        // (（2015年1月8日在……会议上） / 市人大常委会主任　阿不都热依木·买买提): the title block's, not the text's
        boolean spoken = body.size() > 2 && FrontMatter.parseSpeaker(body.get(body.size() - 1).text())
                .filter(sp -> sp.office() != null).isPresent();
        int delivery = body.size() - (spoken ? 2 : 1);
        if (delivery > 0 && isClosingDelivery(body.get(delivery).text())
                && header.stream().noneMatch(h -> namesAMeeting(h.text()))) {
            header.addAll(body.subList(delivery, body.size()));
            body.subList(delivery, body.size()).clear();
        } else if (spoken && isSpeechTitled(header) && header.stream().noneMatch(h -> namesASpeaker(h.text()))) {
            // a speech's speaker set under its text, the way a paper signs it (……闭幕！ / 　　　乌海市人大常委会主任　乔志刚),
            // under a title block that names nobody: the title block's line
            header.add(body.remove(body.size() - 1));
        }
        removals.sort((a, b) -> Integer.compare(a.line(), b.line()));
        return new Cleaned(header, body, removals, startsMid, endsMid, PageTail.cutShort(lines, lastText), allParts);
    }

    /**
     * Where the text starts when it starts with a table: the table's head over its first row (序号　名称　内容　责任单位,
     * as many cells apart by tabs as the row), which a page's menu of words reads like, is the text's.
     */
    private static int withTableHead(List<SourceLine> lines, RemovalReason[] reasons, int bodyStart) {
        int first = bodyStart;
        while (first < lines.size() && reasons[first] != null) {
            first++;
        }
        int head = first < lines.size() ? SourceLines.previousLine(lines, first) : -1;
        if (head < 0 || reasons[head] != RemovalReason.NAVIGATION && reasons[head] != RemovalReason.ADVERTISING) {
            return bodyStart;
        }
        long cells = lines.get(first).text().chars().filter(c -> c == '\t').count();
        if (cells == 0 || lines.get(head).text().chars().filter(c -> c == '\t').count() != cells) {
            return bodyStart;
        }
        reasons[head] = null;
        return Math.min(head, bodyStart);
    }

    /** A schedule's day with its weekday, or a time of day: 1月7日（星期二）, 下午　14:00　代表报到. */
    private static final Pattern SCHEDULE = Pattern.compile(
            "^[0-9０-９]{1,2}月[0-9０-９]{1,2}日[（(]星期.[)）]$|^(上午|下午|晚上)?[\\s\\u3000]*[0-9０-９]{1,2}[:：][0-9０-９]{2}");

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
        if (anchor >= 0 && !FrontMatter.isTitle(lines.get(anchor).text())) {
            return titleUnderLead(lines, reasons, anchor);
        }
        if (anchor < 0 || FrontMatter.title(lines.get(anchor).text()).excerpt()) {
            return anchor; // (a headline that says the text is an excerpt, ……（摘要）, says so of the text under it)
        }
        String title = lines.get(anchor).text();
        boolean prose = false;
        // (a title with its block under it, or its addressee, is the document's own)
        boolean headlineOnly = !FrontMatter.titleBlockUnder(lines, anchor) && !addresseeUnder(lines, reasons, anchor);
        boolean introduced = false; // a news lead that says the text follows in full (……全文如下：)
        boolean reposted = false; // a reposter's words between the headline and another title, naming the paper
        boolean postWords = false; // a caption or a news lead between the headline and another title: a post's
        // a headline with a page's column or a year (决议决定｜……（2018年）) and no title block: a link's words
        boolean labelledHeadline = !FrontMatter.title(title).labels().isEmpty() && FrontMatter.title(title).labels().stream()
                .anyMatch(l -> l.contains("｜") || l.contains("|")) || FrontMatter.hasYearAfter(title);
        for (int j = anchor + 1; j < lines.size() && j <= anchor + POST_PREAMBLE; j++) {
            String t = lines.get(j).text();
            if (reasons[j] == RemovalReason.DUPLICATE && FrontMatter.isTitle(t) && FrontMatter.sameDocument(title, t)) {
                // the headline printed again as the report's own title, which the copy's duplicates took for a repeat
                int next = SourceLines.nextKept(lines, reasons, j);
                if (prose && next >= 0 && FrontMatter.opensText(lines.get(next).text())) {
                    reasons[j] = null;
                    reasons[anchor] = RemovalReason.DUPLICATE;
                    return j;
                }
                return anchor;
            }
            if (reasons[j] == RemovalReason.PUBLICATION && CAPTION.matcher(t.strip()).find()) {
                prose |= Prose.isProse(t); // a post's caption, the page's: the post's words all the same
                postWords = true;
                continue;
            }
            if (reasons[j] != null) {
                continue;
            }
            if (FrontMatter.isEditorsNote(Simplified.of(t))) {
                prose = true; // (a note that names the meeting is no delivery line)
                introduced |= FrontMatter.isNewsLead(Simplified.of(t));
                continue;
            }
            if (!t.isBlank() && (opensTheSameTitle(lines, reasons, j, title)
                    || reposted && opensATitleOverTwo(lines, reasons, j) != null)) {
                // the document's own title over two lines (……第二次会议 / 关于……的决议) under the page's headline, or
                // under a reposter's words that say where it was printed (今天鹤岗日报头版全文登出来了，我抄下来……)
                return j;
            }
            if (namesAMeeting(t) || FrontMatter.isSalutation(t) || HeadingRecognizer.numbering(t).isPresent()) {
                return anchor; // the report's own lines: the headline was its title (the common case)
            }
            if (introduced && FrontMatter.isTitle(t) && !FrontMatter.sameDocument(title, t) && !ArticleLists.isListItem(lines, j)
                    && FrontMatter.titleBlockUnder(lines, j)) {
                // a news item's headline over its lead that prints a document in full (……决议全文如下：), then the
                // document's own title with its title block under it: that title is the document's, from its first line
                // (……第四次会议 / 关于……工作报告的决议)
                return titleStart(lines, reasons, anchor, j);
            }
            if (prose && t.strip().matches("^(——|—|--|－－).+") && FrontMatter.isTitle(t)) {
                return j; // a speech's own headline and subtitle under a news page's (——在……会议上的讲话)
            }
            if (rules.classify(t, false).isPresent()) {
                continue;
            }
            if (labelledHeadline && FrontMatter.isTitle(t) && !FrontMatter.sameDocument(title, t)
                    && FrontMatter.title(t).labels().isEmpty() && CONGRESS_WORDS.matcher(Simplified.of(t)).find()
                    && !ArticleLists.isListItem(lines, j) && FrontMatter.titleBlockUnder(lines, j)) {
                return j; // a page's labelled link (决议决定｜……工作报告（2018年）) over the document's own title block
            }
            if (FrontMatter.isTitle(t) && FrontMatter.sameDocument(title, t)) {
                int next = nextTextUnder(lines, reasons, j); // (past its page's byline: 发布时间：……　来源：……)
                // the page's headline in its own words (决议决定｜……工作报告（2018年）) over the document's title
                // or a headline that leaves words of the title out (在区人大常委会第十五次会议上的讲话 over 在浦东新区第五届……)
                boolean labelled = !FrontMatter.title(title).labels().isEmpty() || !t.strip().equals(title.strip())
                        && FrontMatter.title(t).labels().isEmpty() && t.strip().length() != title.strip().length();
                return (prose || labelled) && next >= 0 && FrontMatter.opensText(lines.get(next).text())
                        ? titleStart(lines, reasons, anchor, j) : anchor;
            }
            if (prose && postWords && headlineOnly && FrontMatter.isTitle(t) && !ArticleLists.isListItem(lines, j)) {
                // a post's headline over its own words, then a document's title with its title block under it (its
                // delivery line, speaker line, salutation or addressee): that title is the document's
                int next = nextPastNotes(lines, reasons, j);
                if (next >= 0 && (FrontMatter.opensText(lines.get(next).text())
                        || FrontMatter.isAddressee(lines.get(next).text()))) {
                    return j;
                }
            }
            prose |= Prose.isProse(t);
            postWords |= POST_WORDS.matcher(t.strip()).find();
            reposted |= Prose.isProse(t) && PublicationLine.namesWhereItWasCopiedFrom(t);
        }
        return anchor;
    }

    /**
     * Whether a line is the first of a title over two, the two together the document a page's headline above them names
     * in other words (州十四届人大二次会议关于州人大常委会工作报告的决议 over 甘南藏族自治州第十四届人民代表大会第二次会议 /
     * 关于甘南藏族自治州人民代表大会常务委员会工作报告的决议), with its title block or its text under them.
     */
    private boolean opensTheSameTitle(List<SourceLine> lines, RemovalReason[] reasons, int line, String headline) {
        String joined = opensATitleOverTwo(lines, reasons, line);
        return joined != null && FrontMatter.sameDocument(headline, joined) && !headline.strip().equals(joined.strip());
    }

    /** The line under a title past an editor's note and the lines the page's rules name (its byline), or -1. */
    private int nextTextUnder(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        int next = nextPastNotes(lines, reasons, title);
        while (next >= 0 && rules.classify(lines.get(next).text(), false).isPresent()) {
            next = SourceLines.nextKept(lines, reasons, next);
        }
        return next;
    }

    /**
     * The title a line opens with the next, when the two make one (……第三次会议 / 关于……的决议) and its title block or
     * its text follows them; else null.
     */
    private String opensATitleOverTwo(List<SourceLine> lines, RemovalReason[] reasons, int line) {
        int next = SourceLines.nextKept(lines, reasons, line);
        if (next < 0) {
            return null;
        }
        String head = lines.get(line).text();
        String second = lines.get(next).text();
        String joined = FrontMatter.joinTitle(head, second);
        if (!(FrontMatter.isTitleOpening(head, second) || FrontMatter.isTitleHead(head) && FrontMatter.isTitle(joined))) {
            return null;
        }
        int under = nextTextUnder(lines, reasons, next);
        // (its title block, then its text; a delivery line over two lines among them)
        return under >= 0 && (FrontMatter.opensText(lines.get(under).text()) || FrontMatter.titleBlockUnder(lines, next))
                ? joined : null;
    }

    /**
     * Where a document's own title under a page's headline starts: at the line above it when the two are one title
     * (垫江县第十七届人民代表大会第四次会议 / 关于县人民代表大会常务委员会工作报告的决议), else at it.
     */
    private static int titleStart(List<SourceLine> lines, RemovalReason[] reasons, int anchor, int title) {
        int head = SourceLines.previousLine(lines, title);
        String t = lines.get(title).text();
        boolean joined = head > anchor && reasons[head] == null && (FrontMatter.isTitleOpening(lines.get(head).text(), t)
                || FrontMatter.isTitleHead(lines.get(head).text())
                && FrontMatter.isTitle(FrontMatter.joinTitle(lines.get(head).text(), t)));
        return joined ? head : title;
    }

    /**
     * A post's headline that is no title (包河区人大常委会工作报告全文发布) over its news lead, then the document's own
     * title with its title block under it: the document starts at its title. Where the report's own lines (its
     * salutation, a numbered heading, a delivery line) come first, the headline stays the anchor.
     */
    private int titleUnderLead(List<SourceLine> lines, RemovalReason[] reasons, int anchor) {
        boolean lead = false;
        for (int j = anchor + 1; j < lines.size() && j <= anchor + POST_PREAMBLE; j++) {
            String t = lines.get(j).text();
            if (reasons[j] != null) {
                continue;
            }
            if (FrontMatter.isSalutation(t) || HeadingRecognizer.numbering(t).isPresent() || !lead && namesAMeeting(t)) {
                return anchor;
            }
            if (lead && FrontMatter.isTitle(t) && !ArticleLists.isListItem(lines, j) && FrontMatter.titleBlockUnder(lines, j)) {
                return j;
            }
            lead |= Prose.isProse(t);
        }
        return anchor;
    }

    /** A post's caption, as the page marks it: ▲2月23日，……. */
    private static final Pattern CAPTION = Pattern.compile("^[▲△]");

    /** A post's caption or news lead: ▲2月23日，……; 6月28日，县十七届人大常委会……; 记者　王芳　摄. */
    private static final Pattern POST_WORDS = Pattern.compile(
            "^[▲△]|^" + FrontMatter.DAY_LEAD + "|记者|摄影?[)）]?$");

    /** Whether the line under a title (past an editor's note) is its addressee: 无锡市人大常委会：. */
    private static boolean addresseeUnder(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        int next = nextPastNotes(lines, reasons, title);
        return next >= 0 && FrontMatter.isAddressee(lines.get(next).text());
    }

    /** A delivery line in brackets on a line of its own, that names its day and meeting. */
    private static boolean isClosingDelivery(String line) {
        String t = SourceLine.trim(line);
        return (t.matches("^[（(].{8,80}[)）]$") || t.matches("^(——|—|－－|--).{8,80}$")) && FrontMatter.parseDelivery(t)
                .filter(d -> d.date() != null && (d.congress() != null || d.session() != null)).isPresent();
    }

    /** A delivery line that names its meeting: not a day alone (the date under a notice's signature). */
    private static boolean namesAMeeting(String line) {
        return FrontMatter.parseDelivery(line).filter(d -> d.congress() != null || d.session() != null
                || line.contains("会议")).isPresent();
    }

    /** A line short enough to be a headline, without the punctuation of a sentence. */
    private static boolean isShortLine(String line) {
        String t = SourceLine.trim(line);
        return t.length() >= 4 && t.length() <= 40 && !FrontMatter.containsSentencePunctuation(t)
                && !FrontMatter.isEditorsNote(Simplified.of(t));
    }

    /**
     * Whether a line is the account's name over a post's byline or over its card's counters. Above a recognised title, a headline over a news
     * page's byline is the page's as well (涿州新闻网 / 市十五届人大五次会议隆重开幕 / 2010-02-25 09:12:33　来源：…… /
     * the speech's own title); in the title block, it is the text's headline (市人大常委会开展专题询问).
     */
    private boolean isAccountAboveByline(List<SourceLine> lines, RemovalReason[] reasons, int i, boolean aboveTitle) {
        String t = lines.get(i).text();
        String next = lines.get(i + 1).text();
        if (PublicationLine.isAccountsCard(next)) {
            // its name over its card's counters and follow button (沁源人大 / 1.6万粉丝　·　2386获赞　　+ 关注), or the
            // button alone (琼中融媒 / 关注), which the card is the account's too
            return PublicationLine.isAccountAlone(t);
        }
        if (!PublicationLine.isBylineWithoutAccount(next)) {
            return false; // (the common case, decided before the line is classified)
        }
        RemovalReason r = reasons[i + 1] != null ? reasons[i + 1] : rules.classify(next, false).orElse(null);
        return r == RemovalReason.PUBLICATION
                && (aboveTitle ? PublicationLine.isAccountName(t) : PublicationLine.isAccountAbove(t, next))
                && !FrontMatter.isTitle(t) && FrontMatter.parseSpeaker(t).isEmpty();
    }

    /** Whether the line above a line is a publication's own line, a journal's or a paper's (《吉林人大》2023年第5期). */
    private static boolean underItsPublication(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        return i > 0 && reasons[i - 1] == RemovalReason.PUBLICATION && PublicationLine.namesABook(lines.get(i - 1).text());
    }

    /** Whether the line under a line is a publishing line that names its source or author (来源：……, 作者：……). */
    private static boolean overItsByline(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        // (its account, its time and its source maybe on lines of their own: 三亚发布 / 2016-01-19 08:45 / 来源：三亚日报)
        for (int j = i + 1; i >= 0 && j < lines.size() && j <= i + BYLINE_LINES && reasons[j] == RemovalReason.PUBLICATION; j++) {
            if (PublicationLine.namesItsSource(lines.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line is a news item's dateline lead that its own item goes on from in sentences (天水日报讯（记者　王晓东）
     * 1月8日上午，……会议举行第二次全体会议。 / 会议应到代表216名，……): the item's first paragraph, not a note over a report's
     * text (……工作报告。 / 各位代表：).
     */
    private static boolean leadsItsOwnItem(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        if (!FrontMatter.opensWithDateline(Simplified.of(lines.get(i).text()))) {
            return false;
        }
        int next = SourceLines.nextKept(lines, reasons, i);
        String after = next < 0 ? "" : lines.get(next).text();
        return next >= 0 && Prose.isProse(after) && !FrontMatter.isSalutation(after) && !FrontMatter.isAddressee(after)
                && !FrontMatter.isNewsLeadOverTwoLines(lines.get(i).text(), after);
    }

    /** Whether the next line of text under a line opens with a news item's dateline: 本报讯（记者　高志斌）……. */
    private static boolean overItsDateline(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        int next = i < 0 ? -1 : SourceLines.nextKept(lines, reasons, i);
        return next >= 0 && DATELINE.matcher(Simplified.of(lines.get(next).text().strip())).lookingAt();
    }

    /** The most lines a news item's byline takes under its headline. */
    private static final int BYLINE_LINES = 3;

    private static boolean isMovableTitle(SourceLine line) {
        String t = line.text();
        return HeadingRecognizer.isBareTitle(t) && !FrontMatter.isTitle(t) && FrontMatter.parseSpeaker(t).isEmpty()
                && !AUTHOR.matcher(Simplified.of(t.strip())).find() // a byline (宾县人大常委会办公室, 委員會 too) stays under its title
                && FrontMatter.parseDelivery(t).isEmpty() && FrontMatter.parseNameLine(t).isEmpty()
                && !FrontMatter.isIssuerAndDay(t); // (nor the issuer and its day: 桂平市人大常委会办公室　2017年3月15日)
    }

    /**
     * The report's title, delivery line, salutation or a Markdown heading, whichever comes first; -1 if none. A
     * short line that names a people's congress counts as a title even in a form the rules do not know: what
     * comes before the anchor is stripped as the hosting page's, and a title must never be.
     */
    private int findStrongAnchor(List<SourceLine> lines, RemovalReason[] reasons) {
        int proseAbove = 0;
        int end = lines.size();
        for (int i = 0; i < lines.size() && end == lines.size(); i++) {
            end = reasons[i] == RemovalReason.TRANSCRIPT ? i : end; // (a transcript's speech holds no title)
        }
        for (int i = 0; i < end; i++) {
            String t = lines.get(i).text();
            if (reasons[i] == null && !ArticleLists.isListItem(lines, i) // (· 政府工作报告（全文）: a link in a page's list)
                    && !FrontMatter.isAttachmentItem(t, lineAbove(lines, i)) // (附件：1．…… / 2．关于……的说明: a form's list)
                    && !BodyBuilder.isTableRow(t) // (a register's row that lists the report: 17	……工作报告	市人大常委会办公室	2017-02-18)
                    && (FrontMatter.isTitle(t) || FrontMatter.parseDelivery(t).isPresent()
                    || FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t) || namesACongress(t))
                    // (under the text, an organ that signs it over its day, 安吉县人大常委会办公室 / 2023年1月16日, is no title)
                    && !(proseAbove >= (FrontMatter.isTitle(t) ? TEXT_ABOVE : 1) && !proseBelow(lines, reasons, i)
                    && !(FrontMatter.isTitle(t) && titleBlockBelow(lines, reasons, i)))) {
                if (isPagesOwnLine(lines, reasons, i)) {
                    // the site's name, or the page's headline over the report's own title
                    reasons[i] = SITE_NAME.matcher(Simplified.of(t.strip())).matches() ? RemovalReason.NAVIGATION
                            : RemovalReason.PUBLICATION;
                    continue;
                }
                return i;
            }
            proseAbove += reasons[i] == null && Prose.isProse(t) ? 1 : 0;
        }
        return -1;
    }

    /** The text of the line with text above a line, or null. */
    private static String lineAbove(List<SourceLine> lines, int i) {
        int above = SourceLines.previousLine(lines, i);
        return above < 0 ? null : lines.get(above).text();
    }

    /** A site's name that is its congress's: 上杭县人大常委会, 天津市南开区人民代表大会常务委员会. */
    private static final Pattern SITE_NAME = Pattern.compile("^\\p{IsHan}{2,30}(人民代表大会常务委员会|人大常委会|人大)$");

    /**
     * Whether a line that names a congress is the page's own: the name of the site the page is on (上杭县人大常委会), or
     * the page's headline, over the page's lines (its menu, breadcrumb or publishing line), with the report's title or
     * delivery line right under them, or the same title again. A line the rules know (……人大常委会　主办) is left to
     * them.
     */
    private boolean isPagesOwnLine(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text();
        if (FrontMatter.parseDelivery(t).isPresent() || FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t)) {
            return false;
        }
        // the page's lines under it: those the rules named, and those they name around a text (a menu, a breadcrumb),
        // not the report's title or delivery line (the common case, told without asking every rule)
        int j = i + 1;
        while (j < lines.size() && (reasons[j] != null ? reasons[j] != RemovalReason.DUPLICATE
                : !reportsOwn(lines.get(j).text()) && (rules.classify(lines.get(j).text(), false).isPresent()
                || ArticleLists.isListItem(lines, j) || ArticleLists.headsListItems(lines, j)))) {
            j++; // (a column of the site's other articles beside the text: 区县动态 / · 南岸区人大常委会召开……)
        }
        if (j == i + 1 || j == lines.size() || rules.classify(t, false).isPresent()) {
            return false; // (no page's line under it; or a line the rules know, ……人大常委会　主办, left to them)
        }
        String below = lines.get(j).text();
        // (a title over the page's lines is the page's headline when the same title is set again under them, or a
        // title block of its own: 权威发布丨市人大常委会工作报告 / 原创　阜阳人大…… / 阜阳市……工作报告 / ——2026年1月15日……)
        if (reasons[j] != null) {
            return false;
        }
        if (!FrontMatter.isTitle(t)) {
            return reportsOwn(below);
        }
        int after = SourceLines.nextKept(lines, reasons, j);
        return FrontMatter.unspaced(below).strip().equals(FrontMatter.unspaced(t).strip())
                || FrontMatter.isTitle(below) && after >= 0 && FrontMatter.parseDelivery(lines.get(after).text()).isPresent();
    }

    /** Whether a line is surely the report's: its title or its delivery line. */
    private static boolean reportsOwn(String line) {
        return FrontMatter.isTitle(line) || FrontMatter.parseDelivery(line).isPresent();
    }

    /**
     * The fewest sentences above a title that may be the report's text rather than its page's: a title under them
     * with no sentence and no title block under it is a link or a note after the text (上期回顾：县人大常委会
     * 工作报告（上）), not the report's own title.
     */
    private static final int TEXT_ABOVE = 3;

    /** The words a document's title names its congress by. */
    private static final Pattern CONGRESS_WORDS = Pattern.compile("人民代表大会|人大|常务委员会|常委会|主席团");

    /** The most lines of its own between a title and its delivery or speaker line or salutation. */
    private static final int TITLE_TO_BLOCK = 4;

    /**
     * Whether a title block follows a title, within a few lines of its own (pictures and captions the rules have
     * named, [图片] / ▲大会现场, do not count).
     */
    private static boolean titleBlockBelow(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        int seen = 0;
        for (int j = title + 1; j < lines.size() && seen < TITLE_TO_BLOCK; j++) {
            if (reasons[j] != null) {
                continue;
            }
            String t = lines.get(j).text();
            if (FrontMatter.opensText(t) || namesAMeeting(t)) {
                return true;
            }
            seen++;
        }
        return false;
    }

    private boolean proseBelow(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            // (not a page's sentence that its rules name around a text: 请遵守相关法律法规，文明发言。)
            if (reasons[j] == null && Prose.isProse(lines.get(j).text())
                    && rules.classify(lines.get(j).text(), false).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A table's caption: ……收发文登记表（2017年2月）, ……一览表; or an office's form, ……办公室收文处理笺, ……发文稿纸, and the
     * system that prints it, ……机关公文处理系统.
     */
    private static final Pattern TABLE_CAPTION = Pattern.compile("(登记表|一览表|统计表|汇总表|明细表|情况表)([（(][^）)]{1,16}[)）])?$"
            + "|(处理笺|处理单|发文稿纸|稿纸|呈批件|审批单|审批表|阅办单|传阅单|办文单)$" // (and an office's form: ……收文处理笺,
            + "|(公文处理|办公自动化|办公|公文|收发文|OA)系统$"); // and the system it is printed from: ……机关公文处理系统)

    private static boolean namesACongress(String line) {
        String s = Simplified.of(FrontMatter.unspaced(line)); // (洪 湖 市 人 民 代 表 大 会, as a scan spaces a title)
        if (TABLE_CAPTION.matcher(s.strip()).find()) {
            return false; // a table's caption that names the congress's office: 南平市人大常委会办公室收发文登记表
        }
        if (PageTail.FILE_NAME.matcher(s.strip()).find() || s.strip().matches(".*[^\\s\\u3000][\\s\\u3000]{2,}[^\\s\\u3000].*")) {
            return false; // a document site's file name (……工作报告.doc), a site's masthead of two names set apart
        }
        return s.length() <= 80 && !FrontMatter.containsSentencePunctuation(s)
                && (s.contains("人民代表大会") || s.contains("人大常委会") || s.contains("人大工作委员会") || s.contains("人大工委")
                || s.contains("人大主席团"));
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

    /** The first line of report text after the title block. */
    private int findBodyStart(List<SourceLine> lines, RemovalReason[] reasons, int anchor, boolean untitled,
                              Set<Integer> indented) {
        boolean titleSeen = false;
        int noteAt = -1;
        int outlineEnd = -1;
        int listed = -1; // the first line under the title block that starts nothing a text starts with (a list's)
        int kept = 0;
        for (int i = anchor; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (i < outlineEnd) {
                continue; // the note's outline of the document: 一、2016年工作回顾 / 二、2017年主要任务
            }
            if (reasons[i] == null && !t.isBlank() && kept++ > 0 && listed < 0 && !FrontMatter.isTitle(t)
                    && FrontMatter.parseDelivery(t).isEmpty() && FrontMatter.parseSpeaker(t).isEmpty()
                    && !FrontMatter.isTitleHead(t) && !FrontMatter.isEditorsNote(Simplified.of(t))) {
                listed = i;
            }
            if (reasons[i] != null || rules.classify(t, false).filter(r -> r == RemovalReason.NAVIGATION).isPresent()) {
                continue; // (a page's own line above the text, 点击上方“恩施人大”可以订阅哦！, does not start it)
            }
            if (!titleSeen && FrontMatter.isTitle(t)) {
                titleSeen = true;
                continue;
            }
            int second = SourceLines.nextKept(lines, reasons, i);
            if (!titleSeen && second >= 0 && FrontMatter.headingPairTitle(t, lines.get(second).text()).isPresent()) {
                titleSeen = true; // ## 关于《……条例 / ## （草案）》的说明
                outlineEnd = second + 1;
                continue;
            }
            if (second >= 0 && FrontMatter.isTitleHead(t) && !FrontMatter.isTitle(lines.get(second).text())
                    && !SourceLine.trim(lines.get(second).text()).startsWith(SourceLine.trim(t))
                    && FrontMatter.isTitle(FrontMatter.joinTitle(t, lines.get(second).text()))) {
                // a session's name over the rest of its document's title (……第一次会议 / 各代表团团长、副团长名单), under a
                // disclosure box's 名称 too
                titleSeen = true;
                outlineEnd = second + 1;
                continue;
            }
            if (titleSeen && isScheduleDay(lines, reasons, i)) {
                return i; // a schedule's first day, （2023年2月21日　星期二）, over the days after it set alike
            }
            if (titleSeen && leadsItsOwnItem(lines, reasons, i)) {
                return i; // a news item's dateline lead, under the item's headline, with the item's sentences under it
            }
            if (FrontMatter.parseDelivery(t).isPresent() || FrontMatter.parseSpeaker(t).isPresent()
                    || titleSeen && FrontMatter.isIssuerAndDay(t)) {
                continue; // (under a title, the body that issued it and its day: 桂平市人大常委会办公室　　2017年3月15日)
            }
            if (i > 0 && (reasons[i - 1] == RemovalReason.TRANSCRIPT || reasons[i - 1] == RemovalReason.OTHER_SPEAKER)) {
                return i; // a transcript's speech starts under its speaker's turn header, punctuated or not
            }
            if (!titleSeen && noteAt < 0 && EDITOR_PROPER.matcher(Simplified.of(t.strip())).find()
                    && SourceLines.nextKept(lines, reasons, i) >= 0) {
                noteAt = i; // a text without a title under the publication's note (a recording's 简介, a post's 编者按)
                continue;
            }
            if (titleSeen && FrontMatter.isEditorsNote(Simplified.of(t)) && (titleBlockFollows(lines, reasons, i)
                    || (EDITOR_PROPER.matcher(Simplified.of(t.strip())).find() || FrontMatter.isNewsLead(Simplified.of(t))
                    || FrontMatter.isEncyclopediaLead(Simplified.of(t))) && namesACongressMeeting(t))) {
                noteAt = i;
                outlineEnd = outlineEnd(lines, reasons, i);
                continue; // an editor's note set between the title and the delivery line belongs to the title block
            }
            if (noteAt >= 0 && i == SourceLines.nextKept(lines, reasons, noteAt) && Prose.isProse(t)
                    && PUBLICATION_SPEAKS.matcher(t).find()) {
                continue; // the note's second line: 报告全文约一万字，本报今日全文刊发，敬请读者关注。
            }
            if (titleSeen && opensAColumnsParagraph(lines, reasons, i, indented)) {
                return i; // 岳阳市第四届人民代表大会第三次会议听取和审议了罗建 / 华同志……的工作报告。: the text's first line
            }
            if (FrontMatter.isSalutation(t) || FrontMatter.isMarkdownHeading(t) || FrontMatter.isAddressee(t)
                    || t.strip().matches(".{4,}[，,].*如下[^，。]{0,4}[:：]$") // 为了……，作如下决定：, a decision's opening clause
                    || OPENS_A_LIST.matcher(t.strip()).matches() // ……会议于2024年1月20日选举：, a bulletin's opening clause
                    || HeadingRecognizer.numbering(t).isPresent() || Prose.isProse(t)
                    || t.indexOf('\t') > 0 && !titleSeen // (a text that starts with a table: 序号　名称　内容)
                    || SCHEDULE.matcher(t.strip()).find()) { // (a schedule's day or time: 1月7日（星期二）, 下午　14:00)
                return i;
            }
        }
        // a document of lists without a sentence (a presidium's list of names, a schedule): its text starts under its
        // title block all the same, rather than be read as title lines
        return listed >= 0 ? listed : lines.size();
    }

    /**
     * A clause of eight characters or more that opens the list under it, and names a day or says what a meeting decided:
     * ……于2024年1月20日选举：, ……常务委员会第十四次会议决定：.
     */
    private static final Pattern OPENS_A_LIST = Pattern.compile("^(?=.{8,}$)(.*[0-9０-９〇零一二三四五六七八九十]+月"
            + "[0-9０-９〇零一二三四五六七八九十]+日.*[^\\s\\u3000:：]|.*会议(决定|决议|同意))[:：]$");

    /**
     * Whether a line is a day alone with its weekday ({@code （2023年2月21日　星期二）}) that a later line repeats in shape,
     * another day with its weekday set alike, with no sentence between them: the first of a schedule's days, not the day
     * of the title block (a speech's day over its text, a schedule attached under it).
     */
    private static boolean isScheduleDay(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        String t = lines.get(i).text().strip();
        if (!FrontMatter.isDayAndWeekday(t)) {
            return false;
        }
        String shape = dayShape(t);
        for (int j = i + 1; j < lines.size(); j++) {
            String u = lines.get(j).text().strip();
            if (reasons[j] != null) {
                continue;
            }
            if (u.indexOf('。') >= 0) {
                return false;
            }
            if (!u.equals(t) && FrontMatter.isDayAndWeekday(u) && dayShape(u).equals(shape)) {
                return true;
            }
        }
        return false;
    }

    /** A day line's shape: its brackets, marks and words, each of its numbers and its weekday read alike. */
    private static String dayShape(String day) {
        return WEEKDAY.matcher(day.replaceAll("[0-9０-９〇零○一二三四五六七八九十]+", "0")).replaceAll("星期");
    }

    private static final Pattern WEEKDAY = Pattern.compile("(星期|礼拜|周)[一二三四五六日天0]");

    /**
     * Whether a line under the title block is the first line of a paragraph that a column broke: as wide as the text's
     * column with its indent, not ending a sentence, and going on in the line under it: a sentence, or, in a column
     * too narrow for a sentence's clauses to make a long line, another full line with clauses (过去一年，县人大常委会在县委的坚强领导下，坚 /
     * 持以习近平新时代中国特色社会主义思想为指导，紧紧). A line without clauses goes on in a sentence only.
     */
    private static boolean opensAColumnsParagraph(List<SourceLine> lines, RemovalReason[] reasons, int i,
                                                  Set<Integer> indented) {
        String t = lines.get(i).text();
        boolean clauses = FrontMatter.containsSentencePunctuation(t);
        if (t.length() < COLUMN_LINE || clauses && HeadingRecognizer.endsSentence(t) || FrontMatter.isTitle(t)
                || HeadingRecognizer.numbering(t).isPresent()) {
            return false;
        }
        int next = SourceLines.nextKept(lines, reasons, i);
        if (next != i + 1) {
            return false;
        }
        String following = lines.get(next).text();
        boolean sentence = Prose.isProse(following);
        if (!sentence && !(clauses && FrontMatter.containsSentencePunctuation(following))) {
            return false;
        }
        Column column = Column.of(lines.subList(i, lines.size()), indented);
        return column.fillsIndented(t) && (sentence || column.fills(following));
    }

    /** The fewest characters of a column's line read as a broken paragraph's first. */
    private static final int COLUMN_LINE = 12;

    /** The next kept line after a title, past an editor's note under it (and the note's second line). */
    private static int nextPastNotes(List<SourceLine> lines, RemovalReason[] reasons, int title) {
        int next = SourceLines.nextKept(lines, reasons, title);
        boolean note = false;
        while (next >= 0 && (FrontMatter.isEditorsNote(Simplified.of(lines.get(next).text()))
                || note && Prose.isProse(lines.get(next).text()) && PUBLICATION_SPEAKS.matcher(lines.get(next).text()).find())) {
            note = true;
            next = SourceLines.nextKept(lines, reasons, next);
        }
        return next;
    }

    /**
     * Whether a note names a people's congress's meeting (……在金秀瑶族自治县第十七届人民代表大会第四次会议……上作……报告): an editor's
     * note proper that does, right under the title, introduces the text even without a delivery line under it.
     */
    private static boolean namesACongressMeeting(String note) {
        return FrontMatter.meeting(Simplified.of(note)).filter(d -> d.session() != null).isPresent();
    }

    /** The most lines between an editor's note under the title and the delivery or speaker line under it. */
    private static final int NOTE_TO_TITLE_BLOCK = 4;
    /** An editor's note proper (编者按), the publication's words, not a lead (导读, 导语) that may be the document's. */
    private static final Pattern EDITOR_PROPER = Pattern.compile("^[（(【\\[]?(编者按|编者注|编辑按|编者的话|简介|视频简介|内容简介)");
    /** The publication speaking of itself, as a note's second line does: 本报今日全文刊发. */
    private static final Pattern PUBLICATION_SPEAKS = Pattern.compile("本报|本刊|本网|本号|全文刊发|全文转载|刊发如下|敬请");

    /**
     * Whether the title block goes on under an editor's note: a delivery or speaker line follows it before any line
     * of running text, or (for an editor's note proper) the salutation that opens the text does. A second line of the
     * note, in which the publication speaks of itself, is the note's.
     */
    private boolean titleBlockFollows(List<SourceLine> lines, RemovalReason[] reasons, int i) {
        boolean proper = EDITOR_PROPER.matcher(Simplified.of(lines.get(i).text().strip())).find();
        int seen = 0;
        for (int j = outlineEnd(lines, reasons, i); j < lines.size() && seen < NOTE_TO_TITLE_BLOCK; j++) {
            String t = lines.get(j).text();
            if (reasons[j] != null || rules.classify(t, false).isPresent()) {
                continue; // 来源：滕州日报, a rule, 本报记者　张伟　整理
            }
            if (FrontMatter.parseSpeaker(t).isPresent() || proper && FrontMatter.parseDelivery(t).isPresent()
                    || namesAMeeting(t)) {
                return true; // (under a lead, 导语, a day alone may be the document's own date line)
            }
            if (FrontMatter.isSalutation(t)) {
                return proper;
            }
            if (proper && seen == 0 && Prose.isProse(t) && PUBLICATION_SPEAKS.matcher(t).find()) {
                seen++;
                continue; // 报告全文约一万字，本报今日全文刊发，敬请读者关注。
            }
            if (Prose.isProse(t) || HeadingRecognizer.numbering(t).isPresent()) {
                return false;
            }
            seen++;
        }
        return false;
    }

    /** The most entries a lead's outline of the document has. */
    private static final int OUTLINE = 12;

    /**
     * Where the outline of the document under a lead ends: 导读：报告共分两个部分 / 一、2016年工作回顾 / 二、2017年主要任务,
     * numbered headings without a sentence, the first of them right under the lead (or under the lead's line that
     * announces them, ending in a colon or naming the parts). The line after the note when there is none.
     */
    private int outlineEnd(List<SourceLine> lines, RemovalReason[] reasons, int note) {
        if (EDITOR_PROPER.matcher(Simplified.of(lines.get(note).text().strip())).find()) {
            return note + 1; // (an editor's note proper outlines nothing: numbered lines under it are the text's)
        }
        int j = note + 1;
        int entries = 0;
        while (j < lines.size() && entries < OUTLINE) {
            String t = lines.get(j).text();
            if (reasons[j] != null) {
                j++;
                continue;
            }
            if (HeadingRecognizer.numbering(t).isEmpty() || FrontMatter.containsSentencePunctuation(t)
                    || SourceLine.trim(t).length() > 40) {
                break;
            }
            entries++;
            j++;
        }
        // the outline is the title block's only when the title block goes on under it (a delivery or speaker line)
        int next = j < lines.size() && reasons[j] != null ? SourceLines.nextKept(lines, reasons, j) : j;
        boolean resumes = next >= 0 && next < lines.size() && (FrontMatter.parseDelivery(lines.get(next).text()).isPresent()
                || FrontMatter.parseSpeaker(lines.get(next).text()).isPresent());
        return entries >= 2 && resumes ? j : note + 1;
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
        int end = lines.size(); // a post's end mark (-END-, 往期推荐, 回答者：……): what its platform prints after it is no text
        boolean encyclopedia = isEncyclopediaPage(lines);
        for (int i = bodyStart; i < lines.size() && end == lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (reasons[i] == RemovalReason.NAVIGATION && !encyclopedia && ENTRY_SECTION.matcher(t).matches()) {
                reasons[i] = null; // 参考资料 in the text of a page that is no encyclopedia's: the report's own heading
                continue;
            }
            // (a heading of related articles that a report may have as its own, 【相关阅读】, ends it when an article
            // starts under it)
            end = reasons[i] != null && rules.endsPost(t) // (and a Q&A site's 回答者：…… under an answer)
                    || (reasons[i] == null || reasons[i] == RemovalReason.NAVIGATION) && startsAnArticle(lines, reasons, i)
                    && rules.endsText(t) ? i : end;
        }
        int listing = end; // the first heading of a page's list of other articles (推荐阅读)
        for (int i = bodyStart; i < end && listing == end; i++) {
            listing = reasons[i] == RemovalReason.NAVIGATION && rules.endsText(lines.get(i).text()) ? i : listing;
        }
        for (int i = end - 1; i >= bodyStart && lastProse < 0; i--) {
            // the last line of running text (a sentence of the page's own, “在看”我吗？, and a listed article's
            // headline, · 阳泉市政府工作报告全文来了！, or one over its day and account under such a heading, 保定这些地方
            // 春节期间免费开放！ / 2023-01-07　保定身边事, and an account's card, 保定身边事 / 关注保定本地生活，分享身边新鲜事 /
            // +关注, do not extend the text)
            if (reasons[i] == null && Prose.isProse(lines.get(i).text()) && !ArticleLists.isListItem(lines, i)
                    && !(ArticleLists.isBulleted(lines.get(i).text()) && i > 0 && rules.endsText(lines.get(i - 1).text()))
                    && !(i > listing && overItsDayAndAccount(lines, i)) && !PageTail.describesAnAccount(lines, i)
                    && rules.classify(lines.get(i).text(), false).isEmpty()) {
                lastProse = i;
            }
        }
        // under a heading of a page's list (相关新闻) or a post's end, what the unnamed lines are: NAVIGATION, COMMENTS
        // under a Q&A site's answer (回答者：……), SITE_UI under an office system's record (流程跟踪：); null above them
        RemovalReason related = null;
        boolean annex = false; // in the report's own attachment, whose lists have keys of their own
        for (int i = Math.max(lastProse + 1, bodyStart); i < lines.size(); i++) {
            String t = lines.get(i).text().strip();
            if (reasons[i] == null && (t.startsWith("附件") || t.startsWith("附："))) {
                related = null; // the report's own attachment after its end mark (—— 全文完 ——) is no page's list
                annex |= ANNEX.matcher(t).matches(); // 附件2 / 时间：2018年6月12日 / 地点：……
            }
            if (reasons[i] == null && !TableNotes.isNoteUnderRow(lines, reasons, i)) {
                // under 相关新闻 or after a post's END, a page lists other articles' titles
                reasons[i] = rules.classify(lines.get(i).text(), false).orElse(related);
                if (annex && (reasons[i] == RemovalReason.PUBLICATION || reasons[i] == RemovalReason.NAVIGATION)
                        && LISTED_KEY.matcher(t).lookingAt()) {
                    reasons[i] = null; // 附件2 / ……视察活动安排 / 时间：2018年6月12日: the attachment's own schedule
                }
                if (annex && reasons[i] == RemovalReason.NAVIGATION && t.indexOf('\t') > 0) {
                    reasons[i] = null; // 附件：……统计表 / 类别	件数	已办结	办结率: its table's row, no menu
                }
                if (related != null && reasons[i] == RemovalReason.PUBLICATION
                        && PublicationLine.isDayFirstByline(lines.get(i).text())) {
                    reasons[i] = RemovalReason.NAVIGATION; // 2022-12-20　县人大召开座谈会, listed under 相关新闻
                }
                if (reasons[i] == null && !annex && ArticleLists.isListedTitle(lines, i)) {
                    // under the text's last paragraph, a page's links to other documents, without a heading
                    // (· ……县人民代表大会常务委员会工作报告（2014年……） / · ……关于……的决议)
                    reasons[i] = RemovalReason.NAVIGATION;
                }
            }
            if ((reasons[i] == RemovalReason.NAVIGATION || reasons[i] == RemovalReason.COMMENTS
                    || reasons[i] == RemovalReason.SITE_UI) && rules.endsText(lines.get(i).text())) {
                related = reasons[i]; // (the nearest heading above names what its list is)
            }
        }
        PageTail.markRulesAbove(lines, reasons, Math.max(lastProse + 1, bodyStart));
        PageTail.keepListedContacts(lines, reasons, Math.max(lastProse + 1, bodyStart));
        PageTail.stripPageCards(lines, reasons, Math.max(lastProse + 1, bodyStart));
        PageTail.stripEmptyAttachmentField(lines, reasons, Math.max(lastProse + 1, bodyStart));
        PageTail.stripPointersToOtherPages(lines, reasons, Math.max(lastProse + 1, bodyStart));
        if (footer < 0 || footer < lastProse) {
            return;
        }
        for (int i = footer + 1; i < lines.size(); i++) {
            if (reasons[i] == null) {
                reasons[i] = RemovalReason.COPYRIGHT;
            }
        }
    }

    /** Whether a title block's title says its text is a speech: ……闭幕会上的讲话, 开幕词, 致辞. */
    private static boolean isSpeechTitled(List<SourceLine> header) {
        return header.stream().map(SourceLine::text).filter(FrontMatter::isTitle)
                .anyMatch(t -> SPEECH_TITLE.matcher(Simplified.of(t.strip())).find());
    }

    private static final Pattern SPEECH_TITLE = Pattern.compile("(讲话|致辞|开幕词|闭幕词|发言)([（(][^（）()]*[)）])?$");

    private static boolean namesASpeaker(String line) {
        return FrontMatter.parseSpeaker(line).filter(sp -> sp.name() != null).isPresent();
    }

    /** Whether the line under a line is a listed article's day and account: 2023-01-07　保定身边事. */
    private static boolean overItsDayAndAccount(List<SourceLine> lines, int i) {
        int next = i + 1 < lines.size() ? i + 1 : -1;
        return next >= 0 && PublicationLine.isDayFirstByline(lines.get(next).text());
    }

    /**
     * The sections under an encyclopedia entry's text that a report may have as headings of its own (参考资料, 报告解读):
     * they end the text only on an encyclopedia's page.
     */
    private static final Pattern ENTRY_SECTION = Pattern.compile("^(参考资料|报告解读)$");
    /** What only an encyclopedia's page has: its buttons beside a heading, a reference's day, its gallery and tags. */
    private static final Set<String> ENCYCLOPEDIA_MARKS = Set.of("播报", "编辑", "词条图册", "更多图册", "百科名片", "相关词条");

    private static boolean isEncyclopediaPage(List<SourceLine> lines) {
        for (SourceLine line : lines) {
            String t = line.text();
            if (t.length() <= 8 && ENCYCLOPEDIA_MARKS.contains(t.strip()) || t.contains("[引用日期") || t.startsWith("词条标签")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether another article, headline and dateline, starts under a page's heading of related articles (延伸阅读： /
     * 铜川市……会议隆重开幕 / 本报铜川讯（记者　张　敏）1月8日上午，……): a news report set whole under the text, whose
     * sentences do not extend it.
     */
    private static boolean startsAnArticle(List<SourceLine> lines, RemovalReason[] reasons, int heading) {
        // (the headline counts whether or not a box of headlines took it)
        int headline = heading + 1 < lines.size() ? heading + 1 : -1;
        if (lines.get(heading).text().length() > RELATED_HEADING || headline < 0) {
            return false; // (the common case: a line of text, no heading of related articles)
        }
        int lead = SourceLines.nextKept(lines, reasons, headline);
        return lead >= 0 && DATELINE.matcher(Simplified.of(lines.get(lead).text().strip())).lookingAt()
                && TitleBlock.isHeadline(lines.get(headline).text());
    }

    /** The longest heading of related articles: 【相关阅读】, 延伸阅读：. */
    private static final int RELATED_HEADING = 12;

    /** A news report's dateline at the start of its first paragraph: 本报铜川讯（记者　张　敏）, 新华社西安1月8日电. */
    private static final Pattern DATELINE = Pattern.compile(
            "^(本报|本刊|本台|本网|新华社|中新网|人民网)[^，。（）()]{0,12}(讯|电)|^[^，。（）()]{0,12}讯[\\s\\u3000]*[（(][\\s\\u3000]*(记者|通讯员)");

    /** The heading of a report's own attachment: 附件1, 附件：, 附件二　……一览表 (not a mail's 附件：……doc (56.5K)). */
    private static final Pattern ANNEX = Pattern.compile(
            "^附件[0-9０-９一二三四五六七八九十]{0,3}([:：\\s\\u3000]+(?!无$)[^.．\\s\\u3000][^.．]{0,40})?[:：]?$|^附[:：][^.．]{2,40}$");
    /**
     * A line a report's own list has, as a page's publishing line or an app's author box does: 时间：, 日期：, 作者：,
     * and an account's figures (附：各平台运行情况 / 人民号作者 / 已发布128篇文章 / ID：yongchuanrd).
     */
    private static final Pattern LISTED_KEY = Pattern.compile(
            "^(时间|日期|作者)[\\s\\u3000]*[:：]|^(人民号作者|澎湃号作者|已发布[0-9]+篇(文章|内容)|ID[:：].*)$");

    /** A line that names the body a document is by: ……人大常委会办公室, ……调研组. */
    private static final Pattern AUTHOR = Pattern.compile("(人大常委会|常务委员会|办公室|办公厅|调研组|检查组|课题组|工作委员会)$");

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
        lines.set(index, line.withText(rest));
        return true;
    }
}
