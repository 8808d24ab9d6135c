package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.Simplified;

/**
 * The lines between a report's start and its text, sorted by what they are: the title (on one line or two, or a
 * headline with its subtitle, or a headline over the speaker's name), the delivery line (on one line or two),
 * the speaker line, and the rest as they are, which the report page shows as its title block.
 */
final class TitleBlock {

    /** The title line as read (its lines joined when the title runs over two or three), or null. */
    SourceLine titleLine;
    FrontMatter.Title title;
    SourceLine deliveryLine;
    FrontMatter.Delivery delivery;
    FrontMatter.Speaker speaker;
    /** Where the speaker was read: the speaker line or the delivery line. */
    String speakerSource;
    int titleLines = 1;
    /** Where the title stands among the other lines of the title block. */
    int titleIndex;
    /** The subtitle under a headline (在……会议上的讲话), which says what the document is. */
    String subtitle;
    /** The block's lines other than the title, as the report page shows them. */
    final List<String> lines = new ArrayList<>();

    private TitleBlock() {
    }

    /**
     * Whether the title block's line after {@code i} is the next line of the source (or the line's next part after a
     * {@code <br>}), or comes right after a printed page's number and running head taken off between them.
     */
    private static boolean nextInSource(List<SourceLine> lines, int i, Set<Integer> pageBreaks) {
        int from = lines.get(i).number();
        int to = lines.get(i + 1).number();
        for (int n = from + 1; n < to; n++) {
            if (!pageBreaks.contains(n)) {
                return false;
            }
        }
        return to >= from;
    }

    /** A chronicle's title, whose days are its entries': ……大事记, ……纪事. */
    private static final Pattern CHRONICLE = Pattern.compile("(大事记|纪事|大事年表)$");

    /** Whether a title is a chronicle's, whose days are its entries'. */
    static boolean isChronicle(FrontMatter.Title title) {
        return title != null && CHRONICLE.matcher(Simplified.of(title.title())).find();
    }

    /** The most source lines from a headline down to the delivery line under it. */
    private static final int DELIVERY_BELOW = 4;

    /**
     * Whether the title block's line after {@code i} is a delivery line (on one line or two), right under it in the
     * source or past blank lines and a page's publishing line (凝心聚力　担当作为 / 发布时间：…… / ——2019年12月26日在……).
     */
    private static boolean deliveryFollows(List<SourceLine> lines, int i) {
        if (i + 1 >= lines.size() || lines.get(i + 1).number() - lines.get(i).number() > DELIVERY_BELOW) {
            return false;
        }
        String next = lines.get(i + 1).text();
        return FrontMatter.parseDelivery(next).isPresent() || i + 2 < lines.size()
                && FrontMatter.parseDeliveryOverTwoLines(next, lines.get(i + 2).text()).isPresent();
    }

    /**
     * Whether a title under a line that names a body is that line's second half, not a whole title under a site's name:
     * it goes on with the body's name (黔南布依族苗族自治州人民代表大会 / 常务委员会工作报告), or it is the standing
     * committee's own 审议意见, 决定, 决议 or notice under its name (……人民代表大会常务委员会 / 关于……的审议意见). A report of
     * another body (政府工作报告, 法院工作报告, 关于……计划草案的报告) under a site's name is never joined to it.
     */
    private static boolean continuesTheBody(String body, String title) {
        String b = Simplified.of(SourceLine.trim(body));
        String t = Simplified.of(SourceLine.trim(title));
        return t.startsWith("常务委员会") || t.startsWith("常委会")
                || b.matches(".*(常务委员会|常委会)$") && (t.matches("^关于.{2,80}的(审议意见|决定|决议|通知|通报|公告)$")
                        || !t.startsWith("关于") && !ORGAN.matcher(t).find()); // 恩施州人大常委会 / 2023年工作报告（摘要）: the title names no one
    }

    /** A body whose report a title names: a title without one goes on from the line naming it. */
    private static final Pattern ORGAN = Pattern.compile(
            "人民代表大会|人大|委员会|常委会|政府|法院|检察院|主席团|办公室");

    /**
     * Whether a title is broken over two lines inside a word, as a PDF breaks it (……常务委员会工 / 作报告): neither line
     * is a title, the first names a congress, and the two make one.
     */
    private static boolean brokenInAWord(String first, String second) {
        String a = Simplified.of(SourceLine.trim(first));
        return a.length() >= 8 && a.length() <= 40 && (a.contains("人民代表大会") || a.contains("人大"))
                && !FrontMatter.isTitle(first) && SourceLine.trim(second).length() <= 12
                // (the second line no title by itself, or one that starts inside the congress's name: 会议闭幕式上的讲话)
                && (!FrontMatter.isTitle(second) || Simplified.of(SourceLine.trim(second)).matches("^(次会议|会议|常务委员会|常委会).*"))
                && FrontMatter.isTitle(FrontMatter.joinTitle(first, second));
    }

    /** A year alone on a line: 2023年, the first line of a title set over two (2023年 / 渭源县人大常委会工作报告). */
    private static final Pattern YEAR_ALONE = Pattern.compile(
            "^([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年度?$");
    /** An office in brackets on a line of its own, under a speaker's name: （县人大常委会主任）. */
    private static final Pattern OFFICE_IN_BRACKETS = Pattern.compile("^[（(]([^（）()]{3,30})[）)]$");

    /**
     * Whether a line over the title may be the title block's own: a year alone, the speaker's office in brackets,
     * the speaker's name over it (not an account's name, 金堂人大, over the title), or the speaker's office and name
     * over the title (大通县人民检察院检察长　马文斌 / 2023年度述职报告).
     */
    static boolean isOwnLineAbove(String line, String below) {
        String t = SourceLine.trim(line);
        String under = SourceLine.trim(below);
        return YEAR_ALONE.matcher(t).matches() || isOfficeInBrackets(t)
                || FrontMatter.parseNameLine(t).isPresent() && isOfficeInBrackets(under)
                || (FrontMatter.isTitle(under) || TITLE_FIRST_HALF.matcher(under).matches()) && FrontMatter.parseSpeaker(t)
                .filter(sp -> sp.office() != null && sp.name() != null).isPresent()
                || TITLE_FIRST_HALF.matcher(t).matches() && FrontMatter.isTitle(FrontMatter.joinTitle(t, under));
    }

    /** A title's first line, over the rest of it: 关于2023年度个人履职情况的 / 述职报告. */
    private static final Pattern TITLE_FIRST_HALF = Pattern.compile("^关于[^，。；：:！？]{2,40}的$");

    /** An office in brackets, alone: （县人大常委会主任）. */
    private static boolean isOfficeInBrackets(String t) {
        Matcher office = OFFICE_IN_BRACKETS.matcher(t);
        return office.matches() && FrontMatter.parseSpeaker(office.group(1) + "　某某").isPresent();
    }

    /** An office and a name set on two lines, read as one speaker line, when the office is one and the name stays. */
    private static Optional<FrontMatter.Speaker> officeAndName(String office, String name) {
        return FrontMatter.parseSpeaker(office + "　" + name).filter(sp -> name.equals(sp.name()));
    }

    /**
     * A speaker whose office names no body, under a line that names the body alone (广西壮族自治区第十二届人民代表大会常务委员会 /
     * 副主任　黄道伟): the office is the body's, its name broken over two lines.
     */
    private static FrontMatter.Speaker withBodyAbove(FrontMatter.Speaker speaker, String above) {
        if (above == null || speaker.office() == null || !BARE_OFFICE.matcher(speaker.office()).matches()) {
            return speaker;
        }
        String body = SourceLine.trim(above);
        boolean names = Simplified.of(body).matches("^[^，。：:]{2,40}(人民代表大会常务委员会|人大常委会)$");
        return names ? new FrontMatter.Speaker(body + speaker.office(), speaker.name()) : speaker;
    }

    /** An office that names no body: 主任, 副主任, 常务副主任, 秘书长. */
    private static final Pattern BARE_OFFICE = Pattern.compile("^(常务)?副?(主任|委员长|秘书长|主席)$");

    /** A delivery line that says the report was submitted, or given in writing: 提交……, （书面报告）. */
    private static final Pattern SUBMITTED = Pattern.compile("提交|提请|书面");

    /** A line that names a congress or its standing committee and nothing else (no term, no meeting). */
    private static boolean isBodyName(String line) {
        return Simplified.of(SourceLine.trim(line)).matches("^[^届次]{0,30}?(人民代表大会|人大)(常务委员会|常委会)?$");
    }

    /**
     * A speaker's line as the title block shows it: its office and name set apart by one space (市人大常委会主任 杨镇),
     * when they are all its words; else as written (王建同志, 受……委托, two names), so that no word of it is lost.
     */
    private static String asWritten(String line, String tidy) {
        return tidy.replaceAll("\\s", "").equals(line.replaceAll("[\\s\\u3000\\u00A0]", "")) ? tidy : line.strip();
    }

    private static boolean isSubtitle(String line) {
        return line.strip().matches("^(——|—|--|－－).+");
    }

    /** The speaker's office and name and the day, in brackets: （区人大常委会主任　杨俊峰　2021年6月29日）. */
    private static final Pattern SPEAKER_AND_DAY = Pattern.compile("^[（(][\\s\\u3000]*([^（）()]{3,40}?)[\\s\\u3000]+"
            + "([0-9０-９〇○零一二三四五六七八九十]{4}[\\s\\u3000]*年[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{1,2}[\\s\\u3000]*月"
            + "[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\\s\\u3000]*日)[\\s\\u3000]*[)）]$");

    /**
     * Reads a line that gives the speaker (office and name) and the day: the day is the delivery's (its meeting is
     * the title's); false, and nothing read, unless both are there.
     */
    private static boolean readSpeakerAndDay(TitleBlock h, SourceLine line, String speaker, String day) {
        FrontMatter.Speaker s = FrontMatter.parseSpeaker(speaker).orElse(null);
        FrontMatter.Delivery d = FrontMatter.parseDelivery(day).orElse(null);
        if (s == null || s.name() == null || s.office() == null || d == null || d.date() == null) {
            return false;
        }
        h.speaker = s;
        h.speakerSource = MetadataResolver.SPEAKER;
        if (h.delivery == null) {
            h.deliveryLine = line;
            h.delivery = d;
        } else if (h.delivery.date() == null) {
            h.delivery = h.delivery.withDate(d.date());
        }
        h.lines.add(line.text());
        return true;
    }

    /** A short line that could be a headline: no sentence punctuation, not a date, meeting or name. */
    static boolean isHeadline(String line) {
        String s = SourceLine.trim(line);
        return s.length() >= 4 && s.length() <= 40 && !FrontMatter.containsSentencePunctuation(s)
                && FrontMatter.parseDelivery(s).isEmpty() && FrontMatter.parseSpeaker(s).isEmpty()
                && FrontMatter.parseNameLine(s).isEmpty() && !s.matches(".*[:：]$");
    }

    /**
     * A news item's headline, which may have a comma or a colon between its parts (市人大常委会工作报告：去年依法履职亮点纷呈，
     * 今年重点抓好五方面工作), but no full stop, and reads as no delivery, speaker or name line.
     */
    static boolean isNewsHeadline(String line) {
        String s = SourceLine.trim(line);
        return s.length() >= 4 && s.length() <= NEWS_HEADLINE && s.indexOf('。') < 0 && !s.matches(".*[:：；;]$")
                && FrontMatter.parseDelivery(s).isEmpty() && FrontMatter.parseSpeaker(s).isEmpty()
                && FrontMatter.parseNameLine(s).isEmpty();
    }

    /** The longest news item's headline. */
    private static final int NEWS_HEADLINE = 60;

    /**
     * Reads the title block's lines in order.
     *
     * @param pages      the printed pages' numbers and running heads, taken off: a title set over
     *                   two lines goes on past them (凱里市人民代表大會常務委員會 / — 1 — / ……文件 / 工作報告)
     * @param published  whether a publication's line (a paper's, a journal's) stands above the block, or its byline
     *                   right under it
     * @param bylined    whether it is its byline right under the block (……　来源：贵州日报): the block's last line is
     *                   the article's headline
     * @param removals   receives the website's labels taken off the title
     */
    static TitleBlock read(List<SourceLine> lines, PrintedPages pages, boolean published, boolean bylined,
                           Sidecar sidecar, List<Removal> removals) {
        TitleBlock h = new TitleBlock();
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            String t = line.text();
            // (a title head that the pages repeat as their running head is the pages': 宝鸡市第十三届人民代表大会第四次会议)
            if (h.titleLine == null && i + 2 < lines.size() && (FrontMatter.isTitleHead(t) || FrontMatter.isIssuer(t))
                    && !pages.isHead(t)
                    && nextInSource(lines, i, pages.breaks()) && nextInSource(lines, i + 1, pages.breaks())
                    && !FrontMatter.isTitle(lines.get(i + 1).text())
                    // (the third a title's end, 实施情况的报告, under a 关于 that is none: 关于检查《……法》 / 实施情况的报告)
                    && (!FrontMatter.isTitle(lines.get(i + 2).text()) || lines.get(i + 1).text().strip().startsWith("关于"))
                    && FrontMatter.isTitle(FrontMatter.joinTitle(lines.get(i + 1).text(), lines.get(i + 2).text()))) {
                // a body's name over a title set over two lines: ……财政经济委员会 / 关于……和2023年 / 预算草案的审查结果报告,
                // ……人民政府 / 关于提请审议《……常务委员会 / 关于……的决定（草案）》的议案
                String rest = FrontMatter.joinTitle(lines.get(i + 1).text(), lines.get(i + 2).text());
                String whole = FrontMatter.joinTitle(t, rest);
                if (FrontMatter.isTitle(whole)) {
                    h.titleLine = new SourceLine(line.number(), whole);
                    h.title = FrontMatter.title(whole);
                    h.titleLines = 3;
                    i += 2;
                    continue;
                }
            }
            if (h.titleLine == null && i + 1 < lines.size() && !SourceLine.trim(lines.get(i + 1).text()).startsWith(SourceLine.trim(t))
                    && (FrontMatter.isTitleHead(t) && !pages.isHead(t)
                    || brokenInAWord(t, lines.get(i + 1).text()) || FrontMatter.isTitleOpening(t, lines.get(i + 1).text()))
                    && nextInSource(lines, i, pages.breaks())
                    && !(isBodyName(t) && FrontMatter.isTitle(lines.get(i + 1).text())
                            && !continuesTheBody(t, lines.get(i + 1).text()))
                    && FrontMatter.isTitle(FrontMatter.joinTitle(t, lines.get(i + 1).text()))) {
                // (the next line of the source, or the line's next part after a <br>; a site's name over a whole title
                // is not part of it)
                // a title set over two lines: 芜湖市人民代表大会常务委员会 / 工作报告 (or 工　作　报　告)
                SourceLine next = lines.get(++i);
                h.titleLine = new SourceLine(line.number(), FrontMatter.joinTitle(t, next.text()));
                h.title = FrontMatter.title(h.titleLine.text());
                h.titleLines = 2;
                for (String label : h.title.labels()) { // （摘要） after the second line, 【转载】 before the first
                    removals.add(new Removal(next.text().contains(label) ? next.number() : line.number(),
                            RemovalReason.LABEL, label));
                }
                continue;
            }
            if (h.titleLine == null && i + 1 < lines.size() && YEAR_ALONE.matcher(SourceLine.trim(t)).matches()
                    && FrontMatter.isTitle(lines.get(i + 1).text())) {
                // a title set over two lines, its year first: 2023年 / 渭源县人大常委会工作报告
                SourceLine next = lines.get(++i);
                h.titleLine = new SourceLine(line.number(), SourceLine.trim(t) + SourceLine.trim(next.text()));
                h.title = FrontMatter.title(h.titleLine.text());
                h.titleLines = 2;
                continue;
            }
            Matcher spokenOn = h.speaker == null ? SPEAKER_AND_DAY.matcher(SourceLine.trim(t)) : null;
            if (spokenOn != null && spokenOn.matches() && readSpeakerAndDay(h, line, spokenOn.group(1), spokenOn.group(2))) {
                continue; // the speaker and the day in brackets under the title: （区人大常委会主任　杨俊峰　2021年6月29日）
            }
            Matcher bracketed = OFFICE_IN_BRACKETS.matcher(SourceLine.trim(t));
            Optional<String> nameAbove = h.lines.isEmpty() || !bracketed.matches() ? Optional.empty()
                    : FrontMatter.parseNameLine(h.lines.get(h.lines.size() - 1));
            if (h.speaker == null && nameAbove.isPresent()) {
                // the speaker's name, then the office in brackets under it: 李　明 / （县人大常委会主任）
                Optional<FrontMatter.Speaker> both = officeAndName(bracketed.group(1), nameAbove.get());
                if (both.isPresent()) {
                    h.speaker = both.get();
                    h.speakerSource = MetadataResolver.SPEAKER;
                    h.lines.add(t);
                    continue;
                }
            }
            Optional<String> pair = h.titleLine == null && i + 1 < lines.size()
                    ? FrontMatter.headingPairTitle(t, lines.get(i + 1).text()) : Optional.empty();
            if (pair.isPresent()) {
                // a title a converter set as two headings: ## 关于《……条例 / ## （草案）》的说明
                h.titleLine = new SourceLine(line.number(), pair.get());
                h.title = FrontMatter.title(h.titleLine.text());
                h.titleLines = 2;
                removals.add(new Removal(line.number(), RemovalReason.MARKDOWN, "Markdown：" + t.strip().substring(0, t.strip().indexOf(' '))));
                removals.add(new Removal(lines.get(++i).number(), RemovalReason.MARKDOWN,
                        "Markdown：" + t.strip().substring(0, t.strip().indexOf(' '))));
                continue;
            }
            if (h.titleLine == null && isSubtitle(t) && FrontMatter.isTitle(t) && !h.lines.isEmpty()
                    && isHeadline(h.lines.get(h.lines.size() - 1))) {
                // a headline and its subtitle: 在新的起点上…新篇章 / ——在……闭幕会上的讲话
                String headline = h.lines.remove(h.lines.size() - 1);
                h.titleLine = new SourceLine(line.number() - 1, headline);
                h.title = FrontMatter.title(headline);
                h.subtitle = FrontMatter.title(t.replaceFirst("^[—–\\-－\\s]+", "")).title();
                h.lines.add(t);
                continue;
            }
            if (h.titleLine == null && i == 0 && i + 1 < lines.size() && !FrontMatter.isTitle(t) && isHeadline(t)
                    && deliveryFollows(lines, i)
                    && !(isSubtitle(lines.get(i + 1).text()) && FrontMatter.isTitle(lines.get(i + 1).text()))) {
                // a headline of its own words over the delivery line: 践行全过程人民民主 / 2024年1月10日在……会议上
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                continue;
            }
            if (h.titleLine == null && h.delivery == null && i + 2 == lines.size() && isHeadline(t)
                    && (FrontMatter.parseNameLine(lines.get(i + 1).text()).isPresent() || FrontMatter.parseSpeaker(
                            lines.get(i + 1).text()).filter(sp -> sp.name() != null && sp.office() != null).isPresent())) {
                // a headline over the speaker's name, or office and name, the last lines before the text: 奋力谱写……新篇章 /
                // 李红军, 坚持和完善人民代表大会制度　推动乡镇人大工作提质增效 / 黔东南州人大常委会党组书记、主任　吴光荣
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                continue;
            }
            if (h.titleLine == null && published && lines.size() == 2 && i == 0 && isHeadline(t) && !FrontMatter.isTitle(t)
                    && isSubtitle(lines.get(1).text()) && FrontMatter.parseDelivery(lines.get(1).text()).isEmpty()) {
                // a publication's headline and its subtitle: 用法治力量护航振兴发展 / ——市人大常委会工作报告亮点扫描
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                h.subtitle = lines.get(1).text().strip().replaceFirst("^[—–\\-－\\s]+", "");
                continue;
            }
            if (h.titleLine == null && published && i == lines.size() - 1 && isHeadline(t) && !FrontMatter.isTitle(t)
                    && lines.subList(0, i).stream().allMatch(l -> PublicationLine.isPublicationName(l.text()))
                    && t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 6) {
                // a headline alone over the text's salutation, under a journal's or a paper's line: 《人民之声》2024年第5期
                // / 以高质量监督助推高质量发展 / 各位委员，同志们： (with nothing above it, it may be a site's slogan); or
                // under the site's name alone, over the news item's byline: 河池新闻网 / 吹响乡村振兴人大集结号 (the name is
                // the page's, as its publishing lines are)
                for (SourceLine site : lines.subList(0, i)) {
                    h.lines.remove(site.text());
                    removals.add(new Removal(site.number(), RemovalReason.PUBLICATION, site.text()));
                }
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                continue;
            }
            if (h.titleLine == null && bylined && i == lines.size() - 1 && isNewsHeadline(t) && !FrontMatter.isTitle(t)
                    && h.delivery == null && h.speaker == null
                    && t.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count() >= 6) {
                // a news item's headline right over its byline, under the site's masthead and menus, which are the
                // page's: 多彩贵州网 / 2021贵州两会专题：大会要闻 | …… / 省十三届人大四次会议举行第二次全体会议 / ……来源：贵州日报
                for (SourceLine site : lines.subList(0, i)) {
                    h.lines.remove(site.text());
                    removals.add(new Removal(site.number(), PublicationLine.isPublicationName(site.text())
                            ? RemovalReason.PUBLICATION : RemovalReason.NAVIGATION, site.text()));
                }
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                continue;
            }
            if (h.titleLine != null && h.titleLines == 1 && h.subtitle == null && h.delivery == null
                    && h.speaker == null && FrontMatter.isTitle(t) && deliveryFollows(lines, i)) {
                // two titles before the delivery line: the one right above it is the document's own, the first a
                // site's listing of it (2016年县人大常委会工作报告（范文）), which stays in the title block as written
                SourceLine listing = h.titleLine;
                removals.removeIf(r -> r.line() == listing.number() && r.reason() == RemovalReason.LABEL);
                h.lines.add(h.titleIndex, listing.text().strip());
                h.titleLine = null;
            }
            if (h.titleLine == null && FrontMatter.isTitle(t)) {
                h.titleIndex = h.lines.size();
                h.titleLine = line;
                h.title = FrontMatter.title(t);
                for (String label : h.title.labels()) {
                    removals.add(new Removal(line.number(), RemovalReason.LABEL, label));
                }
                if (sidecar.title() != null && !sidecar.title().equals(h.title.title())) {
                    h.lines.add(h.title.title()); // the source's title stays on the page
                }
                continue;
            }
            if (FrontMatter.isEditorsNote(Simplified.of(t.strip()))) {
                h.lines.add(t); // an editor's note is read for what it says (EditorsNotes), never as a delivery line
                continue;
            }
            if (isChronicle(h.title) && FrontMatter.isDayMaybeBracketed(t)) {
                h.lines.add(t); // a chronicle's first entry's day under its title (……大事记 / 2021年1月12日) dates no document
                continue;
            }
            // (under a session document's header, which names the meeting but no day, as well)
            boolean undated = h.delivery == null || h.delivery.date() == null && h.delivery.year() == null;
            Optional<FrontMatter.Delivery> d = !undated || i + 1 >= lines.size() ? Optional.empty()
                    : FrontMatter.parseDeliveryOverTwoLines(t, lines.get(i + 1).text());
            if (d.isPresent()) {
                // a delivery line broken over two lines: read as one
                t = t.strip() + lines.get(++i).text().strip();
                line = line.withText(t);
            } else {
                d = FrontMatter.parseDelivery(t);
            }
            if (d.isPresent() && h.delivery != null && h.delivery.date() == null && d.get().date() != null
                    && d.get().session() != null
                    && (h.delivery.year() == null || h.delivery.year().equals(d.get().year()))) {
                // a session document's header (……第四次会议文件之三　2010年1月), then the delivery line itself: the
                // line with the day is read
                h.delivery = null;
            }
            if (d.isPresent() && h.delivery != null && d.get().date() != null && d.get().session() != null
                    && SUBMITTED.matcher(Simplified.of(h.deliveryLine.text())).find()
                    && !SUBMITTED.matcher(Simplified.of(t)).find()) {
                // the day the report was submitted in writing, then the day it was delivered at the session
                // (——2020年5月9日提交……会议（书面报告） / ——2020年5月10日在……全体会议上（口头报告）): the latter is its day
                h.delivery = null;
            }
            java.time.LocalDate dayAbove = null;
            if (d.isPresent() && h.delivery != null && d.get().session() != null && h.delivery.session() == null
                    && h.delivery.congress() == null && h.delivery.place() == null && h.delivery.speakerPart() == null) {
                // a day alone over the delivery line (an app's or a site's day of posting, 2024-01-18): the line that
                // names the session is the delivery's, with its own day; without one, the day right over it is its
                // (2024年1月10日 / 在黄冈市第六届人民代表大会第四次会议上)
                // (written as a document dates itself, 2024年1月10日; an app's 2024-01-18 is the day it posted the text)
                boolean rightOver = h.deliveryLine != null && !h.lines.isEmpty()
                        && h.lines.get(h.lines.size() - 1).equals(h.deliveryLine.text())
                        && FrontMatter.isDay(h.deliveryLine.text());
                dayAbove = rightOver && d.get().date() == null && d.get().year() == null ? h.delivery.date() : null;
                h.delivery = null;
            }
            if (d.isPresent() && h.delivery != null && h.delivery.date() == null && d.get().date() != null
                    && d.get().session() == null && d.get().speakerPart() == null) {
                // the date on a line of its own, under a delivery line without one
                h.delivery = h.delivery.withDate(d.get().date());
                h.lines.add(t);
                continue;
            }
            if (d.isPresent() && h.delivery == null) {
                h.deliveryLine = line;
                h.delivery = dayAbove != null ? d.get().withDate(dayAbove) : d.get();
                String rest = h.delivery.speakerPart();
                FrontMatter.Speaker inline = rest == null ? null : FrontMatter.parseSpeaker(rest).orElse(null);
                if (inline == null) {
                    h.lines.add(t);
                } else {
                    h.lines.add(t.substring(0, t.length() - rest.length()).strip());
                    h.lines.add(inline.name() == null ? rest.strip() : asWritten(rest.strip(), inline.office() + " " + inline.name()));
                    if (h.speaker == null) {
                        h.speaker = inline;
                        h.speakerSource = MetadataResolver.DELIVERY;
                    }
                }
                continue;
            }
            Optional<FrontMatter.Speaker> s = FrontMatter.parseSpeaker(t);
            if (s.isPresent() && (h.speaker == null || h.speaker.office() == null && MetadataResolver.SPEAKER.equals(h.speakerSource))) {
                // an office and a name outrank a name alone
                h.speaker = withBodyAbove(s.get(), h.lines.isEmpty() ? null : h.lines.get(h.lines.size() - 1));
                h.speakerSource = MetadataResolver.SPEAKER;
                h.lines.add(h.speaker.name() == null ? t
                        : asWritten(t, FrontMatter.speakerLabel(t) + h.speaker.office() + " " + h.speaker.name()));
                continue;
            }
            Optional<String> name = h.titleLine == null || h.speaker != null ? Optional.empty()
                    : FrontMatter.parseNameLine(t);
            if (name.isPresent()) {
                // the office on the line above, alone (岳阳市人大常委会主任 / 黎作凤): the two lines are one speaker line
                String above = h.lines.isEmpty() ? null : h.lines.get(h.lines.size() - 1);
                Optional<FrontMatter.Speaker> both = above == null ? Optional.empty() : officeAndName(above, name.get());
                h.speaker = both.orElse(new FrontMatter.Speaker(null, name.get()));
                h.speakerSource = MetadataResolver.SPEAKER;
                h.lines.add(asWritten(t, name.get())); // (with its byline's mark as the page printed it: ■ 陈国华)
                continue;
            }
            h.lines.add(t);
        }
        return h;
    }
}
