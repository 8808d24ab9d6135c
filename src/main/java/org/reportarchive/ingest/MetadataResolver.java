package org.reportarchive.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.Kind;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Place;
import org.reportarchive.model.Publication;
import org.reportarchive.model.Removal;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.places.Division;
import org.reportarchive.places.Divisions;
import org.reportarchive.places.DivisionHistory;
import org.reportarchive.places.PlaceFinder;
import org.reportarchive.text.CommonWords;
import org.reportarchive.text.Simplified;

/**
 * Puts together a report's metadata from the evidence its text gives, in a fixed order: the title, the delivery
 * line, the opening sentence, the speaker line, the publication line, the body. Each field takes the first
 * evidence that is unambiguous, and records where it came from; the sidecar wins over all of it. What nothing
 * says stays empty, with a warning: a wrong value shown as fact is worse than a missing one. A document that
 * replaces names with placeholders (XX, XXX, ○○, 某某) stays anonymous.
 */
final class MetadataResolver {

    static final String TITLE = "title";
    static final String DELIVERY = "delivery line";
    static final String OPENING = "opening sentence";
    static final String SPEAKER = "speaker line";
    static final String PUBLICATION = "publication line";
    static final String BODY = "body";
    static final String SIDECAR = "sidecar";
    static final String TITLE_JOINED = "title, lines joined";
    static final String EDITOR = "editor's note";
    static final String DIVISIONS = "division table";
    static final String SIGNATURE = "signature";
    static final String PAGE = "page (publication or footer lines)";
    static final String DAY_AND_PUBLICATION = "day under the title, year from the publication line";
    /** A day without its year under a title, set alone: （1月12日）, ——1月12日. */
    private static final Pattern DAY_ALONE = Pattern.compile(
            "^[（(〔]?[—–\\-－\\s]*[0-9０-９一二三四五六七八九十]{1,3}月[0-9０-９一二三四五六七八九十]{1,3}日[)）〕]?$");

    /**
     * The work committee a province's standing committee keeps in a 地区 or 盟, which has no congress of its own
     * (黑龙江省人大常委会大兴安岭地区工作委员会): read as that 地区's congress.
     */
    private static final Pattern WORK_COMMITTEE = Pattern.compile(
            "(\\p{IsHan}{2,8}(省|自治区))(人民代表大会常务委员会|人大常委会)(\\p{IsHan}{2,12}?(地区|盟))(人大)?(工作委员会|工委)");
    /** What a note says was delivered, when it is the standing committee's work report. */
    private static final Pattern COMMITTEES_REPORT = Pattern.compile("(作|做)了?[^，。；]{0,12}(常务委员会|常委会)工作报告");
    /** An opinion on a report the committee heard: ……报告的审议意见. */
    private static final Pattern OPINION = Pattern.compile("审议意见$");

    private static final Pattern PLACE_NAME = Pattern.compile(
            "(\\p{IsHan}{1,10}?(省|市|自治区|自治州|地区|盟|县|区|旗))(第?\\S{1,4}届)?(人民代表大会|人大)");
    /** A person's name alone, maybe spaced as a page sets two characters: 刘晓燕, 王　刚. */
    private static final Pattern NAME_ALONE = Pattern.compile("^\\p{IsHan}[\\s\\u3000]*\\p{IsHan}{1,3}$");
    /** The label of a speaker's line: 报告人：, 讲话人：. */
    private static final Pattern SIGNED_BY = Pattern.compile("^(报告人|发言人|讲话人|主讲人|作报告人)[\\s\u3000]*[:：]");
    /** What a place's name does not hold but a delivery line holds before a bare level: a day, 届, 第, 会议, 在. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "[0-9０-９〇零]|[一二三四五六七八九十]+次|年.{0,3}月|月.{0,3}日|届|会议|第|在|^于|关于|对于|由于"); // (榆次市, 于都县, 会理市, 日喀则市 are names)
    /**
     * What may open a clause before its subject: a time (2024年，一年来，今年, 自1981年) or a linking word (同时, 此外,
     * 另外).
     */
    private static final Pattern OPENS_CLAUSE = Pattern.compile(
            "(?:同时|此外|另外|[\\s\\d０-９〇零一二三四五六七八九十年月日来以过去今半度上自])*");
    /**
     * The closing words of a report that name its own place by its short name: 为谱写洛川高质量发展新篇章, 美丽顺平,
     * 富裕美丽幸福新会泽 (not 赤水河, 共和国, 平安建设: a short name inside another word).
     */
    private static final String SLOGAN_BEFORE = "(美丽|幸福|新|谱写|推动|奋力|打造|加快|奋进|魅力|大美|活力|文明|开放|和谐|锦绣|壮美|秀美"
            + "|富美|美好|繁荣|绿色|智慧)";
    private static final String SLOGAN_AFTER = "(高质量|新篇章|篇章|现代化)";
    /**
     * What follows a congress the report describes as its own, at the head of its clause: ……人大常委会在市委的坚强领导下,
     * ……人大常委会机关党支部被评为……, ……人大常委会出台《……》, ……人大常委会与县人民政府联合召开…….
     */
    private static final Pattern SELF_DESCRIBED = Pattern.compile(
            "(人民代表大会常务委员会|人大常委会)((党组)?[，,]?在[^，。；]{0,6}委[^，。；]{0,8}领导下|机关|出台|制定|召开|听取|审议|作出|设立|成立"
                    + "|依法|全年|共|与[县市区旗]?(委|人民政府|政府|监委|政协))");
    /** A verb before a congress named by its level alone: 关于办理市十二届人大二次会议代表建议……, 落实市……. */
    private static final Pattern VERB_BEFORE = Pattern.compile("^(办理|落实|贯彻|执行|审议|听取|召开|出席|列席|参加|筹备|传达|学习)");
    /**
     * A party committee's secretary (中共渭源县委书记, 攸县县委书记, 宝鸡市委副书记), or a people's government's head
     * (彭州市人民政府市长, 县人民政府副县长 names no place).
     */
    private static final Pattern PLACES_LEADER = Pattern.compile(
            "^(?:中共|中国共产党)?(\\p{IsHan}{2,12}?)(省|自治区|自治州|市|州|盟|地区|县|区|旗)委(?:员会)?(?:常委、)?副?书记$"
                    + "|^(\\p{IsHan}{2,12}?)(省|自治区|自治州|市|州|盟|县|区|旗)人民政府(?:代理|代)?副?(省长|主席|州长|市长|盟长|县长|区长|旗长)$");

    /**
     * The place whose party committee or government a speaker's office leads (渭源县 for 中共渭源县委书记, 攸县 for
     * 攸县县委书记, 彭州市 for 彭州市人民政府市长), one office of several included (中共黄陵县委书记、县人大常委会主任),
     * or null.
     */
    static String ledPlace(String office) {
        for (String part : Simplified.of(office).split("[、，,\\s]+")) {
            Matcher m = PLACES_LEADER.matcher(part);
            if (m.matches()) {
                String name = m.group(1) != null ? m.group(1) : m.group(3);
                String level = m.group(1) != null ? m.group(2) : m.group(4);
                return name.endsWith(level) ? name : name + level;
            }
        }
        return null;
    }

    /** The longest title block line read as the committee that wrote the text. */
    private static final int BYLINE_LENGTH = 40;
    /**
     * A standing committee or a committee, office or group of it, alone on a line: ……人大常委会社会建设委员会,
     * ……人大常委会调研组.
     */
    private static final Pattern COMMITTEE_BYLINE = Pattern.compile(
            "^\\p{IsHan}{2,20}?(人民代表大会常务委员会|人大常委会)(\\p{IsHan}{2,16}(委员会|办公室|办公厅|研究室|调研组|检查组|工作组)"
                    + "|调研组|视察组|考察组|检查组|执法检查组|工作组)?$"
                    // (a congress's special committee: 江西省人大农业与农村委员会)
                    + "|^\\p{IsHan}{2,20}?(人民代表大会|人大)(?!常务|常委)\\p{IsHan}{2,16}委员会$");

    /** A title issued by a place's government: 台州市黄岩区人民政府关于……. */
    private static final Pattern GOVERNMENT_TITLE = Pattern.compile(
            "^(\\p{IsHan}{2,16}?(省|自治区|自治州|市|州|盟|地区|县|区|旗))人民政府关于");

    /** A line that says a meeting approved the document: （2024年1月12日……第三次会议批准）. */
    private static final Pattern APPROVED = Pattern.compile("会议?(审议|审查)?(批准|通过)[)）]?$");

    /** A standing committee that signs a text on a line of its own: 舟山市普陀区人民代表大会常务委员会. */
    private static final Pattern SIGNING_COMMITTEE = Pattern.compile("^\\p{IsHan}{2,30}(人民代表大会常务委员会|人大常委会)$");

    /** A national law or document a text cites in 《》: 《全国人民代表大会常务委员会关于……的决定》, 《中华人民共和国……法》. */
    private static final Pattern CITED = Pattern.compile("《[^《》]{0,40}(全国|中华人民共和国|国务院)[^《》]{0,60}》");

    /** A meeting's minutes, by their title: ……第三次主任会议纪要. */
    private static final Pattern MINUTES = Pattern.compile("纪要$");

    /**
     * Words of levels with no name: 县市, 旗县市, 盟旗县市, 自治区 (a region's title names its congress so: 自治区人大常委会……),
     * 林区 and 特区 (神农架林区's and 六枝特区's reports name theirs so: 林区人大常委会……).
     */
    private static final Pattern LEVELS_ONLY = Pattern.compile("[省市区县旗盟州乡镇]+|自治[区州县旗]|地区|林区|特区");
    /** What follows a city named as the one a report answers to. */
    private static final Pattern GOVERNS = Pattern.compile(
            "委|人大|人民代表大会|人民政府|政府|政协|中级人民法院|人民检察院|第?[0-9〇零一二三四五六七八九十]+届");
    /** A meeting whose number a placeholder hides: 人民代表大会第X次会议, 常务委员会第××次会议. */
    private static final Pattern HIDDEN_MEETING = Pattern.compile(
            "人民代表大会(常务委员会)?第[XxＸｘ×某○〇*＊]{1,3}次(全体)?会议");
    /** Words before a place visited or learnt from. */
    private static final Pattern VISITS = Pattern.compile("赴|到|前往|考察|学习|借鉴|交流|走访|参观");
    /** Who a speech's title says gave it, by office and name (not 受表彰人大代表代表, no name), or null. */
    private static FrontMatter.Speaker speechBy(String title) {
        Matcher by = SPEECH_BY_IN_TITLE.matcher(Simplified.of(title));
        if (!by.find()) {
            by = DUTY_BY_IN_TITLE.matcher(Simplified.of(title));
            if (!by.find()) {
                // a name alone before 在 (张志川在大同市……闭幕时的讲话): a speaker without an office
                Matcher named = NAME_BEFORE_SPEECH.matcher(Simplified.of(title));
                return named.find() ? FrontMatter.parseNameLine(title.substring(0, named.end(1)))
                        .map(name -> new FrontMatter.Speaker(null, name)).orElse(null) : null;
            }
        }
        String who = title.substring(by.start(1), by.end(1)); // (as written: 思明區人大常委會副主任林曉鴻)
        return FrontMatter.parseSpeaker(who).filter(sp -> sp.name() != null && sp.office() != null
                && FrontMatter.parseNameLine(sp.name()).isPresent()).orElse(null);
    }

    /** A speech's title that starts with who gave it, office and name: 黄陵县委书记李高峰在……闭幕会上的讲话. */
    private static final Pattern SPEECH_BY_IN_TITLE = Pattern.compile("^([^在，。]{4,40}?)在[^，。]+[上时]的(讲话|致辞|发言)$");
    /** A speech's title that starts with who gave it, by name alone: 张志川在大同市第十六届人民代表大会第三次会议闭幕时的讲话. */
    private static final Pattern NAME_BEFORE_SPEECH = Pattern.compile(
            "^((?![^在]*(人大|委|会|政府|代表|主任|书记|长))\\p{IsHan}{1,3}[^市县区州省镇乡旗村\\P{IsHan}])在[^，。]+(会议|大会|会)"
                    + "[^，。]{0,6}[上时]的(讲话|致辞|发言)$"); // (not a place's: 江油市在绵阳市……会议上的发言)
    /**
     * A report on a deputy's or an official's own work whose title starts with who gives it, office and name:
     * 晋江市第十七届人大代表陈美玲履职情况报告, 思明区人大常委会副主任林晓鸿2007年度述职报告.
     */
    private static final Pattern DUTY_BY_IN_TITLE = Pattern.compile(
            "^([^在，。关]{4,40}?)(?:[0-9]{4}年度?)?(?:履职情况报告|履职报告|述职报告|述职述廉报告|履职情况的报告)$");
    private static final Pattern SPEAKER_IN_TITLE = Pattern.compile(
            "^(\\p{IsHan}(?:[\\s\\u3000]?\\p{IsHan}){1,3}|(?![^在]*(委|书记|主任|长|人大|政府|代表|会))"
                    + "\\p{IsHan}(?:[·•]?\\p{IsHan}){4,7})同志在.+(讲话|致辞|发言)$"); // (孟和巴雅尔, 买买提·艾力: names of five or more)

    private final Divisions divisions;
    /** A title of another body's report than the standing committee's: 政府工作报告, 法院工作报告, 检察院工作报告. */
    private static final Pattern OTHER_BODY_TITLE = Pattern.compile("政府|法院|检察院|监察委员会|监委|政协");
    private final PlaceFinder places;
    private final PlaceInTime inTime;
    private final DivisionHistory history;

    MetadataResolver(Divisions divisions, DivisionHistory history) {
        this.divisions = divisions;
        this.history = history;
        this.places = new PlaceFinder(divisions, history.names());
        this.inTime = new PlaceInTime(history);
    }

    /** The metadata, and the parts of title and publication lines that are a website's, not the report's. */
    record Resolved(ReportMetadata metadata, List<Removal> removals) {
    }

    /**
     * @param pages the printed pages' numbers and running heads, taken off
     * @param pageLines the page's lines that were stripped as its publishing lines and its footer: the publishing
     *                  lines give the publication, and the footer's name of the site's owner
     *                  (主办：贵阳市白云区人大常委会办公室) says which of several places of a name the page is of
     */
    Resolved resolve(List<SourceLine> headerLines, PrintedPages pages, List<Block> body, List<Removal> pageLines,
                     boolean startsMid, boolean endsMid, boolean cutShort, boolean allParts, Sidecar sidecar,
                     List<String> warnings) {
        List<Removal> removals = new ArrayList<>();
        // (and a journal's, a yearbook's or an anthology's name over its pages: 上海人大月刊　2023年第8期, 鄂托克旗年鉴·2009;
        // and a reposter's or blogger's words taken off with the page's own, naming the paper the text was copied from:
        // 江城日报登了市人大常委会的工作报告，我把全文转过来)
        List<Removal> publicationLines = pageLines.stream().filter(PublicationLine::namesThePublication).toList();
        // (a publication's line above the title block, or its byline right under it: what the block holds is the
        // publication's article's headline)
        boolean bylined = !headerLines.isEmpty() && publicationLines.stream().anyMatch(r -> r.line()
                == headerLines.get(headerLines.size() - 1).number() + 1 && PublicationLine.namesItsSource(r.text()));
        boolean published = bylined || !headerLines.isEmpty()
                && publicationLines.stream().anyMatch(r -> r.line() < headerLines.get(0).number());
        TitleBlock h = TitleBlock.read(headerLines, pages, published, bylined, sidecar, removals);
        String opening = opening(body);
        Map<String, String> sources = new LinkedHashMap<>();
        boolean anonymised = hasPlaceholder(headerLines);
        boolean placeholders = hidesNames(body);

        // title and kind
        String title = sidecar.title() != null ? sidecar.title() : h.title == null ? null : h.title.title();
        source(sources, "title", title, sidecar.title() != null ? SIDECAR : h.titleLines >= 2 ? TITLE_JOINED : TITLE);
        Kind kind = sidecar.kind() != null ? Kind.fromCode(sidecar.kind()) : null;
        String kindSource = SIDECAR;
        if (kind == null && h.title != null) {
            kind = DocumentKinds.ofTitle(Simplified.of(h.title.title()));
            if (kind == null && h.subtitle != null) {
                kind = DocumentKinds.ofTitle(Simplified.of(h.subtitle));
            }
            kindSource = TITLE;
        }
        if (kind == null && opening != null) {
            kind = DocumentKinds.ofOpening(Simplified.of(opening));
            kindSource = OPENING;
        }
        String speechNote = EditorsNotes.speechSentence(h.lines, body);
        if (kind == null && speechNote != null) {
            kind = Kind.SPEECH; // 编者按：……在闭幕会上发表重要讲话
            kindSource = EDITOR;
        }
        String reportNote = kind == null ? EditorsNotes.deliverySentence(h.lines, List.of()) : null;
        if (reportNote != null && COMMITTEES_REPORT.matcher(Simplified.of(reportNote)).find()) {
            kind = Kind.REPORT; // 编者按：……在……会议上作县人大常委会工作报告。……今天推送第二部分
            kindSource = EDITOR;
        }
        // the closing note under the text, in it or taken out as the publication's: （本文系……的讲话，有删节）
        List<String> closingLines = new ArrayList<>(closing(body));
        pageLines.stream().filter(r -> r.reason() == RemovalReason.EDITOR_NOTE).map(Removal::text).forEach(closingLines::add);
        EditorsNotes.Closing closingNote = EditorsNotes.closing(closingLines);
        if (kind == null && (closingNote != null ? closingNote.speech() : EditorsNotes.saysASpeech(closingLines))) {
            kind = Kind.SPEECH; // （本文系作者在全州乡镇人大工作座谈会上的讲话，有删节）, dated or not
            kindSource = EDITOR;
        }
        if (kind == null && startsWithComrades(body)) {
            kind = Kind.SPEECH;
            kindSource = BODY;
        }
        if (kind == null && opening != null && CLOSES_THE_SESSION.matcher(Simplified.of(opening)).find()) {
            kind = Kind.SPEECH; // ……第二次会议，……圆满完成了各项议程，就要闭幕了。: the closing speech
            kindSource = OPENING;
        }
        if (kind == null && h.title != null) {
            kind = Kind.OTHER; // a title that names another kind of document (审议意见, 工作要点)
            kindSource = TITLE;
        }
        if (kind == null) {
            kind = Kind.OTHER;
            warnings.add("kind: not recognised from the title or the opening sentence; it is filed as other;"
                    + " add 'kind:' to the sidecar");
        } else {
            sources.put("kind", kindSource);
        }

        // date, year, meeting: the delivery line, else the meeting a title names (在……会议上的讲话); read before the
        // place, which is the place as it was in the report's year
        List<String> readBeforeDate = new ArrayList<>(sources.keySet());
        FrontMatter.Delivery inTitle = h.title == null ? null : FrontMatter.meeting(h.title.title())
                .or(() -> h.subtitle == null ? Optional.empty() : FrontMatter.meeting(h.subtitle)).orElse(null);
        // (a delivery line that gives only the day, （2023年1月13日）, leaves the meeting to the opening sentence)
        FrontMatter.Delivery inOpening = (h.delivery == null || h.delivery.session() == null) && inTitle == null
                && opening != null
                ? FrontMatter.openingMeeting(opening).orElse(null) : null;
        if (inOpening != null && kind == Kind.REPORT && inOpening.standingCommittee()) {
            // a standing committee's work report is given to the congress: a meeting of the committee in its first
            // sentence (2004年11月26日，省十届人大常委会第十三次会议审议通过了…) is an earlier one it recounts
            inOpening = null;
        }
        // publication (its day dates an editor's note that gives a day without its year)
        Publication publication;
        if (sidecar.publication() != null) {
            publication = new Publication(sidecar.publication(), null, null, sidecar.publication());
        } else {
            publication = PublicationLine.parse(publicationLines, removals);
        }
        // (a title that names the session without its day, 市十六届人大三次会议举行第一次全体会议, takes the day from the
        // editor's note or lead of the same session under it)
        boolean sessionTitled = inTitle != null && inTitle.session() != null;
        FrontMatter.Delivery noted = (h.delivery == null || h.delivery.session() == null)
                && (!sessionTitled || inTitle.date() == null)
                ? EditorsNotes.delivery(h.lines, body, postedOn(publication), kind == Kind.SPEECH) : null;
        if (noted != null && sessionTitled && !(Objects.equals(noted.congress(), inTitle.congress())
                && Objects.equals(noted.session(), inTitle.session()))) {
            noted = null;
        }
        LocalDate date = sidecar.parsedDate();
        source(sources, "date", date, SIDECAR);
        // an opinion on a report is dated by the meeting that heard the report, named in its first sentence, not by the
        // 主任会议 that adopted the opinion (（2015年8月12日市八届人大常委会第三十八次主任会议通过）)
        boolean heardFirst = h.title != null && OPINION.matcher(Simplified.of(h.title.title())).find()
                && inOpening != null && inOpening.date() != null && inOpening.session() != null;
        if (date == null && h.delivery != null && h.delivery.date() != null && !heardFirst) {
            date = h.delivery.date();
            sources.put("date", DELIVERY);
        } else if (date == null && inTitle != null && inTitle.date() != null) {
            date = inTitle.date();
            sources.put("date", TITLE);
        } else if (date == null && inOpening != null && inOpening.date() != null) {
            date = inOpening.date(); // 2023年8月29日，……常务委员会第十三次会议听取和审议了……
            sources.put("date", OPENING);
        } else if (date == null && noted != null && noted.date() != null) {
            date = noted.date(); // 编者按：2025年1月8日，……会议……向大会报告工作
            sources.put("date", EDITOR);
        } else if (date == null && noted == null && h.delivery != null && h.delivery.year() == null) {
            // a delivery line that names the session without its day (——在包河区第十七届……第五次会议上), under a lead
            // that gives the day of that session's meeting (1月7日上午，……第五次会议举行第二次全体会议……)
            FrontMatter.Delivery lead = EditorsNotes.delivery(h.lines, body, postedOn(publication), kind == Kind.SPEECH);
            if (lead != null && lead.date() != null && Objects.equals(lead.session(), h.delivery.session())
                    && (lead.congress() == null || h.delivery.congress() == null
                    || lead.congress().equals(h.delivery.congress()))) {
                date = lead.date();
                sources.put("date", EDITOR);
            }
        } else if (date == null && (h.delivery == null || h.delivery.year() == null) && noted == null
                && !TitleBlock.isChronicle(h.title)) { // (a chronicle's last day is its last entry's)
            date = signed(body); // ……常务委员会 / 二〇一九年一月十日, under the text
            source(sources, "date", date, SIGNATURE);
        }
        if (kind == Kind.REPORT && DELIVERY.equals(sources.get("date")) && h.deliveryLine != null
                && APPROVED.matcher(Simplified.of(h.deliveryLine.text().strip())).find()) {
            // （2024年1月12日……会议批准）: the day the congress approved the report, not the day it heard it
            warnings.add("date: the line under the title gives the day the congress approved the report (" + date
                    + "), not the day it was delivered; add 'date:' to the sidecar");
            date = null;
            sources.remove("date");
        }
        if (date == null && h.title != null && MINUTES.matcher(Simplified.of(h.title.title())).find() && opening != null) {
            // a meeting's minutes are dated by the meeting they record, as their first sentence gives it
            date = FrontMatter.minutesDay(opening).orElse(null);
            source(sources, "date", date, OPENING);
        }

        if (date == null && closingNote != null && noted == null && (h.delivery == null || h.delivery.year() == null
                || h.delivery.year() == closingNote.date().getYear())) {
            date = closingNote.date(); // （本文系……主任达瓦次仁2024年1月12日在闭幕会上的讲话）, under the text
            sources.put("date", EDITOR);
        }
        LocalDate posted = postedOn(publication);
        int[] issue = PublicationLine.issue(publication);
        if (date == null && (posted != null || issue != null) && noted == null
                && (h.delivery == null || h.delivery.year() == null)) {
            // a day without its year under the title (（1月12日）), in a paper published the day after, or in an issue
            // of a journal that prints that year's day (2024年第1期): that year's day
            for (String line : h.lines) {
                if (!DAY_ALONE.matcher(Simplified.of(line.strip())).matches()) {
                    continue;
                }
                date = posted != null ? EditorsNotes.recentDay(line, posted)
                        : EditorsNotes.dayInIssue(line, issue[0], issue[1]);
                source(sources, "date", date, DAY_AND_PUBLICATION);
                if (date == null && posted == null) {
                    warnings.add("date: the day under the title (" + line.strip() + ") has no year, and issue "
                            + issue[0] + "年第" + issue[1] + "期 may print a day of the year before; add 'date:' to the"
                            + " sidecar");
                }
                if (date != null || posted == null) {
                    break;
                }
            }
        }
        Integer year = sidecar.year() != null ? sidecar.year() : date != null ? Integer.valueOf(date.getYear())
                : h.delivery != null && h.delivery.year() != null ? h.delivery.year()
                : noted != null ? noted.year() : null;
        source(sources, "year", year, sidecar.year() != null ? SIDECAR : date != null ? sources.get("date")
                : h.delivery != null && h.delivery.year() != null ? DELIVERY : EDITOR);
        Matcher chronicled = year == null && TitleBlock.isChronicle(h.title) ? YEAR_FIRST.matcher(h.title.title()) : null;
        if (chronicled != null && chronicled.lookingAt()) {
            year = Integer.valueOf(chronicled.group(1)); // 2021年盐城市人大常委会大事记: the year it chronicles
            sources.put("year", TITLE);
        }
        if (date == null && year == null && warnings.stream().noneMatch(w -> w.startsWith("date:"))) {
            warnings.add("date: the text does not say when the report was delivered; add 'date:' or 'year:' to"
                    + " the sidecar");
        }

        // place
        Place place = null;
        if (sidecar.place() != null || sidecar.city() != null || sidecar.province() != null) {
            place = sidecarPlace(sidecar, year, warnings);
            if (place != null) {
                sources.put("place", SIDECAR);
            }
            if (sidecar.place() == null || !sidecar.place().strip().matches("\\d{6}")) {
                place = inTime(place, year, sources, warnings); // a name, not a division code
            }
        } else if (!anonymised) {
            // placeholders in the body (某某公司, XXX同志) hide others' names; the report's own place, named above
            // its text, is still its place, but the body is then no evidence of it
            place = findPlace(h, opening, pageLines, withClosingNotes(body, pageLines), !placeholders, year, sources,
                    warnings);
            place = inTime(place, year, sources, warnings);
            if (place == null && placeholders && sources.get("anonymised") == null
                    && warnings.stream().noneMatch(w -> w.startsWith("place:"))) {
                sources.put("anonymised", BODY); // (a place named but not settled is not hidden: it is warned of)
            }
            if (place == null && sources.get("anonymised") == null
                    && warnings.stream().noneMatch(w -> w.startsWith("place:"))) {
                String unknown = unknownPlace(h);
                warnings.add(unknown != null ? "place: '" + unknown + "' is not in the divisions table; add 'place:'"
                        + " and 'province:' to the sidecar"
                        : "place: the text does not say whose congress this is (no place before 人民代表大会 or 人大"
                        + " in the title, delivery line, opening sentence, speaker line or publication line); add"
                        + " 'place:' to the sidecar");
            }
            anonymised = sources.remove("anonymised") != null;
        }
        if (place != null && !sources.containsKey("city") && place.city() != null) {
            sources.put("city", place.city().equals(place.name()) ? sources.get("place") : DIVISIONS);
        }
        if (place != null && !sources.containsKey("province") && place.province() != null) {
            sources.put("province", place.province().equals(place.name()) ? sources.get("place") : DIVISIONS);
        }
        FrontMatter.Delivery meeting = h.delivery != null && h.delivery.session() != null ? h.delivery
                : inTitle != null ? inTitle : inOpening != null ? inOpening : h.delivery;
        String meetingSource = meeting == h.delivery ? DELIVERY : meeting == inOpening ? OPENING : TITLE;
        if (noted != null) {
            meeting = noted; // 编者按：……第十八届人民代表大会第三次会议……向大会作常委会工作报告
            meetingSource = EDITOR;
        } else if ((meeting == null || meeting.session() == null) && closingNote != null && closingNote.meeting() != null
                && (year == null || year == closingNote.date().getYear())) {
            meeting = closingNote.meeting(); // （本文系……2024年2月27日在市七届人大常委会第十五次会议闭会时的讲话，有删节）
            meetingSource = EDITOR;
        } else if ((meeting == null || meeting.session() == null) && isBill(h)) {
            FrontMatter.Delivery asked = submittedTo(body); // a bill's 现提请区第十四届人大常委会第二十次会议审议。
            if (asked != null) {
                meeting = asked;
                meetingSource = BODY;
            }
        }
        Integer congress = sidecar.congress() != null ? sidecar.congress() : meeting == null ? null : meeting.congress();
        source(sources, "congress", congress, sidecar.congress() != null ? SIDECAR : meetingSource);
        Integer session = sidecar.session() != null ? sidecar.session() : meeting == null ? null : meeting.session();
        source(sources, "session", session, sidecar.session() != null ? SIDECAR : meetingSource);
        String meetingKind = meeting == null || meeting.session() == null ? null
                : meeting.standingCommittee() ? ReportMetadata.STANDING_COMMITTEE : ReportMetadata.CONGRESS;
        Matcher hidden = meetingKind != null || h.deliveryLine == null || sidecar.session() != null ? null
                : HIDDEN_MEETING.matcher(Simplified.of(h.deliveryLine.text()));
        if (hidden != null && hidden.find()) {
            // 在XX市第X届人民代表大会第X次会议上: the kind of meeting is said, its numbers are hidden
            meetingKind = hidden.group(1) != null ? ReportMetadata.STANDING_COMMITTEE : ReportMetadata.CONGRESS;
        }
        if (session == null && meetingKind == null) {
            // a meeting of a numbered term that the reading could not read (人大十四届之三次会议): said, not guessed
            String named = h.deliveryLine != null && NUMBERED_TERM.matcher(Simplified.of(h.deliveryLine.text())).find()
                    ? h.deliveryLine.text() : h.title != null && NUMBERED_TERM.matcher(Simplified.of(h.title.title())).find()
                    ? h.title.title() : null;
            if (named != null && !Simplified.of(named).contains("全国")) { // (the national congress's: no local session)
                warnings.add("meeting: '" + named.strip() + "' names a meeting whose congress and session could not be"
                        + " read; add 'congress:' and 'session:' to the sidecar");
            }
        }

        // speaker and office
        String speakerName = sidecar.speaker() != null ? sidecar.speaker() : h.speaker == null ? null : h.speaker.name();
        String office = sidecar.office() != null ? sidecar.office() : h.speaker == null ? null : h.speaker.office();
        if (speakerName != null && PlaceFinder.ANONYMISED.matcher(speakerName).find()) {
            speakerName = null;
        }
        if (speakerName == null && sidecar.speaker() == null && h.title != null) {
            Matcher m = SPEAKER_IN_TITLE.matcher(Simplified.of(h.title.title()));
            boolean comrade = m.find();
            FrontMatter.Speaker titled = comrade ? null : speechBy(h.title.title());
            if (comrade && !PlaceFinder.ANONYMISED.matcher(m.group(1)).find()) {
                // (the name as written: the view has the title's length)
                speakerName = FrontMatter.normaliseName(h.title.title().substring(m.start(1), m.end(1)));
                sources.put("speaker", TITLE);
            } else if (titled != null && !PlaceFinder.ANONYMISED.matcher(titled.name()).find()) {
                // 黄陵县委书记李高峰在县十八届人大三次会议闭幕会上的讲话: the office and the name before 在
                speakerName = titled.name();
                sources.put("speaker", TITLE);
                if (office == null && sidecar.office() == null) {
                    office = titled.office();
                    sources.put("office", TITLE);
                }
            }
        }
        if (speakerName == null && sidecar.speaker() == null && h.speaker == null) {
            FrontMatter.Speaker signer = signedBy(body); // 报告人：万州区人大常委会主任　冉光华, under the text
            if (signer != null && signer.name() != null && !PlaceFinder.ANONYMISED.matcher(signer.name()).find()) {
                speakerName = signer.name();
                office = sidecar.office() != null ? office : signer.office();
                sources.put("speaker", SIGNATURE);
                if (sidecar.office() == null) {
                    sources.put("office", SIGNATURE);
                }
            }
        }
        // the lines an editor's note may stand on, as written: what the notes say is read in their simplified view
        List<String> written = notesAsWritten(h.lines, body, pageLines);
        if (speakerName == null && sidecar.speaker() == null && h.speaker == null) {
            // an editor's note above the text (……县人大常委会主任肖明华受县人大常委会委托，向大会作……报告), else a closing
            // note of the report's year under it (（本文系……主任达瓦次仁……的讲话）; one of another year is not of this text)
            FrontMatter.Speaker closingSpeaker = closingNote == null
                    || year != null && closingNote.date().getYear() != year ? null : closingNote.speaker();
            // the note's reporter on the committee's behalf, only for the committee's own report (a note over the
            // government's report may name both)
            // (a note over a speech may name the report given at the session before it, and one over the session's
            // resolution on the report names who gave the report, not the resolution's speaker: it has none)
            boolean committees = (title == null || !OTHER_BODY_TITLE.matcher(Simplified.of(title)).find())
                    && kind != Kind.SPEECH && kind != Kind.RESOLUTION;
            // over a speech without a speaker line, the one the note says spoke (市委书记李红梅出席闭幕会并讲话)
            FrontMatter.Speaker spoke = kind == Kind.SPEECH && speechNote != null ? EditorsNotes.spokeBy(speechNote) : null;
            FrontMatter.Speaker fromNote = java.util.stream.Stream.of(committees ? EditorsNotes.deliveredBy(h.lines, body)
                    : null, closingSpeaker, spoke).filter(s -> s != null && !PlaceFinder.ANONYMISED.matcher(s.name()).find())
                    .findFirst().orElse(null);
            if (fromNote != null) {
                // (read in the notes' simplified view: given as the note writes them, 王曉東 in a traditional copy)
                speakerName = Simplified.asWritten(fromNote.name(), written);
                sources.put("speaker", EDITOR);
                if (sidecar.office() == null) {
                    office = Simplified.asWritten(fromNote.office(), written);
                    sources.put("office", EDITOR);
                }
            }
        }
        if (!sources.containsKey("speaker")) {
            source(sources, "speaker", speakerName, sidecar.speaker() != null ? SIDECAR : h.speakerSource);
        }
        if (office == null && speakerName != null && sidecar.office() == null) {
            office = Simplified.asWritten(EditorsNotes.officeBefore(speechNote, Simplified.of(speakerName)), written);
            if (office != null) {
                sources.put("office", EDITOR);
            }
        }
        if (office == null && speakerName != null && sidecar.office() == null && closingNote != null
                && closingNote.speaker() != null && closingNote.speaker().office() != null
                && Simplified.of(closingNote.speaker().name()).equals(Simplified.of(speakerName))) {
            // □ 李国强 over the text, （本文系……主任李国强……的讲话） under it
            office = Simplified.asWritten(closingNote.speaker().office(), written);
            sources.put("office", EDITOR);
        }
        if (!sources.containsKey("office")) {
            source(sources, "office", office, sidecar.office() != null ? SIDECAR : h.speakerSource);
        }

        source(sources, "publication", publication, sidecar.publication() != null ? SIDECAR : PUBLICATION);
        if (title == null) {
            warnings.add("title: no title found; add 'title:' to the sidecar");
        }
        // (a title's （上） does not make the text a part when its （下） follows in the same copy)
        boolean excerpt = h.title != null && h.title.excerpt() && !allParts;
        boolean abridged = !excerpt && (EditorsNotes.abridged(h.lines, body) || publicationLines.stream()
                .anyMatch(r -> EditorsNotes.isAbridgedSource(Simplified.of(r.text().strip())))
                || pageLines.stream().anyMatch(r -> r.reason() == RemovalReason.EDITOR_NOTE
                && EditorsNotes.isClosingAbridgedNote(Simplified.of(r.text().strip()))));
        boolean breaksOff = TextEnd.breaksOff(body);
        boolean elsewhere = pageLines.stream().anyMatch(r -> r.reason() == RemovalReason.EDITOR_NOTE
                && ClosingNotes.pointsToTheWhole(Simplified.of(r.text())));
        boolean incomplete = sidecar.incomplete() != null ? sidecar.incomplete()
                : startsMid || endsMid || cutShort || excerpt || abridged || breaksOff || elsewhere;
        String reason = null;
        if (incomplete) {
            reason = startsMid && endsMid ? "原文开头接续自报纸其他版面，结尾转至其他版面，前后均有缺失。"
                    : startsMid ? "原文开头接续自报纸其他版面或上一期（“上接”“接上期”），此前的部分缺失。"
                    : endsMid ? "原文结尾转至报纸其他版面（“转版”），此后的部分缺失。"
                    : cutShort ? "原文只登出了报告的前一部分（“阅读全文”“剩余……”或“未完待续”），此后的部分缺失。"
                    : excerpt ? "原文标题注明为摘要或节选，不是全文。"
                    : abridged ? "原文注明有删节或略去了部分内容（摘登、节选、“略”或“……”），不是全文。"
                    : breaksOff ? "原文最后一段在句子中间中断，此后的部分缺失。"
                    : elsewhere ? "原文注明全文另见他处（“全文见……”），此处登出的不是全文。"
                    : "据编者说明，原文不完整。";
        }
        ReportMetadata m = new ReportMetadata(title, place, date, year, congress, session, meetingKind, speakerName,
                office, kind, publication, incomplete, reason, anonymised, h.lines, sidecar.suppliedFields(),
                inFieldOrder(sources, readBeforeDate));
        return new Resolved(m, removals);
    }

    /** The sources with the place's before the date's, as the report page lists the fields. */
    private static Map<String, String> inFieldOrder(Map<String, String> sources, List<String> first) {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> order = new ArrayList<>(first);
        order.addAll(List.of("place", "city", "province"));
        for (String field : order) {
            if (sources.containsKey(field)) {
                out.put(field, sources.get(field));
            }
        }
        sources.forEach(out::putIfAbsent);
        return out;
    }

    /** The place as it was in the report's year ({@link PlaceInTime}), with the source of its city and province. */
    private Place inTime(Place place, Integer year, Map<String, String> sources, List<String> warnings) {
        if (place == null || year == null) {
            return place;
        }
        Place then = inTime.asOf(place, year, sources.get("place"), warnings);
        if (then == null) {
            sources.remove("place");
        } else if (!then.equals(place)) {
            fromHistory(then, sources);
        }
        return then;
    }

    /** A place of the past: its city and province are the history's (a city is its own). */
    private static void fromHistory(Place place, Map<String, String> sources) {
        if (place.city() != null) {
            sources.put("city", place.city().equals(place.name()) ? sources.get("place") : PlaceInTime.HISTORY);
        } else {
            sources.remove("city"); // a unit under its province directly (琼山市 in 2000)
        }
        sources.put("province", PlaceInTime.HISTORY);
    }

    /** The day the copy was posted, as its publishing line gives it, or null. */
    private static LocalDate postedOn(Publication publication) {
        if (publication == null || publication.date() == null) {
            return null;
        }
        try {
            return LocalDate.parse(publication.date());
        } catch (java.time.format.DateTimeParseException e) {
            return null; // a month or a year only
        }
    }

    private static void source(Map<String, String> sources, String field, Object value, String source) {
        if (value != null && source != null) {
            sources.put(field, source);
        }
    }

    /** The day a document is signed with, on a line of its own among the last under its text, or null. */
    private static LocalDate signed(List<Block> body) {
        for (String t : closing(body)) {
            if (FrontMatter.isDayMaybeBracketed(t)) { // (a speech's （2024年1月12日）)
                Optional<FrontMatter.Delivery> d = FrontMatter.parseDelivery(t);
                if (d.isPresent() && d.get().date() != null) {
                    return d.get().date();
                }
            }
        }
        return null;
    }

    /**
     * The meeting a document's text asks to review it (a bill's or a report's 现提请区第十四届人民代表大会常务委员会第二十次
     * 会议审议。), when its text names one such meeting, or null.
     */
    private static FrontMatter.Delivery submittedTo(List<Block> body) {
        FrontMatter.Delivery found = null;
        for (Block b : body) {
            if (b.text().indexOf("提请") < 0 && b.text().indexOf("提請") < 0) {
                continue;
            }
            Matcher m = SUBMITTED_TO.matcher(Simplified.of(b.text()));
            while (m.find()) {
                FrontMatter.Delivery d = FrontMatter.meeting(m.group(1)).filter(x -> x.session() != null).orElse(null);
                if (d == null) {
                    continue;
                }
                if (found != null && !(Objects.equals(found.congress(), d.congress()) && found.session().equals(d.session())
                        && found.standingCommittee() == d.standingCommittee())) {
                    return null; // two meetings: none is said
                }
                found = d;
            }
        }
        return found;
    }

    /** Whether a document's title says it is a bill (……的议案), which asks a meeting to review it. */
    private static boolean isBill(TitleBlock h) {
        return h.title != null && Simplified.of(h.title.title()).endsWith("议案");
    }

    /** A request to a meeting to review a document: 提请县第十五届人民代表大会常务委员会第二十四次会议审议. */
    private static final Pattern SUBMITTED_TO = Pattern.compile("提请([^，。；：]{4,40}?会议)(审议|审查|讨论|批准)");

    /** Who signs a document as its speaker, on a labelled line among the last under its text or over its day, or null. */
    private static FrontMatter.Speaker signedBy(List<Block> body) {
        List<String> last = closing(body);
        for (String t : last) {
            Matcher label = SIGNED_BY.matcher(Simplified.of(t)); // (報告人：王秀蘭 too)
            if (label.lookingAt()) {
                // (a name alone after the label, 报告人：刘晓燕: a deputy's own report, without an office)
                String rest = t.substring(label.end()).strip();
                return FrontMatter.parseSpeaker(t).orElse(NAME_ALONE.matcher(rest).matches()
                        ? new FrontMatter.Speaker(null, rest.replaceAll("[\\s\\u3000]", "")) : null);
            }
        }
        // or an office and a name over the day the text ends with (永新县人大常委会主任　刘小平 / 2021年1月15日), or last
        if (last.size() == 2 && FrontMatter.isDayMaybeBracketed(last.get(0))) {
            if (FrontMatter.isSignedSpeaker(last.get(1))) {
                return FrontMatter.parseSpeaker(last.get(1)).orElse(null);
            }
            return FrontMatter.officeSignature(last.get(1)).orElse(null); // 区　长　　林建华 / 二〇〇六年八月二十一日
        }
        return null;
    }

    /**
     * The text with the editor's notes under it, taken off as the publication's, read as its last paragraphs: a
     * closing note that names the speaker's congress (（本文系保定市人大常委会主任……的讲话，有删节）) places the text as it did
     * when it stood in it.
     */
    private static List<Block> withClosingNotes(List<Block> body, List<Removal> pageLines) {
        List<Block> out = new ArrayList<>(body);
        for (Removal r : pageLines) {
            if (r.reason() == RemovalReason.EDITOR_NOTE) {
                out.add(new Paragraph("editor-" + r.line(), r.text(), r.line(), r.line(), null, List.of()));
            }
        }
        return out;
    }

    /**
     * The last two blocks of the text, where a signature stands, last first: before the document's attachment if it
     * has one (……区长　林建华 / 二〇〇六年八月二十一日 / 附件：……).
     */
    private static List<String> closing(List<Block> body) {
        int end = body.size();
        for (int k = 1; k < body.size(); k++) {
            String above = body.get(k - 1).text();
            if (FrontMatter.isDayMaybeBracketed(above)
                    && (FrontMatter.opensAttachment(body.get(k).text()) || FrontMatter.isTitle(body.get(k).text()))) {
                end = k; // the day the document is signed on, over its attachment (its label, or its title alone)
                break;
            }
        }
        List<String> out = new ArrayList<>();
        for (int k = end - 1; k >= Math.max(0, end - 2); k--) {
            out.add(body.get(k).text().strip());
        }
        return out;
    }

    /** Whom a document is addressed to, on a line of its own: 市人民政府： */
    private static boolean isAddressee(String text) {
        String s = text.strip();
        return s.length() <= 24 && s.matches("^[^，。；,;]+[：:]$");
    }

    /** The report's first sentence (after the salutation), if its text starts with a paragraph. */
    private static String opening(List<Block> body) {
        for (Block b : body) {
            if (b instanceof Paragraph p) {
                String t = p.text();
                if (FrontMatter.isSalutation(t) || isAddressee(t)) {
                    continue;
                }
                int end = t.indexOf('。');
                return end > 0 ? t.substring(0, end + 1) : t;
            }
            return null; // the text starts with a heading: there is no opening sentence
        }
        return null;
    }

    /** A year at a title's start: 2021年盐城市人大常委会大事记. */
    private static final Pattern YEAR_FIRST = Pattern.compile("^((?:19|20)[0-9]{2})年");

    /** An opening sentence that says the session closes now: ……圆满完成了各项议程，就要闭幕了。 */
    private static final Pattern CLOSES_THE_SESSION = Pattern.compile(
            "会议[^。]{0,60}完成了?[^，。]{0,6}各项(议程|任务)[^。]{0,10}(就要|即将|马上就要|现在就要)闭幕");

    private static boolean startsWithComrades(List<Block> body) {
        return !body.isEmpty() && Simplified.of(body.get(0).text()).startsWith("同志们");
    }

    /**
     * The place the evidence names, in order: title, delivery line, opening sentence, speaker line, publication
     * line, body (unless it hides names with placeholders). Records the source of what it finds; a placeholder
     * where the name would be marks the report anonymised ({@code sources.anonymised}).
     */
    private Place findPlace(TitleBlock h, String opening, List<Removal> pageLines, List<Block> body,
                            boolean bodyIsEvidence, Integer year, Map<String, String> sources,
                            List<String> warnings) {
        String whole = wholeText(h, body, pageLines);
        Optional<Township.Named> titled = Township.named(h.title == null ? null : h.title.title(), places);
        // (or the delivery line, under a title that names the township's body or deputy: 华埠镇人大代表……述职报告 /
        // ——2023年2月16日在华埠镇第十八届人民代表大会第三次会议上)
        Optional<Township.Named> township = titled.isPresent() || h.deliveryLine == null ? titled
                : Township.inDelivery(h.deliveryLine.text(), places);
        String townshipSource = titled.isPresent() ? TITLE : DELIVERY;
        if (township.isPresent() && Township.SUBDISTRICT.equals(township.get().level())) {
            // a subdistrict's congress working committee: its district's congress, as its title or page names it
            Place p = Township.place(township.get(), pageLines.stream().map(Removal::text).toList(),
                    String.join("\n", body.stream().map(Block::text).toList()), places);
            if (p == null) {
                warnings.add("place: " + township.get().name() + " is a subdistrict, whose congress working committee is"
                        + " its district's, and neither the title nor the page names the one district it is in; add"
                        + " 'place:' to the sidecar");
            } else {
                sources.put("place", township.get().county() != null ? TITLE : PAGE);
            }
            return p;
        }
        if (township.isPresent()) {
            // a township's congress: its own place, in the city and province of the county its page names
            String text = String.join("\n", body.stream().map(Block::text).toList());
            Place p = Township.place(township.get(), pageLines.stream().map(Removal::text).toList(), text, places);
            sources.put("place", townshipSource);
            Optional<Division> prefecture = p.city() == null ? Township.prefectureAlongside(text, places) : Optional.empty();
            // (or a county's congress that guides it by the name the county had that year: 在富阳市人大常委会的指导下 in 2013)
            Place guide = p.city() != null || prefecture.isPresent() || year == null ? null
                    : Township.guide(text).map(n -> inTime.named(n, year, BODY, warnings)).orElse(null);
            if (guide != null && guide.city() != null) {
                p = new Place(p.name(), null, p.level(), guide.city(), guide.province());
                sources.put("city", BODY);
                sources.put("province", BODY);
            } else if (prefecture.isPresent()) {
                // no county named, but the one prefecture whose congress the presidium works with: 配合长治市人大常委会
                p = new Place(p.name(), null, p.level(), prefecture.get().name(), prefecture.get().province());
                sources.put("city", BODY);
                sources.put("province", BODY);
            } else if (p.city() != null) {
                sources.put("city", township.get().county() != null ? townshipSource : PAGE);
                sources.put("province", sources.get("city"));
            } else {
                warnings.add("place: " + p.name() + " is a township, and neither the title nor the page names the one"
                        + " county it is in; add 'city:' and 'province:' to the sidecar");
            }
            return p;
        }
        List<Removal> publication = pageLines.stream().filter(r -> r.reason() == RemovalReason.PUBLICATION)
                .toList();
        List<String[]> evidence = new ArrayList<>();
        if (h.title != null) {
            evidence.add(new String[] {TITLE, h.title.title()});
        }
        if (h.deliveryLine != null) {
            evidence.add(new String[] {DELIVERY, h.deliveryLine.text()});
        }
        if (h.subtitle != null) {
            evidence.add(new String[] {TITLE, h.subtitle}); // ——……在宝鸡市第十五届人民代表大会……闭幕会上的讲话
        }
        Matcher government = h.title == null ? null : GOVERNMENT_TITLE.matcher(Simplified.of(h.title.title()));
        if (government != null && government.find()) {
            // 台州市黄岩区人民政府关于提请审议……的议案: a government lays its bills and reports before its own congress
            evidence.add(new String[] {TITLE, government.group(1) + "人大常委会"});
        }
        if (opening != null) {
            // (a law or a document the opening cites, 根据《全国人民代表大会常务委员会关于……的决定》, names no congress of the report's)
            evidence.add(new String[] {OPENING, CITED.matcher(opening).replaceAll("《》")});
        }
        for (String line : h.lines) {
            if (line.length() <= BYLINE_LENGTH && COMMITTEE_BYLINE.matcher(Simplified.of(line.strip())).matches()) {
                // a committee of a standing committee that wrote the text, under its title (重庆市江北区人大常委会社会建设委员会)
                evidence.add(new String[] {SPEAKER, line.strip()});
            }
        }
        String noted = h.deliveryLine == null ? EditorsNotes.deliverySentence(h.lines, List.of()) : null;
        if (noted != null) {
            evidence.add(new String[] {EDITOR, noted}); // the session an editor's note over the text names
        }
        if (h.speaker != null && h.speaker.office() != null) { // (a name alone under a headline names no place)
            evidence.add(new String[] {h.speakerSource.equals(DELIVERY) ? DELIVERY : SPEAKER, h.speaker.office()});
            String party = ledPlace(h.speaker.office());
            if (party != null) { // 攸县县委书记, 彭州市人民政府市长: the place whose committee or government the speaker leads
                evidence.add(new String[] {SPEAKER, party + "人大常委会"});
            }
        }
        for (Removal r : publication) {
            evidence.add(new String[] {PUBLICATION, r.text()});
        }
        FrontMatter.Speaker signer = h.speaker == null ? signedBy(body) : null;
        String signersPlace = signer == null || signer.office() == null ? null : ledPlace(signer.office());
        if (signersPlace != null) { // 彭州市人民政府市长　李明月 / 2022年1月6日, under the text
            evidence.add(new String[] {SIGNATURE, signersPlace + "人大常委会"});
        }
        for (String t : closing(body)) {
            if (SIGNING_COMMITTEE.matcher(Simplified.of(t.strip())).matches()) {
                evidence.add(new String[] {SIGNATURE, t}); // 舟山市普陀区人民代表大会常务委员会 / 2024年7月3日, under the text
            }
        }
        Optional<OwnCongress> own = OwnCongress.of(body)
                .or(() -> OwnCongress.named(h.title == null ? null : h.title.title()))
                .or(() -> OwnCongress.named(h.deliveryLine == null ? null : h.deliveryLine.text().replaceFirst("^[—－\\-]+", "")))
                .or(() -> OwnCongress.named(h.speaker == null ? null : h.speaker.office()));
        // a page its site files in a column of other congresses' documents (上级精神; 县市区人大 > 赤水市, on a city's site)
        Place owner = own.isPresent() ? siteOwner(pageLines, whole, x -> true, new HashMap<>()) : null;
        Optional<SiteColumns.Column> column = own.isEmpty() ? Optional.empty() : SiteColumns.others(pageLines)
                .filter(c -> c.holdsOthersThan(owner == null ? null : owner.level()));
        // the site's own congress, of the report's level, on a page not in a column of others' documents: what the
        // opening sentence or the body says of the report's congress must agree with it
        Place siteOwn = own.isPresent() && column.isEmpty() && owner != null && own.get().allows(owner) ? owner : null;
        List<String> otherLevel = new ArrayList<>();
        Set<String> partnersAbove = new LinkedHashSet<>();
        String unknown = null;
        int warnedBefore = warnings.size();
        for (String[] e : evidence) {
            if (column.isPresent() && e[0].equals(PUBLICATION) && SITES_NAME.matcher(e[1].strip()).find()) {
                continue; // (the site's name over a page in its column of others' documents: 湄潭县人大常委会门户网站)
            }
            String read = WORK_COMMITTEE.matcher(Simplified.of(e[1])).replaceFirst("$4人大常委会");
            String ownLevel = own.map(OwnCongress::level).orElse(null);
            Optional<PlaceFinder.Reading> named = places.congress(read, false);
            if (ownLevel != null && named.isPresent() && named.get() instanceof PlaceFinder.Named n
                    && Partners.named(read, n, ownLevel)) {
                partnersAbove.add(n.place().name());
                continue; // 在县人大常委会与纳雍县人大常委会……联席会议上的讲话: the partner's congress, not the report's
            }
            Optional<PlaceFinder.Reading> reading = named
                    .filter(r -> !(r instanceof PlaceFinder.Named n && conjunctionRead(read, n.place())));
            if (reading.isEmpty()) {
                // (a name of the past in the title, the delivery line or the page's source: 来源：闸北区人大常委会办公室 in 2014)
                Place past = (e[0].equals(TITLE) || e[0].equals(DELIVERY) || e[0].equals(PUBLICATION)) && year != null
                        ? pastPlace(read, year, e[0], warnings) : null;
                if (past != null) {
                    sources.put("place", e[0]); // 无为县 in 2008, a name today's table no longer has
                    fromHistory(past, sources);
                    return past;
                }
                if (unknown == null && (e[0].equals(TITLE) || e[0].equals(DELIVERY)) && warnings.size() == warnedBefore) {
                    // a name of its congress that neither the table nor its history knows (黑水河县人民代表大会):
                    // another congress named further on is not the report's
                    unknown = placeName(e[1]);
                }
                continue;
            }
            if (reading.get() instanceof PlaceFinder.Placeholder) {
                sources.put("anonymised", e[0]);
                return null;
            }
            int warned = warnings.size();
            Place p = resolve(reading.get(), whole, e[0], warnings);
            if (p == null && warnings.size() > warned) {
                return null; // a name several places share, and the text does not say which: not another's name
            }
            if (p == null) {
                // a name today's table reads otherwise (榆次市 in 1990, now 榆次区): the unit it stood for that year
                Place past = (e[0].equals(TITLE) || e[0].equals(DELIVERY)) && year != null
                        ? pastPlace(read, year, e[0], warnings) : null;
                if (past != null) {
                    sources.put("place", e[0]);
                    fromHistory(past, sources);
                    return past;
                }
                continue;
            }
            if (unknown != null && !p.name().startsWith(unknown.substring(0, Math.max(2, unknown.length() - 1)))) {
                // (石柱县 in the title, 石柱土家族自治县 in the delivery line: the same county, named in full)
                continue; // (一年来，县人大常委会在……成都市人大常委会的指导下: the city's, not the report's)
            }
            if (own.isPresent() && !own.get().allows(p)) {
                otherLevel.add(p.name() + " (" + e[0] + ")");
            } else if (own.isPresent() && e[0].equals(OPENING)
                    && disagrees(p, siteOwn, "the congress the opening sentence names", warnings)) {
                return null; // (根据德州市人大常委会统一部署, on 乐陵市's site)
            } else {
                sources.put("place", e[0]);
                return p;
            }
        }
        if (unknown != null && ZONE.matcher(unknown).find()) {
            // a zone's 人大工委, which the congress of the division it is in keeps: that congress, when the page is on its
            // site and the zone bears its name (邳州经济开发区 on 邳州市人大常委会's site)
            String zone = unknown;
            Place keeper = siteOwner(pageLines, whole, k -> {
                String name = LEVEL_WORD.matcher(k.name()).replaceFirst("");
                return name.length() >= 2 && zone.startsWith(name);
            }, sources);
            if (keeper == null) {
                warnings.add("place: the report is of " + unknown + ", a zone that is no administrative division and has"
                        + " no congress of its own; add 'place:' (the division it is in) to the sidecar");
            }
            return keeper;
        }
        if (unknown != null) {
            warnings.add("place: the report names the congress of " + unknown + ", and " + unknown
                    + " is not in the divisions table or its history" + (year == null ? "" : " for " + year)
                    + "; add 'place:' (or a division code) to the sidecar");
            return null; // another congress the body names is not the report's
        }
        Place made = own.isPresent() && bodyIsEvidence ? legislator(body, own.get(), whole) : null;
        if (made != null) {
            if (disagrees(made, siteOwn, "the laws the report's congress made", warnings)) {
                return null;
            }
            sources.put("place", BODY); // (制定《曲靖市城市管理条例》: the congress that makes a place's laws is that place's)
            return made;
        }
        int warnedOfBody = warnings.size();
        Place p = bodyIsEvidence ? fromBody(body, whole, own.orElse(null), sources, warnings) : null;
        if (p != null && own.isPresent() && !own.get().allows(p)) {
            sources.remove("place");
            otherLevel.add(p.name() + " (" + BODY + ")");
            p = null;
        }
        if (p != null && disagrees(p, siteOwn, "the congress the body describes as the report's", warnings)) {
            sources.remove("place");
            return null;
        }
        if (p == null && column.isPresent()) {
            // a page in its site's column of others' documents is not the site's own congress's (上级精神; 县市区人大 >
            // 赤水市, where the column names the one whose it is)
            p = columnsPlace(column.get(), own.get(), whole, sources);
            if (p != null) {
                warnings.subList(warnedOfBody, warnings.size()).clear();
            } else if (warnings.size() == warnedOfBody) {
                warnings.add("place: the report names its own congress by its level alone, and its page is filed in"
                        + " its site's column " + column.get().name() + ", which holds other congresses' documents;"
                        + " add 'place:' to the sidecar");
            }
        }
        if (p == null && own.isPresent() && column.isEmpty()) {
            p = ownersCongress(pageLines, own.get(), whole, sources);
            if (p != null) {
                warnings.subList(warnedOfBody, warnings.size()).clear(); // (the congresses the body names: not its own)
            }
        }
        if (p == null && own.isPresent() && column.isEmpty()) {
            p = localMedia(pageLines, own.get(), body, whole, sources, warnings);
            if (p == null) {
                p = sourceByShortName(pageLines, own.get(), body, whole, sources);
            }
            if (p == null && SiteColumns.others(pageLines).isEmpty()) {
                p = governmentsSite(pageLines, own.get(), body, whole, sources);
            }
            if (p != null) {
                warnings.subList(warnedOfBody, warnings.size()).clear(); // (the congresses the body names: not its own)
            }
        }
        if (p != null && own.isPresent() && bodyIsEvidence
                && bodyCongresses(body, own.get().level()).partners().contains(p.name())) {
            // a site, a source or a paper whose place the body names as the one that guides, deploys or visits the
            // report's congress, or as its partner (在白山市人大常委会的指导下, under 白山日报's masthead): not its own
            warnings.add("place: the report names its own congress by its level alone; the page's site or source is "
                    + p.name() + "'s, but the body names " + p.name() + "'s congress as another's (a partner, a guide or"
                    + " a visitor); add 'place:' to the sidecar");
            sources.remove("place");
            p = null;
        }
        if (!otherLevel.isEmpty() && p == null) {
            warnings.add("place: the report speaks for its congress as " + own.get().phrase() + ", without a name,"
                    + " and the congresses the text names (" + String.join("、", otherLevel) + ") are not a "
                    + own.get().level() + "'s; add 'place:' to the sidecar");
        }
        if (!partnersAbove.isEmpty() && p == null && warnings.size() == warnedOfBody) {
            warnings.add("place: the title block names the congress of " + String.join("、", partnersAbove)
                    + " only as one the report's worked with or met, and nothing else says whose congress this is;"
                    + " add 'place:' to the sidecar");
        }
        return p;
    }

    /**
     * The congress whose own site the page is, as its header or footer says (重庆市江北区人民代表大会常务委员会　主办,
     * 主办单位：……人大常委会办公室), when it is of the level by which the report names its own (在区十九届人大常委会
     * 第一次会议上的讲话): a congress's site prints its own congress's speeches. A government's or a paper's site,
     * or a congress of another level, says nothing of the report's.
     */
    private Place ownersCongress(List<Removal> pageLines, OwnCongress own, String whole, Map<String, String> sources) {
        return siteOwner(pageLines, whole, own::allows, sources);
    }

    /**
     * Whether a place the body gives disagrees with the site's own congress, and so is not taken: the page is that
     * congress's, and the body may name another's (a model's, a visitor's, a superior's) in words that read as its own.
     */
    private static boolean disagrees(Place found, Place siteOwn, String what, List<String> warnings) {
        if (siteOwn == null || siteOwn.equals(found)) {
            return false;
        }
        warnings.add("place: the report names its own congress by its level alone; " + what + " is " + found.name()
                + "'s, but the page is on the site of " + siteOwn.name() + "'s congress; add 'place:' to the sidecar");
        return true;
    }

    /** The place a column of others' documents is for (县市区人大 > 赤水市), when it is of the report's level. */
    private Place columnsPlace(SiteColumns.Column column, OwnCongress own, String whole, Map<String, String> sources) {
        Optional<PlaceFinder.Reading> reading = column.place() == null ? Optional.empty()
                : places.congress(column.place() + "人大常委会", false);
        Place p = reading.isPresent() && reading.get() instanceof PlaceFinder.Named
                ? resolve(reading.get(), whole, PAGE, new ArrayList<>()) : null;
        if (p == null || !own.allows(p)) {
            return null;
        }
        sources.put("place", PAGE);
        return p;
    }

    /**
     * The one congress whose own site the page is, if {@code fits} it; null when the page names none, two, or one
     * that does not fit (or that the table does not know).
     */
    private Place siteOwner(List<Removal> pageLines, String whole, java.util.function.Predicate<Place> fits,
                            Map<String, String> sources) {
        Place found = onePlaceNamed(pageLines, r -> true, SITE_OWNER,
                m -> m.group(1) != null ? m.group(1) : m.group(2), whole, fits);
        if (found != null) {
            sources.put("place", PAGE);
        }
        return found;
    }

    /**
     * The one place whose congress the page's lines name in a form (a site's owner, a source), if it fits; null when
     * they name none, two, or one that does not fit or that the table does not know.
     *
     * @param read     the lines read
     * @param congress the congress a line's match names (……人大常委会)
     */
    private Place onePlaceNamed(List<Removal> pageLines, java.util.function.Predicate<Removal> read, Pattern form,
                                java.util.function.Function<Matcher, String> congress, String whole,
                                java.util.function.Predicate<Place> fits) {
        Place found = null;
        for (Removal r : pageLines) {
            Matcher m = !read.test(r) || r.text().length() > OWNER_LINE ? null : form.matcher(Simplified.of(r.text().strip()));
            if (m == null || !m.find()) {
                continue;
            }
            Optional<PlaceFinder.Reading> reading = places.congress(congress.apply(m), false);
            Place p = reading.isPresent() && reading.get() instanceof PlaceFinder.Named
                    ? resolve(reading.get(), whole, PAGE, new ArrayList<>()) : null;
            if (p == null || !fits.test(p) || found != null && !found.equals(p)) {
                return null; // (two of them, or one of another level: the page does not say)
            }
            found = p;
        }
        return found;
    }

    /**
     * The place whose own media the page names as its source (来源：会泽县融媒体中心), when the report names its congress
     * by that place's level alone (在县十七届人大三次会议闭幕会上的讲话) and its text names the place too (谱写会泽……
     * 新篇章): a county's media print its own congress's speeches. A paper's or another level's source says nothing.
     */
    private Place localMedia(List<Removal> pageLines, OwnCongress own, List<Block> body, String whole,
                             Map<String, String> sources, List<String> warnings) {
        Place found = onePlaceNamed(pageLines, r -> r.reason() == RemovalReason.PUBLICATION, LOCAL_MEDIA,
                m -> m.group(1) + "人大常委会", whole, own::allows);
        // (its short name: 恭城 of 恭城瑶族自治县)
        String name = found == null ? "" : divisions.shortName(found.name());
        String text = bodyText(body);
        if (name.length() < 2 || !mostNamed(text, name, found, own)) {
            return null;
        }
        if (cityRivals(text, name, found, own, body)) {
            warnings.add("place: the report names its own congress by its level alone, and its source is the media of "
                    + found.name() + ", a county-level city, while the text names " + found.city() + " at least as often"
                    + " or in its closing words; add 'place:' to the sidecar");
            return null;
        }
        sources.put("place", PUBLICATION);
        return found;
    }

    /**
     * Whether a text names a county more often than any other county of its city (谱写会泽……, not a neighbour's 对与纳雍交界的
     * 乌江流域 in a text that names its own 赫章 twice).
     */
    private boolean mostNamed(String text, String name, Place place, OwnCongress congress) {
        int own = occurrences(text, name);
        if (own == 0) {
            return false;
        }
        for (org.reportarchive.places.Division d : divisions.all()) {
            // (a neighbour whose short name is first of all a word, 延长 or 资源, is no rival in 延长服务时间; nor, for a
            // city's report (市人大常委会), its districts, counties and banners, whose congresses it does not name)
            if (d.isCountyLevel() && Objects.equals(d.prefecture(), place.city()) && !d.name().equals(place.name())
                    && d.shortName() != null && d.shortName().length() >= 2 && occurrences(text, d.shortName()) >= own
                    && !CommonWords.isCommonWord(d.shortName()) && congress.allowsLevel(d.level())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a text names the city a county-level city is in as often as the county-level city, or names the city and
     * not the county-level city in its closing words, where the report's level (市) is the city's too: a city's report
     * that its county-level city's media carried (来源：澄江市融媒体中心 over 玉溪's 市人大常委会 report, which names 玉溪
     * three times and 澄江 twice, or closes 为开创玉溪高质量跨越式发展新局面).
     */
    private boolean cityRivals(String text, String name, Place place, OwnCongress own, List<Block> body) {
        if (place.city() == null || place.city().equals(place.name()) || !own.allowsLevel("prefecture")
                || namedElsewhere(place.name(), body)) {
            return false;
        }
        String city = divisions.shortName(place.city());
        return city.length() >= 2 && (occurrences(text, city) >= occurrences(text, name) || namedElsewhere(place.city(), body));
    }

    private static int occurrences(String text, String word) {
        int n = 0;
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + word.length())) {
            n++;
        }
        return n;
    }

    /**
     * The place a page's source names by its short name, of the report's level (来源：江阴日报, the account 凤庆人大), when
     * the text names it more often than the other counties of its city: a place's own paper or congress's account.
     */
    private Place sourceByShortName(List<Removal> pageLines, OwnCongress own, List<Block> body, String whole,
                                    Map<String, String> sources) {
        Set<String> names = new LinkedHashSet<>();
        for (Removal r : pageLines) {
            if (r.reason() != RemovalReason.PUBLICATION && !PublicationLine.namesABook(r.text())
                    || r.text().length() > OWNER_LINE) {
                continue;
            }
            Matcher m = SHORT_SOURCE.matcher(Simplified.of(r.text()));
            while (m.find()) {
                names.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
            }
        }
        Place found = null;
        for (String name : names) {
            // (of the report's level: 海城 is 海城市 for a 市's report, not 北海's 海城区; and no word: 解放日报 names no 解放区)
            List<org.reportarchive.places.Division> units = CommonWords.isCommonWord(name) ? List.of()
                    : divisions.all().stream().filter(d -> name.equals(d.shortName())
                    && own.allowsLevel(d.level())).toList();
            Optional<PlaceFinder.Reading> reading = units.size() != 1 ? Optional.empty()
                    : places.congress(units.get(0).name() + "人大常委会", false);
            Place p = reading.isPresent() && reading.get() instanceof PlaceFinder.Named
                    ? resolve(reading.get(), whole, PUBLICATION, new ArrayList<>()) : null;
            if (p == null || !own.allows(p) || found != null && !found.equals(p)) {
                return null;
            }
            found = p;
        }
        if (found == null || !borneOut(found, own, body)) {
            return null;
        }
        sources.put("place", PUBLICATION);
        return found;
    }

    /**
     * Whether the text bears out a place a page's source or site names: it names the place by its short name more often
     * than the other counties of its city, and, where the report's level is its city's too, names the city less often
     * and not alone in its closing words.
     */
    private boolean borneOut(Place found, OwnCongress own, List<Block> body) {
        String name = divisions.shortName(found.name());
        String text = bodyText(body);
        return name.length() >= 2 && mostNamed(text, name, found, own) && !cityRivals(text, name, found, own, body);
    }

    /** The body's text in its simplified view, its blocks one to a line. */
    private static String bodyText(List<Block> body) {
        return Simplified.of(String.join("\n", body.stream().map(Block::text).toList()));
    }

    /**
     * A place's paper or congress's account by its short name: 来源：江阴日报, the masthead 江阴日报　2019年01月22日, 凤庆人大
     * (a post's account).
     */
    private static final Pattern SHORT_SOURCE = Pattern.compile(
            "(?:来源|稿源|信息来源|文章来源)[:：][\\s\\u3000]*(\\p{IsHan}{2,4}?)(?:日报|报)(?![\\p{IsHan}])"
                    + "|^(\\p{IsHan}{2,4}?)(?:日报|年鉴)(?![\\p{IsHan}])"
                    + "|(?:^|[\\s\\u3000])(?:原创[\\s\\u3000]+)?(\\p{IsHan}{2,4}?)人大(?=[\\s\\u3000]|$)");

    /**
     * The place whose government's site the page is on (主办：平和县人民政府办公室), of the report's level: a county's portal
     * prints its own congress's reports in its column of the congress's work.
     */
    private Place governmentsSite(List<Removal> pageLines, OwnCongress own, List<Block> body, String whole,
                                  Map<String, String> sources) {
        Place found = onePlaceNamed(pageLines, r -> true, GOVERNMENT_OWNER, m -> m.group(1) + "人大常委会", whole, own::allows);
        if (found != null && !borneOut(found, own, body)) {
            return null; // (a county-level city's portal that reposts its city's report, which names the city)
        }
        if (found != null) {
            sources.put("place", PAGE);
        }
        return found;
    }

    /** A government's site, by its owner: 主办：平和县人民政府办公室, 主办单位：……人民政府. */
    private static final Pattern GOVERNMENT_OWNER = Pattern.compile(
            "(?:主办|主办单位|版权所有)[:：]?[\\s\\u3000]*(\\p{IsHan}{2,30}?)人民政府(?:办公室|办公厅)?");

    /** A place's own media, named as a page's source: 来源：会泽县融媒体中心, 来源：中共安吉县委宣传部. */
    private static final Pattern LOCAL_MEDIA = Pattern.compile("(?:来源|稿源|信息来源|文章来源)[:：][\\s\\u3000]*(?:中共)?"
            + "(\\p{IsHan}{2,12}?(?:自治县|自治旗|县|区|市|旗))(?:融媒体中心|融媒中心|广播电视台|新闻中心|委宣传部|人民政府)");

    /**
     * The one place whose local laws the body says the report's congress made (制定《曲靖市城市管理条例》, 修订《遵义市城市绿化条例》,
     * 审议通过《峨边彝族自治县……条例》), of the report's level: only a city with districts, a province or an autonomous area
     * makes laws, each its own; null when the body names none or several, or makes one beside another congress
     * (配合省人大常委会修订《……》, 参与《……》的制定).
     */
    private Place legislator(List<Block> body, OwnCongress own, String whole) {
        Set<Place> found = new LinkedHashSet<>();
        for (Block b : body) {
            String text = Simplified.of(b.text());
            Matcher m = MADE_LAW.matcher(text);
            while (m.find()) {
                if (OTHERS_LAW.matcher(Partners.clauseBefore(text, m.start())).find()
                        || DRAFT.matcher(text.substring(m.end())).lookingAt()) {
                    continue; // (借鉴两县制定《……》; 审议通过《宁德市……条例》征求意见稿的修改建议)
                }
                Optional<PlaceFinder.Reading> reading = divisions.prefixOf(m.group(2))
                        .flatMap(d -> places.congress(d.name() + "人大常委会", false));
                Place p = reading.isPresent() && reading.get() instanceof PlaceFinder.Named
                        ? resolve(reading.get(), whole, BODY, new ArrayList<>()) : null;
                if (p != null && own.allows(p)) {
                    found.add(p);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** A law the congress made: 制定《曲靖市城市管理条例》, 修改了《……条例》. */
    private static final Pattern MADE_LAW = Pattern.compile(
            "(?<![新已])(制定|修改|修订|出台|审议通过|表决通过|废止)了?《(\\p{IsHan}{2,30}?[^《》]{0,40}条例)》");

    /** Words before a law that make it another congress's work or the report's part in it: 配合, 协助, 参与. */
    private static final Pattern OTHERS_LAW = Pattern.compile(
            "配合|协助|参与|协同|指导|做好|借鉴|学习|参照|考察|征求|提出|[省市州县区]人大常委会");

    /**
     * Words after a law that make it a draft the report's congress commented on, or another's work on it: 征求意见稿,
     * （草案）的修改建议, 实施方案.
     */
    private static final Pattern DRAFT = Pattern.compile("[（(]?(征求意见稿|草案|送审稿|修改稿|修订稿|意见|建议|实施)");

    /** A line that names a site: 湄潭县人大常委会门户网站, 余庆人大网. */
    private static final Pattern SITES_NAME = Pattern.compile("(网|网站|门户网站|门户|官网|官方网站)$");

    /** A place's name without its level's word: 邳州市 is 邳州. */
    private static final Pattern LEVEL_WORD = Pattern.compile("(市|县|区|旗|自治县|自治旗)$");

    /** The longest line read as a site's owner. */
    private static final int OWNER_LINE = 160;

    /** A zone that is no division, whose 人大工委 a county's or a city's congress keeps: 邳州经济开发区, 高新区. */
    private static final Pattern ZONE = Pattern.compile("(开发区|高新区|工业园区|产业园区|园区|新城|试验区|示范区|保税区)$");

    /** A session of a congress's numbered term or of its standing committee: 第十四届……第三次会议 (not a 主任会议). */
    private static final Pattern NUMBERED_TERM = Pattern.compile("[0-9０-９〇零○一二三四五六七八九十百]+届.{0,20}?次(全体)?会议");

    /** A site's owner, a people's congress's standing committee: ……人大常委会　主办, 主办单位：……人大常委会办公室. */
    private static final Pattern SITE_OWNER = Pattern.compile(
            "^(\\p{IsHan}{2,30}(?:人民代表大会常务委员会|人大常委会))(?:办公室|办公厅)?[\\s\\u3000]*(?:主办|版权所有)"
                    + "|(?:主办|主办单位|版权所有|(?i:copyright)|©)[:：]?[^\\p{IsHan}]{0,20}"
                    + "(\\p{IsHan}{2,30}(?:人民代表大会常务委员会|人大常委会))");

    /**
     * Failing all else, the congress the body names, if it names one only (人大常委会 forms only), leaving aside those
     * it names as partners, hosts or visitors ({@link Partners}).
     */
    private Place fromBody(List<Block> body, String whole, OwnCongress own, Map<String, String> sources,
                           List<String> warnings) {
        BodyCongresses m = bodyCongresses(body, own == null ? null : own.level());
        Map<String, PlaceFinder.Named> first = m.first();
        Map<String, Integer> times = m.times();
        Set<String> self = m.self();
        Set<String> partners = m.partners();
        // a partner once is a partner wherever it is named (协同巧家县人大常委会……，巧家县人大常委会予以积极回应); of a report
        // that names its own by its level alone, a congress of another level is never its own (……被怀化市人大常委会推广)
        Set<String> named = new LinkedHashSet<>(first.keySet());
        named.removeAll(partners);
        Map<String, Place> resolved = new LinkedHashMap<>();
        for (String name : named) {
            resolved.put(name, resolve(first.get(name), whole, BODY, new ArrayList<>()));
        }
        Place otherLevel = null;
        if (own != null) {
            for (Map.Entry<String, Place> e : resolved.entrySet()) {
                if (e.getValue() != null && !own.allows(e.getValue())) {
                    otherLevel = otherLevel == null ? e.getValue() : otherLevel;
                    named.remove(e.getKey());
                }
            }
            if (named.isEmpty() && otherLevel != null && partners.isEmpty()) {
                return otherLevel; // (the caller says it is not of the report's level)
            }
        }
        // the one other congress beside partners is the report's only when the text names it more often than them all
        // and more than once (邳州市人大常委會與……；學習借鑒昆山市人大常委會……；邳州市人大常委會機關……), not when it may be
        // another's as well (衢州市人大常委会副主任……赴江山市人大常委会调研)
        List<String> selfNamed = named.stream().filter(self::contains).toList();
        if (own != null && selfNamed.size() == 1 && resolved.get(selfNamed.get(0)) != null) {
            // of the congresses the body names beside its partners, the one it describes as its own and describes no
            // other so (义乌市人大常委会机关被评为……, beside 在……金华市人大常委会的精心指导下 and 学习借鉴杭州市人大常委会……)
            sources.put("place", BODY);
            return resolved.get(selfNamed.get(0));
        }
        int partnersNamed = partners.stream().mapToInt(times::get).sum();
        boolean named2 = named.size() == 1 && times.get(named.iterator().next()) > Math.max(1, partnersNamed);
        if (named.size() > 1 || !named.isEmpty() && !partners.isEmpty() && !named2) {
            Set<String> all = new LinkedHashSet<>(named);
            all.addAll(partners);
            warnings.add("place: the body names the congresses of " + String.join("、", all)
                    + ", and nothing else says which is the report's; add 'place:' to the sidecar");
            return null;
        }
        Place found = named.isEmpty() ? null : resolved.get(named.iterator().next());
        if (own != null && found != null && !self.contains(named.iterator().next()) && !namedElsewhere(found.name(), body)) {
            // a report that names its own congress by its level alone names others' by their names (在……的指导下, 受……委托,
            // 向……学习, ……一行来青川考察, twice as often); its own it names as the one its party committee leads
            // (舟山市人大常委会在市委的坚强领导下) or by its short name in its closing words (为谱写洛川高质量发展新篇章)
            warnings.add("place: the report names its own congress by its level alone, and nothing in the body says that the"
                    + " congress of " + named.iterator().next() + " it names is its own; add 'place:' to the sidecar");
            return null;
        }
        if (named.isEmpty() && !partners.isEmpty()) {
            boolean one = partners.size() == 1;
            warnings.add("place: the body names the " + (one ? "congress" : "congresses") + " of "
                    + String.join("、", partners) + " only as " + (one ? "one" : "ones") + " the report's worked with,"
                    + " learnt from, visited, received or was guided by, and nothing else says whose congress this is; add 'place:'"
                    + " to the sidecar");
        }
        if (found != null) {
            sources.put("place", BODY);
        }
        return found;
    }

    /**
     * The congresses a body names: each name's first mention that is not a partner's, how often each is named, those
     * it describes as its own and its partners ({@link Partners}).
     */
    private record BodyCongresses(Map<String, PlaceFinder.Named> first, Map<String, Integer> times, Set<String> self,
                                  Set<String> partners) {
    }

    private BodyCongresses bodyCongresses(List<Block> body, String ownLevel) {
        BodyCongresses m = new BodyCongresses(new LinkedHashMap<>(), new HashMap<>(), new HashSet<>(),
                new LinkedHashSet<>());
        for (Block b : body) {
            String text = Simplified.of(b.text());
            List<PlaceFinder.Named> named = places.congresses(text, true).stream()
                    .filter(r -> r instanceof PlaceFinder.Named n && !conjunctionRead(text, n.place()))
                    .map(PlaceFinder.Named.class::cast).toList();
            // (a paragraph about a model the report's congress went to learn from: ……探索开展参与式预算审查监督，取得良好成效。
            // 常委会组织部分委员专程前往学习)
            boolean learning = !named.isEmpty() && LEARNING.matcher(text).find();
            Set<String> visited = named.isEmpty() ? Set.of() : visitedPlaces(text);
            for (PlaceFinder.Named n : named) {
                String name = n.place().name();
                m.times().merge(name, 1, Integer::sum);
                // (学习了宁海县人大常委会在县委领导下首创的……: another's, led by its own; 安吉县人大常委会在县委领导下推行的……
                // 模式，德清县人大常委会开展的……: one of several the sentence names, each with its own work)
                if ((SELF_DESCRIBED.matcher(text.substring(n.place().end())).lookingAt()
                        && OPENS_CLAUSE.matcher(Partners.clauseBefore(text, n.chain().get(0).start())).matches() && !learning
                        || Partners.joinsOwnBody(text, n, ownLevel)) && aloneInSentence(text, n, named, ownLevel)) {
                    m.self().add(name);
                }
                if (visited.contains(n.place().name()) || Partners.named(text, n, ownLevel) || listedAfterOthers(text, n)) {
                    m.partners().add(name);
                } else {
                    m.first().putIfAbsent(name, n);
                }
            }
        }
        return m;
    }

    /**
     * Whether a congress is named as the last of a list of places (章贡区、瑞金市、信丰县人大常委会作了交流发言): one of several
     * others', not the report's own.
     */
    private static boolean listedAfterOthers(String text, PlaceFinder.Named n) {
        int at = n.chain().get(0).start();
        return at >= 2 && text.charAt(at - 1) == '、' && "市县区旗州盟".indexOf(text.charAt(at - 2)) >= 0;
    }

    /**
     * Whether a sentence names no other congress beside the one named at a mention, but those it names as partners,
     * hosts, visitors or the one that guides it ({@link Partners}).
     */
    private static boolean aloneInSentence(String text, PlaceFinder.Named n, List<PlaceFinder.Named> named,
                                           String ownLevel) {
        int at = n.place().start();
        return named.stream().noneMatch(o -> !o.place().name().equals(n.place().name())
                && !SENTENCE_END.matcher(text.substring(Math.min(at, o.place().start()), Math.max(at, o.place().start())))
                .find() && !Partners.named(text, o, ownLevel));
    }

    /**
     * A study trip to a model the paragraph has just described, which it names no more: 专程前往学习, 前往当地考察, 学习借鉴其
     * 经验 (not 赴德化县人大常委会学习考察, a trip to a place it names).
     */
    private static final Pattern LEARNING = Pattern.compile(
            "(专程)?(前往|赴|到)(当地|该[县市区])?(学习|考察|取经)|(学习|借鉴)(其|他们的|该[县市区]的?)[^，。；]{0,12}(经验|做法)");

    /** Places a paragraph says the report's congress went to, to learn or see: 赴邻水县、渠县学习考察. */
    private static final Pattern VISITED = Pattern.compile(
            "(?:赴|前往|到)((?:[^，。；、和及与\\s]{1,10}?[省市州盟县区旗][、和及与]?){1,6})(?:学习|考察|交流|参观|取经|调研)");

    /** The full names of the places a paragraph says were visited (see {@link #VISITED}). */
    private Set<String> visitedPlaces(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = VISITED.matcher(text);
        while (m.find()) {
            for (PlaceFinder.Mention mention : places.mentions(m.group(1))) {
                mention.candidates().forEach(d -> out.add(d.name()));
            }
        }
        return out;
    }

    /** A sentence's end. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;]");

    /**
     * Whether the body names the place by its short name as its closing words name a report's own place (为谱写洛川高质量发展
     * 新篇章, 美丽顺平).
     */
    private boolean namedElsewhere(String place, List<Block> body) {
        String shortName = divisions.shortName(place);
        if (shortName == null || shortName.length() < 2 || shortName.equals(place) || CommonWords.isCommonWord(shortName)) {
            return false; // (推动开放合作, 幸福安康: words, not 合作市 or 安康市)
        }
        // (推动龙江高质量发展: 黑龙江, not 龙江县 in it; the county's own slogan writes its level, 谱写龙江县……新篇章)
        boolean nickname = divisions.byName(place).filter(d -> Divisions.isNicknameOf(shortName, d.province())).isPresent();
        String name = Pattern.quote(shortName);
        // (the name as a word of its own: 文明新乡风 names no 新乡)
        Pattern slogan = nickname ? Pattern.compile(SLOGAN_BEFORE + Pattern.quote(place))
                : Pattern.compile(SLOGAN_BEFORE + name + SLOGAN_END + "|" + name + SLOGAN_AFTER);
        List<Block> paragraphs = body.stream().filter(b -> b instanceof Paragraph).toList();
        return paragraphs.subList(Math.max(0, paragraphs.size() - CLOSING_PARAGRAPHS), paragraphs.size()).stream()
                .anyMatch(b -> slogan.matcher(Simplified.of(b.text())).find());
    }

    /** What may follow a place's short name in a slogan: the sentence's end, its level word, 而, 作出, 的, 建设, 发展, 篇章 …. */
    private static final String SLOGAN_END = "(?=[^\\p{IsHan}]|$|[县市区旗州盟]|而|作|的|贡献|添彩|篇|高质量|现代化|建设|发展|奋斗|努力|更|再|新)";

    /** The paragraphs at a body's end that are its closing words (a call to the deputies, a signature and its day). */
    private static final int CLOSING_PARAGRAPHS = 3;

    /**
     * Whether a name of two characters that starts with a conjunction stands after a word, where the conjunction is
     * the sentence's: 在镇党委的领导和县人大常委会的指导下 names no 和县.
     */
    private static boolean conjunctionRead(String text, PlaceFinder.Mention m) {
        return m.name().length() == 2 && "和与及同".indexOf(m.name().charAt(0)) >= 0 && m.start() > 0
                && Character.UnicodeScript.of(text.charAt(m.start() - 1)) == Character.UnicodeScript.HAN;
    }

    /**
     * The unit a reading names: the one candidate of the innermost name that agrees with the names around it;
     * of several, the one whose parent the report names as the city it answers to ({@link #namesAsParent}); else
     * none, with a warning.
     */
    private Place resolve(PlaceFinder.Reading reading, String whole, String source, List<String> warnings) {
        if (reading instanceof PlaceFinder.National) {
            return Place.national();
        }
        PlaceFinder.Named named = (PlaceFinder.Named) reading;
        List<Division> candidates = new ArrayList<>();
        for (Division d : named.place().candidates()) {
            if (agrees(d, named.chain().subList(0, named.chain().size() - 1))) {
                candidates.add(d);
            }
        }
        if (candidates.size() > 1) {
            List<Division> narrowed = new ArrayList<>();
            for (Division d : candidates) {
                if (d.prefecture() != null && !d.prefecture().equals(d.name())
                        && namesAsParent(whole, d.prefecture(), d.name())) {
                    narrowed.add(d);
                }
            }
            if (narrowed.size() == 1) {
                return narrowed.get(0).place();
            }
            List<String> where = candidates.stream().map(d -> d.prefecture() != null ? d.prefecture() : d.province())
                    .toList();
            warnings.add("place: " + named.place().name() + " (" + source + ") is a name of several places, in "
                    + String.join("、", where) + ", and the report names none of them alone; add 'place:' to the"
                    + " sidecar");
            return null;
        }
        return candidates.isEmpty() ? null : candidates.get(0).place();
    }

    /**
     * Whether the text names a city as the one it answers to: its party committee, congress, government or
     * court (南通市委, 北京市人大常委会, 北京市朝阳区人民代表大会, 福州市第十五届人民代表大会), and not as a place
     * visited or learnt from (赴北京市、上海市学习, 到南京市鼓楼区考察), where other units of a shared name are named.
     */
    static boolean namesAsParent(String text, String city, String unit) {
        for (int at = text.indexOf(city); at >= 0; at = text.indexOf(city, at + 1)) {
            int after = at + city.length();
            if (text.startsWith(unit, after)) {
                after += unit.length();
            }
            String before = text.substring(Math.max(0, at - 6), at);
            if (GOVERNS.matcher(text).region(after, text.length()).lookingAt() && !VISITS.matcher(before).find()
                    && !othersInClause(text, at, after, unit)) {
                return true;
            }
        }
        return false;
    }

    /** Words in a clause that make the units it names others': a visit received, a model followed or learnt from. */
    private static final Pattern OTHERS_CLAUSE = Pattern.compile("接待|参照|借鉴|学习|考察|交流|走访|参观|对标|赴|前往|兄弟");
    /** Words after a unit, in its clause, that make it a visitor: ……人大常委会考察团来访. */
    private static final Pattern VISITORS = Pattern.compile("考察团|考察组|代表团|一行|来访|来我");

    /**
     * Whether the clause that names a unit with its city names others: several units of the unit's name (南京市鼓楼区、
     * 徐州市鼓楼区、开封市鼓楼区人大常委会), a visit received or a model followed (接待……, 参照了……的议事规则), or visitors.
     */
    private static boolean othersInClause(String text, int at, int after, String unit) {
        int start = at;
        while (start > 0 && CLAUSE_ENDS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        int end = after;
        while (end < text.length() && CLAUSE_ENDS.indexOf(text.charAt(end)) < 0) {
            end++;
        }
        String clause = text.substring(start, end);
        return OTHERS_CLAUSE.matcher(text.substring(start, at)).find() || VISITORS.matcher(text.substring(after, end)).find()
                || clause.indexOf(unit + "、") >= 0 || clause.indexOf("、", clause.indexOf(unit)) >= 0
                && clause.indexOf(unit) != clause.lastIndexOf(unit);
    }

    /** What ends a clause, or a line of the title block. */
    private static final String CLAUSE_ENDS = "，。；：:\n";

    /** Whether a unit lies in the units named before it (成都市 before 武侯区, 四川省 before 成都市). */
    private static boolean agrees(Division d, List<PlaceFinder.Mention> outer) {
        for (PlaceFinder.Mention m : outer) {
            boolean inside = m.candidates().stream().anyMatch(o -> o.name().equals(d.province())
                    || o.name().equals(d.prefecture()));
            if (!inside) {
                return false;
            }
        }
        return true;
    }

    /** A name that looks like a place's, before 人民代表大会 or 人大 in the title or the delivery line, if any. */
    private static String unknownPlace(TitleBlock h) {
        for (String text : new String[] {h.title == null ? null : h.title.title(),
            h.deliveryLine == null ? null : h.deliveryLine.text()}) {
            String name = text == null ? null : placeName(text);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The first name that looks like a place's before 人民代表大会 or 人大 in a text, or null. */
    private static String placeName(String text) {
        String s = Simplified.of(text);
        Matcher m = PLACE_NAME.matcher(s);
        for (int from = 0; m.find(from); from = m.start() + 1) {
            if ((m.group(1).charAt(0) == '日' || m.group(1).charAt(0) == '年') && m.start(1) > 0
                    && (Character.isDigit(s.charAt(m.start(1) - 1))
                    || "〇零○一二三四五六七八九十".indexOf(s.charAt(m.start(1) - 1)) >= 0)) {
                continue; // a date's day or a year before the name (2023年9月5日林区……, 关于2023年全市人大……): the name
                // starts after it
            }
            // not a place: 全国, 本市, 我县, or words of a delivery line before a bare 县 (……1月10日在县第十七届人民代表大会); the
            // name may start later (……1月15日在无为县第十五届人民代表大会, 在襄樊市……上的讲话)
            // nor words of levels alone, as 全盟旗县市人大 (the league's banners, counties and cities) and 自治区人大 have them
            Matcher verb = VERB_BEFORE.matcher(m.group(1));
            if (LEVELS_ONLY.matcher(m.group(1)).matches()
                    || verb.lookingAt() && LEVELS_ONLY.matcher(m.group(1).substring(verb.end())).matches()) {
                return null;
            }
            if ("全本我该各此每".indexOf(m.group(1).charAt(0)) < 0 && !NOT_A_NAME.matcher(m.group(1)).find()) {
                return m.group(1);
            }
        }
        return null;
    }

    /**
     * The unit of the past that a name today's table does not hold stood for in the report's year (襄樊市 in 2008,
     * 无为县 in 2008, now 无为市), when the title or delivery line names one before 人民代表大会 or 人大.
     */
    private Place pastPlace(String text, int year, String source, List<String> warnings) {
        String name = placeName(text);
        return name == null ? null : inTime.named(name, year, source, warnings);
    }

    /** The lines an editor's note may stand on, as written: the title block's, the text's and the page's. */
    private static List<String> notesAsWritten(List<String> headerLines, List<Block> body, List<Removal> pageLines) {
        List<String> lines = new ArrayList<>(headerLines);
        body.forEach(b -> lines.add(b.text()));
        pageLines.forEach(r -> lines.add(r.text()));
        return lines;
    }

    private static String wholeText(TitleBlock h, List<Block> body, List<Removal> pageLines) {
        StringBuilder sb = new StringBuilder();
        pageLines.forEach(l -> sb.append(l.text()).append('\n'));
        h.lines.forEach(l -> sb.append(l).append('\n'));
        if (h.title != null) {
            sb.append(h.title.title()).append('\n');
        }
        for (Block b : body) {
            sb.append(b.text()).append('\n');
        }
        return Simplified.of(sb.toString());
    }

    /**
     * The place a sidecar gives: {@code place} (a name, names from the province down, or a six-digit division
     * code), else city, province.
     */
    private Place sidecarPlace(Sidecar sidecar, Integer year, List<String> warnings) {
        String given = sidecar.place() != null ? sidecar.place().strip() : sidecar.city() != null ? sidecar.city()
                : sidecar.province();
        if (given.matches("\\d{6}")) {
            Optional<Division> byCode = divisions.byCode(given);
            if (byCode.isPresent()) {
                return byCode.get().place();
            }
            // a unit of the past (341400, 巢湖市 until 2011), in the report's year when the code stood for several
            Optional<DivisionHistory.Period> past = history.byCode(given, year);
            if (past.isPresent()) {
                return past.get().place();
            }
            warnings.add("place: division code " + given + " (sidecar) is not in the divisions table or its history"
                    + (year == null ? "" : " for " + year) + "; write the place's name instead");
            return null;
        }
        Optional<PlaceFinder.Reading> r = places.congress(given + "人大", false);
        if (r.isPresent() && r.get() instanceof PlaceFinder.Named n
                && n.chain().get(0).start() == 0 && n.place().end() == given.length()) {
            Place p = resolve(n, given, SIDECAR, warnings);
            if (p != null) {
                return p;
            }
        }
        if (given.equals("全国")) {
            return Place.national();
        }
        String province = sidecar.province();
        if (province == null && sidecar.city() != null) {
            province = divisions.byName(sidecar.city()).map(Division::province).orElse(null);
        }
        if (province == null) {
            warnings.add("place: '" + given + "' (sidecar) is not in the divisions table; add 'province:' to the"
                    + " sidecar");
        }
        return new Place(given, null, Township.levelOf(given, places), sidecar.city(), province);
    }

    /** Whether the title block hides a name with a placeholder (XX市, ○○县). */
    private static boolean hasPlaceholder(List<SourceLine> header) {
        return header.stream().anyMatch(l -> PlaceFinder.hasPlaceholder(Simplified.of(l.text())));
    }

    /** Whether the text hides a name with a placeholder (某某公司, XXX同志). */
    private static boolean hidesNames(List<Block> body) {
        return body.stream().anyMatch(b -> PlaceFinder.hasPlaceholder(b.text()));
    }
}
