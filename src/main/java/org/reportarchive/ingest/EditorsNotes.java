package org.reportarchive.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.text.Simplified;

/**
 * What a publication's notes say about a report: an editor's note above or at the start of the text (编者按) may
 * give the session it was delivered at, say that it is a speech and who gave it, or that it is abridged; a closing
 * note ((本文有删节)) or an ellipsis standing for a passage left out says so too. Notes are read in simplified
 * characters.
 */
final class EditorsNotes {

    /** What an editor's note says of a text that is abridged: 编者按：……现将报告摘登如下。 */
    private static final Pattern ABRIDGED = Pattern.compile("摘登|摘要|节选|摘编|有删节|略有删节|摘录|有删减");
    /** A closing note that the text is abridged: （本文有删节）, （有删节）, （节选）, （本报告全文刊发时有删节）. */
    private static final Pattern ABRIDGED_NOTE = Pattern.compile(
            "^[（(]\\s*(本文|本报告|本讲话|全文|此文|文章|报告|讲话)?\\s*(全文)?\\s*(刊发|发表|刊登|转载|编发)?(时)?\\s*(有删节|略有删节|有所删节|有删减|系节选|为节选|节选|摘登|摘编|摘要)\\s*[）)]$");
    /** A paragraph that is an ellipsis alone (……): the place of a passage left out. */
    private static final Pattern OMISSION = Pattern.compile("^[…．.。·]{2,}$|^（略）$|^\\(略\\)$|^【略】$");
    /** A heading whose section's text the copy left out: 二、关于财政预算监督工作（略）. */
    private static final Pattern SECTION_LEFT_OUT = Pattern.compile("\\S[（(【]略[）)】]$");

    /** Whether a line ends in a mark that the text under it was left out: ……工作（略）. */
    static boolean endsInOmission(String line) {
        String t = line.strip();
        return SECTION_LEFT_OUT.matcher(t).region(Math.max(0, t.length() - 4), t.length()).find(); // (four characters)
    }

    /** An attachment's label: 附件：……, 附表2. */
    private static final Pattern ATTACHMENT_LABEL = Pattern.compile("^附[件表]?[0-9０-９一二三四五六七八九十]{0,2}([：:].*)?$");
    /**
     * At a meeting, as a note's sentence says the report was delivered: 在……第二次会议上, 在大会上, or 在会上 when the
     * sentence before named the session (……第一次会议开幕。……副主任陈晓峰在会上作……工作报告).
     */
    private static final String AT_MEETING = "在(?:[^，。；]{2,60}?(?:会议|大会)|大会|会议|会)上";
    /** An editor's note that says at which session the report was delivered. */
    private static final Pattern DELIVERED_TO = Pattern.compile("向(大会|会议)(作|做)?.{0,12}(工作)?报告|报告了.{0,10}工作"
            // (……主任马立新受市人大常委会委托作石嘴山市人民代表大会常务委员会工作报告, the session named before it)
            + "|受[^，。；]{2,20}委托，?([^，。；]{2,30}?)?(作|做)[^，。；]{0,30}报告"
            + "|" + AT_MEETING + "(作|做)了?[^，。；]{0,16}报告|听取(和审议)?了?[^，。；]{2,40}所作的[^，。；]{0,30}报告"
            // (the committee's work report heard, without who gave it: ……会议听取并审议了市人大常委会工作报告)
            + "|听取[和并]?(审议)?了?[^，。；所]{0,20}(常务委员会|常委会)[^，。；]{0,6}工作报告"
            // an encyclopedia's lead: 《……》是2023年1月10日在……会议上，……主任王建军所作的工作报告
            + "|" + AT_MEETING + "，[^，。；]{2,40}所作的[^，。；]{0,20}报告"
            // a news lead's clause after the session's: ……第四次会议17日开幕，市人大常委会主任骆文智作常委会工作报告
            + "|(?:^|[，；])[^，。；]{2,30}?主任[^，。；]{1,8}?(?<!所)(作|做)了?[^，。；]{0,20}(常务委员会|常委会)[^，。；]{0,6}工作报告");
    /** An editor's note saying a speech was given: 在闭幕会上发表重要讲话, 在开幕式上致辞. */
    private static final Pattern SPOKE_AT = Pattern.compile(
            "在(开幕会|闭幕会|开幕式|闭幕式|开幕大会|闭幕大会|大会|会议|全体会议)上(发表|作|做)?了?.{0,6}(讲话|致辞)|(发表|作|做)了?.{0,6}(讲话|致辞)"
                    + "|出席(开幕会|闭幕会|开幕式|闭幕式|开幕大会|闭幕大会|大会|会议)并(发表)?.{0,4}(讲话|致辞)");
    /** A plenary meeting of a session held on the day a note gives: 举行第二次全体会议. */
    private static final Pattern PLENARY = Pattern.compile("举行(了)?第[一二三四五六七八九十0-9]+次全体会议$");
    /**
     * Who delivered the report, in a note's sentence: 县人大常委会主任肖明华受县人大常委会委托，向大会作…报告, 主任孟庆林代表县人大常委会
     * 向大会作工作报告.
     */
    private static final Pattern DELIVERED_BY = Pattern.compile(
            "([^，。、；]{2,30}?)(?:受|代表)([^，。]{0,20}?)(?:的?委托)?，?向(?:大会|会议)(?:作|做)?([^，。；]{0,30})"
                    + "|([^，。、；]{2,30}?)(?:向(?:大会|会议)|" + AT_MEETING + ")(?:作|做)了?([^，。；]{0,30})"
                    // ……会议听取了区人大常委会主任王　伟所作的区人大常委会工作报告 (、……主任王梅所作的……, the next)
                    + "|(?:听取(?:和审议)?了?|、|(?<=会议上|大会上)，)([^，。、；]{2,30}?)所作的([^，。；、]{0,30})"
                    // (……主任马立新受市人大常委会委托作……工作报告: entrusted, without 向大会)
                    + "|([^，。、；]{2,30}?)受([^，。]{0,20}?)的?委托，?(?:作|做)([^，。；]{0,30}报告)"
                    // (受市人大常委会主任徐立新委托，市人大常委会副主任陆伟明作……工作报告: the one entrusted after)
                    + "|受([^，。]{2,30}?)的?委托，([^，。、；]{2,30}?)(?:向(?:大会|会议)|" + AT_MEETING + ")?(?:作|做)([^，。；]{0,30}报告)"
                    // (……会议17日开幕，市人大常委会主任骆文智作常委会工作报告: a clause of its own, the session's before it)
                    + "|(?:^|(?<=[，；]))([^，。、；]{2,30}?主任[^，。、；]{1,8}?)(?<!所)(?:作|做)了?([^，。；]{0,30}工作报告)");
    /** A day without its year: 1月10日上午. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![0-9０-９〇零○一二三四五六七八九十年])([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})日");
    /** A day of the month alone, as news leads give the day of the week they report on: 会议17日开幕. */
    private static final Pattern DAY_OF_MONTH = Pattern.compile(
            "(?<![0-9０-９〇零○一二三四五六七八九十年月第])([0-9０-９]{1,2})日(?![0-9０-９])");
    /** The most days between a day a note gives without its year and the day the note was posted. */
    private static final int RECENT_DAYS = 7;
    /** What follows the first day of a span: 至12日, —12日. */
    private static final Pattern SPAN = Pattern.compile("[\\s\\u3000]*(至|到|—|－|-|～|~)");
    /** A sentence about an earlier meeting than the one before it: 此前, 之前. */
    private static final Pattern PREVIOUSLY = Pattern.compile("此前|之前|先前|前一天|日前");
    /** What a clause says was delivered, when it is a work report and nothing else: 工作报告, 年度工作报告. */
    private static final Pattern WORK_REPORT = Pattern.compile("^[^，。；关于的]{0,6}工作报告$");
    /** The report a clause says was delivered is the standing committee's. */
    private static final Pattern COMMITTEE_REPORT = Pattern.compile("常务委员会|常委会");
    /** A sentence about a standing committee's work report, led by its title: 《……常务委员会工作报告》是……. */
    private static final Pattern COMMITTEES_TITLE = Pattern.compile("《[^《》]{0,40}(常务委员会|常委会)[^《》]{0,10}工作报告》");
    /** The end of an office: the title of a post. */
    private static final Pattern OFFICE_END = Pattern.compile("(书记|主任|委员长|主席|省长|市长|县长|区长|旗长|州长)$");

    /**
     * A closing note that says who gave the text and when: （本文系拉萨市人大常委会主任达瓦次仁2024年1月12日在闭幕会上的讲话）,
     * (此文为县人大常委会主任王平于2019年1月8日所作的工作报告).
     */
    private static final Pattern CLOSING_NOTE = Pattern.compile(
            "^[（(]\\s*(本文|此文|上文|以上|这)?\\s*(?:系|为|是)?(.{0,40}?)(?:同志)?(?:于|在)?\\s*$");
    private static final Pattern GIVEN = Pattern.compile("(讲话|致辞|发言|报告|说明)(稿|全文|摘要)?"
            + "([，,]\\s*(有删节|略有删节|有所删节|节选|摘登|摘编))?[。.]?\\s*[）)]$");

    /**
     * Who gave a text, when and where, as a closing note says.
     *
     * @param meeting the meeting the note names after the day (……2024年2月27日在市七届人大常委会第十五次会议闭会时的讲话), or null
     */
    record Closing(java.time.LocalDate date, FrontMatter.Speaker speaker, boolean speech, FrontMatter.Delivery meeting) {
    }

    private EditorsNotes() {
    }

    /** The closing note among the last lines under the text, if one says when (and by whom) the text was given. */
    static Closing closing(List<String> lastLines) {
        for (String line : lastLines) {
            String s = Simplified.of(line.strip());
            java.util.Optional<FrontMatter.DayAt> day = FrontMatter.firstDay(s);
            Matcher held = day.isEmpty() ? null : HELD_ON_BEFORE.matcher(s.substring(0, day.get().start()));
            if (s.length() <= 120 && held != null && held.matches() && namesItsMeeting(held.group(4), held.group(3))
                    && HELD_ON_AFTER.matcher(s.substring(day.get().end())).matches()) {
                // the day in a clause after the note, of the meeting it names: （本文系作者在……座谈会上的发言，有删节，会议于
                // 2023年4月12日在区人大常委会召开）
                return new Closing(day.get().date(), null, true, null);
            }
            if (s.length() > 120 || !GIVEN.matcher(s).find() || day.isEmpty()) {
                continue;
            }
            Matcher before = CLOSING_NOTE.matcher(s.substring(0, day.get().start()));
            if (!before.matches()) {
                continue;
            }
            FrontMatter.Speaker speaker = FrontMatter.parseSpeaker(before.group(2)).filter(sp -> sp.name() != null)
                    .orElse(null);
            if (before.group(1) == null && speaker == null) {
                continue; // a note that neither says it is of this text nor names who gave it: （根据……修改后的报告）
            }
            Matcher given = GIVEN.matcher(s);
            // (the meeting it was given at, not one it names as a time: ……在市五届人大常委会第九次会议闭会后召开的座谈会上)
            Matcher at = GIVEN_AT.matcher(s.substring(day.get().end()));
            FrontMatter.Delivery meeting = !at.lookingAt() ? null
                    : FrontMatter.meeting(at.group()).filter(m -> m.session() != null).orElse(null);
            return new Closing(day.get().date(), speaker, given.find() && given.group(1).matches("讲话|致辞|发言"), meeting);
        }
        return null;
    }

    /**
     * A closing note that says whose speech the text was and at which meeting, and then when the meeting was held: the
     * part before its day (……在全区乡镇人大工作座谈会上的发言，有删节，会议于), and after it (在区人大常委会召开）).
     */
    private static final Pattern HELD_ON_BEFORE = Pattern.compile("^[（(]\\s*(本文|此文|上文)(系|为|是)[^（）()，,。]{0,40}?在"
            + "([^（）()，,。]{2,60}?)[上时]的(?:讲话|致辞|发言)(?:稿|全文|摘要)?(?:[，,]\\s*(?:有删节|略有删节|有所删节|节选|摘登|摘编))?"
            + "[，,]([^（）()，,。]{1,30})于$");

    /**
     * Whether a clause's subject is the meeting the note names: a word for it (会议, 大会, 本次会议), or the end of its name
     * (座谈会 for 全县乡镇人大工作座谈会); not another meeting (泾县第一届人民代表大会于1954年……召开).
     */
    private static boolean namesItsMeeting(String subject, String meeting) {
        return MEETING_WORD.matcher(subject).matches() || meeting.endsWith(subject);
    }

    private static final Pattern MEETING_WORD = Pattern.compile("(本次|此次|这次|该)?(会议|大会|会)");
    private static final Pattern HELD_ON_AFTER = Pattern.compile("^[^（）()，,。]{0,30}(召开|举行)[。.]?\\s*[）)]$");

    /** The meeting a closing note says a text was given at, after its day: 在市七届人大常委会第十五次会议闭会时的讲话. */
    private static final Pattern GIVEN_AT = Pattern.compile("^[在于]?[^，。]{0,40}?会议(第[一二三四五六七八九十]{1,3}次全体会议)?"
            + "(上|闭会时|闭幕时|开幕时|闭幕会上|开幕会上|闭幕式上|开幕式上)?(所作)?的[^，。（）()]{0,6}(讲话|致辞|发言|报告|说明)");

    /** Whether a closing note among the last lines says the text is a speech, dated or not: （本文系作者在……会上的讲话）. */
    static boolean saysASpeech(List<String> lastLines) {
        return lastLines.stream().anyMatch(l -> SPEECH_NOTE.matcher(Simplified.of(l.strip())).matches());
    }

    private static final Pattern SPEECH_NOTE = Pattern.compile(
            "^[（(]\\s*(本文|此文|上文)(系|为|是)[^（）()]{0,60}在[^（）()]{2,60}[上时]的(讲话|致辞|发言)(稿|全文|摘要)?"
                    + "([，,。；;][^（）()]{0,60})?[）)]$"); // (not a text about a speech: ……讲话精神的心得体会）

    /** The sentences of the editor's notes in the title block or the first two paragraphs, in simplified characters. */
    private static List<String[]> editorsNotes(List<String> headerLines, List<Block> body) {
        return editorsNotes(headerLines, body, true);
    }

    /**
     * @param leadsInText whether a lead left in the text that only says who gave the report counts: for its day and
     *                    its session it does (a news item's first paragraph names them as well); for who gave the text
     *                    it does not (the news item is not that speaker's)
     */
    private static List<String[]> editorsNotes(List<String> headerLines, List<Block> body, boolean leadsInText) {
        List<String> candidates = new ArrayList<>(headerLines);
        for (int i = 0; i < Math.min(2, body.size()); i++) {
            candidates.add(body.get(i).text());
        }
        List<String[]> notes = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            String note = Simplified.of(candidates.get(i).strip());
            if (i + 1 < candidates.size() && FrontMatter.isNewsLeadOverTwoLines(note, candidates.get(i + 1))) {
                // a lead whose last words stand on a line of their own (以下为报告全文：)
                notes.add((note + Simplified.of(candidates.get(i + 1).strip())).split("。"));
                i++;
            } else if (FrontMatter.isEditorsNote(note)
                    && (leadsInText || i < headerLines.size() || !FrontMatter.onlySaysWhoGaveIt(note)
                    && introducesTheText(body, i - headerLines.size()))) {
                // (a lead that only says who gave the report is the editor's over the text, in its title block; left in
                // the text, it is a news item's own first paragraph: 1月15日上午，……向大会报告工作。 / 报告指出，……)
                notes.add(note.split("。"));
            }
        }
        return notes;
    }

    /**
     * Whether a paragraph of the text is followed by the report's own opening (各位代表：): a lead that introduces the
     * report, not a news item's first paragraph, which goes on in the item's own words (报告指出，……).
     */
    private static boolean introducesTheText(List<Block> body, int paragraph) {
        if (paragraph + 1 >= body.size()) {
            return false;
        }
        String next = body.get(paragraph + 1).text();
        return FrontMatter.isSalutation(next) || FrontMatter.isAddressee(next);
    }

    /** Who a note's sentence says gave the speech: 市委书记李红梅出席闭幕会并讲话, 区委书记李红军在闭幕会上发表重要讲话. */
    private static final Pattern SPOKE_BY = Pattern.compile(
            "([^，。、；]{2,30}?)(?:同志)?(?:出席[^，。；]{0,20}?并|在[^，。；]{0,40}?上)(?:发表|作|做)?了?[^，。；]{0,6}(?:讲话|致辞)");

    /** The speaker a note's sentence about a speech names, with the office before the name, or null. */
    static FrontMatter.Speaker spokeBy(String sentence) {
        Matcher m = SPOKE_BY.matcher(sentence);
        if (!m.find()) {
            return null;
        }
        FrontMatter.Speaker s = FrontMatter.parseSpeaker(m.group(1).replaceFirst("^.*[，、；]", "").strip()).orElse(null);
        return s != null && s.name() != null && s.office() != null ? s : null;
    }

    /** The sentence of an editor's note that says a speech was given, if there is one. */
    static String speechSentence(List<String> headerLines, List<Block> body) {
        for (String[] note : editorsNotes(headerLines, body)) {
            for (String sentence : note) {
                if (SPOKE_AT.matcher(sentence).find()) {
                    return sentence;
                }
            }
        }
        return null;
    }

    /** The speaker an editor's note says delivered the report (县人大常委会主任肖明华受……委托，向大会作……报告), or null. */
    static FrontMatter.Speaker deliveredBy(List<String> headerLines, List<Block> body) {
        for (String[] note : editorsNotes(headerLines, body, false)) {
            for (String sentence : note) {
                if (!DELIVERED_TO.matcher(sentence).find()) {
                    continue;
                }
                Matcher m = DELIVERED_BY.matcher(sentence);
                while (m.find()) {
                    // of several reports a note names (政府工作报告, 常务委员会工作报告), the standing committee's
                    // (受县人大常委会委托，向大会作工作报告: the committee's report, as the one who entrusted it says)
                    // (代表县人大常委会向大会作关于《……》的说明: the committee's, but not its report)
                    // (受……委托, with 向大会 or not, who was entrusted before it or after it)
                    int by = m.group(1) != null ? 1 : m.group(8) != null ? 8 : m.group(11) != null ? 11 : 0;
                    boolean entrusted = by > 0;
                    boolean heard = m.group(6) != null;
                    boolean clause = m.group(14) != null;
                    String who = by == 11 ? m.group(12) : entrusted ? m.group(by) : heard ? m.group(6)
                            : clause ? m.group(14) : m.group(4);
                    String entruster = by == 11 ? m.group(11) : entrusted ? m.group(by + 1) : null;
                    String delivered = entrusted ? m.group(by + 2) : heard ? m.group(7) : clause ? m.group(15) : m.group(5);
                    // (《……常务委员会工作报告》是……，……主任王建军所作的工作报告: the committee's, as the lead's title says;
                    // 受市人大常委会委托，向大会报告工作: the committee's work)
                    boolean committees = COMMITTEE_REPORT.matcher(delivered).find() || entrusted
                            && COMMITTEE_REPORT.matcher(entruster).find()
                            && (WORK_REPORT.matcher(delivered).matches() || delivered.startsWith("报告工作"))
                            || heard && WORK_REPORT.matcher(delivered).matches() && COMMITTEES_TITLE.matcher(sentence).lookingAt();
                    FrontMatter.Speaker s = FrontMatter.parseSpeaker(who.replaceFirst("^.*[，、；]", "").strip())
                            .orElse(null);
                    if (s != null && s.name() != null && committees) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The office an editor's note gives the speaker, just before the name in the sentence that says the speech
     * was given ({@code 区委书记李红军在闭幕会上发表重要讲话}): null unless it ends in a title (书记, 主任 ...).
     */
    static String officeBefore(String sentence, String name) {
        int at = sentence == null || name == null ? -1 : sentence.indexOf(name);
        if (at <= 0) {
            return null;
        }
        String before = sentence.substring(0, at);
        String office = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf('、')) + 1).strip();
        return office.length() >= 3 && office.length() <= 20 && OFFICE_END.matcher(office).find() ? office : null;
    }

    /**
     * The sentence of an editor's note that says at which session, and so of which place's congress, the report was
     * delivered (……在金秀瑶族自治县第十七届人民代表大会第四次会议第二次全体会议上作县人大常委会工作报告), or null.
     */
    static String deliverySentence(List<String> headerLines, List<Block> body) {
        for (int pass = 0; pass < 2; pass++) {
            for (String[] note : editorsNotes(headerLines, body)) {
                for (String sentence : note) {
                    if ((pass == 1 || committeesReport(sentence))
                            && (DELIVERED_TO.matcher(sentence).find() || SPOKE_AT.matcher(sentence).find())) {
                        if (FrontMatter.meeting(sentence).filter(d -> d.session() != null).isPresent()) {
                            return sentence;
                        }
                        for (String other : note) { // (……第四次会议……胜利闭幕。市委书记李红梅出席闭幕会并讲话。)
                            if (FrontMatter.meeting(other).filter(d -> d.session() != null).isPresent()) {
                                return other;
                            }
                        }
                    }
                }
            }
        }
        return null;
    }

    /**
     * Whether a note's sentence is about the standing committee's work report (……县人大常委会主任谢晓兰在县十八届人大一次会议上
     * 作县人大常委会工作报告), not another body's report or another meeting's (……省人大常委会主任刘奇在……会议上作报告时强调).
     */
    private static boolean committeesReport(String sentence) {
        return COMMITTEES_WORK_REPORT.matcher(sentence).find() && !sentence.contains("政府工作报告");
    }

    /** A standing committee's work report, as a note names it: 作县人大常委会工作报告, 代表市人大常委会向大会作工作报告. */
    private static final Pattern COMMITTEES_WORK_REPORT = Pattern.compile(
            "(常务委员会|常委会)[^，。；会]{0,20}工作报告|(?<!人民)代表(?!大会)[^，。；]{0,20}(常务委员会|常委会)[^，。；]{0,12}(作|做)[^，。；]{0,6}报告");

    /**
     * The session an editor's note says the report was delivered at (编者按：……第十八届人民代表大会第三次会议……向大会作
     * 常委会工作报告), or the speech was given at: its meeting and year, and its day only where the note makes
     * it the report's.
     */
    static FrontMatter.Delivery delivery(List<String> headerLines, List<Block> body, LocalDate posted,
                                         boolean speechOnly) {
        List<String[]> notes = editorsNotes(headerLines, body);
        for (int pass = speechOnly ? 1 : 0; pass < 2; pass++) {
        for (String[] note : notes) {
            for (String sentence : note) {
                boolean speech = !DELIVERED_TO.matcher(sentence).find();
                if (speech && !SPOKE_AT.matcher(sentence).find() || speechOnly && !speech
                        || pass == 0 && !committeesReport(sentence)) {
                    continue; // (a report's sentence in a note over a speech, and the committee's report's first)
                }
                FrontMatter.Delivery d = FrontMatter.meeting(sentence).orElse(null);
                boolean sameSentence = d != null && d.session() != null;
                String dated = sentence;
                if (!sameSentence) {
                    // the session named in another sentence of the note
                    for (String other : note) {
                        d = FrontMatter.meeting(other).orElse(null);
                        if (d != null && d.session() != null) {
                            dated = other;
                            break;
                        }
                    }
                }
                if (d != null && d.session() != null) {
                    // a day in the sentence that says the report was delivered is the report's; the day a session
                    // opened (开幕) is not: then the year only. A speech at a closing (or opening) meeting was given
                    // on the day the note says the session closed (or opened).
                    // A report delivered at the plenary meeting the note dates (……第五次会议举行第二次全体会议。……向大会
                    // 作常务委员会工作报告) was given that day.
                    boolean reportDay = (sameSentence ? !sentence.contains("开幕") && (speech || !sentence.contains("闭幕"))
                            : speech ? sentence.contains("闭幕") && dated.contains("闭幕")
                                    || sentence.contains("开幕") && dated.contains("开幕")
                            : PLENARY.matcher(dated.strip()).find() && !dated.contains("开幕")
                                    && nextReport(note, dated, sentence) && !PREVIOUSLY.matcher(sentence).find());
                    // of the days a plenary's sentence gives (……9日召开的……会议，10日上午举行第二次全体会议), the plenary's
                    LocalDate plenary = sameSentence || speech ? null : plenaryDay(dated);
                    LocalDate day = !reportDay ? null : plenary != null ? plenary
                            : d.date() != null ? d.date() : recentDay(dated, posted);
                    // (the year of a day the note gives without it, the session's opening, is the report's year)
                    LocalDate recent = day != null || d.year() != null ? null : recentDay(dated, posted);
                    Integer year = d.year() != null ? d.year() : day != null ? Integer.valueOf(day.getYear())
                            : recent != null ? Integer.valueOf(recent.getYear()) : null;
                    return new FrontMatter.Delivery(day, year, null, d.congress(), d.session(), d.standingCommittee(),
                            null);
                }
            }
        }
        }
        return null;
    }

    /**
     * Whether a note's sentence that says a report was delivered is the first after the one that dates the plenary
     * meeting to say anything was delivered or spoken (……举行第二次全体会议。……在主席台就座。会议听取了……报告).
     */
    private static boolean nextReport(String[] note, String dated, String delivered) {
        List<String> sentences = java.util.Arrays.asList(note);
        int from = sentences.indexOf(dated);
        int to = sentences.indexOf(delivered);
        if (from < 0 || to <= from) {
            return false;
        }
        for (int k = from + 1; k < to; k++) {
            if (sentences.get(k).contains("报告") || sentences.get(k).contains("讲话") || sentences.get(k).contains("说明")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A day a note gives without its year (1月10日上午，……举行第二次全体会议), as the day of that year it was before the
     * note was posted, when that is at most a week before: a note posted on 2023-01-11 about 1月10日 means 2023-01-10.
     * The day is the one the plenary was held on (the last before 举行), or the only one the sentence gives; null for
     * a span of days (1月9日至12日), for several days and no plenary, without the day the note was posted, or when the
     * day is longer before it.
     */
    static LocalDate recentDay(String sentence, LocalDate posted) {
        if (posted == null || FrontMatter.containsYear(sentence)) {
            return null;
        }
        int held = sentence.lastIndexOf("举行");
        Matcher m = MONTH_DAY.matcher(sentence);
        Matcher found = null;
        int days = 0;
        while (m.find()) {
            days++;
            if (SPAN.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                return null; // 1月9日至12日: the session's days, not the report's
            }
            if (held < 0 || m.start() < held) {
                found = MONTH_DAY.matcher(sentence);
                found.find(m.start());
            }
        }
        if (days == 0) {
            return dayOfTheMonth(sentence, posted);
        }
        if (found == null || held < 0 && days > 1) {
            return null;
        }
        try {
            java.time.MonthDay md = java.time.MonthDay.of(ChineseNumbers.parse(found.group(1)),
                    ChineseNumbers.parse(found.group(2)));
            int year = md.atYear(posted.getYear()).isAfter(posted) ? posted.getYear() - 1 : posted.getYear();
            if (!md.isValidYear(year)) {
                return null; // 2月29日 of a year without it
            }
            LocalDate day = md.atYear(year);
            return java.time.temporal.ChronoUnit.DAYS.between(day, posted) <= RECENT_DAYS ? day : null;
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The one day of the month a sentence gives (……会议17日开幕), as the day of that number at most a week before the note
     * was posted (in its month or the month before); null for none, several, a span (17日至20日) or a longer gap.
     */
    private static LocalDate dayOfTheMonth(String sentence, LocalDate posted) {
        Matcher m = DAY_OF_MONTH.matcher(sentence);
        if (!m.find() || SPAN.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
            return null;
        }
        int day = ChineseNumbers.parse(m.group(1));
        if (m.find() || day < 1 || day > 31) {
            return null;
        }
        LocalDate month = day <= posted.getDayOfMonth() ? posted : posted.minusMonths(1);
        if (day > month.lengthOfMonth()) {
            return null;
        }
        LocalDate found = month.withDayOfMonth(day);
        return java.time.temporal.ChronoUnit.DAYS.between(found, posted) <= RECENT_DAYS ? found : null;
    }

    /**
     * A day given without its year (（1月12日）) in an issue of a gazette or a journal: the day of the issue's year
     * when the issue may print it that year, its month at most one after the issue's number (2024年第1期 prints a
     * day of January 2024); null when the issue may print a day of the year before (12月28日 in 2024年第1期), or the
     * line gives no single day.
     */
    static LocalDate dayInIssue(String line, int issueYear, int issueNumber) {
        Matcher m = MONTH_DAY.matcher(line);
        if (FrontMatter.containsYear(line) || !m.find()
                || SPAN.matcher(line).region(m.end(), line.length()).lookingAt()) {
            return null;
        }
        try {
            int month = ChineseNumbers.parse(m.group(1));
            java.time.MonthDay md = java.time.MonthDay.of(month, ChineseNumbers.parse(m.group(2)));
            return m.find() || month > issueNumber + 1 || !md.isValidYear(issueYear) ? null : md.atYear(issueYear);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /**
     * The day a sentence says a plenary was held on: the last day it gives before 举行, with its year, or without it
     * after one with its year (2023年1月9日召开的……会议，1月10日上午举行……: 2023-01-10); null if it gives none.
     */
    static LocalDate plenaryDay(String sentence) {
        int held = sentence.lastIndexOf("举行");
        FrontMatter.Dated full = held < 0 ? null : FrontMatter.lastDayBefore(sentence, held);
        if (full == null) {
            return null;
        }
        Matcher m = MONTH_DAY.matcher(sentence);
        LocalDate later = null;
        while (m.find() && m.start() < held) {
            if (m.start() > full.start()) {
                try {
                    later = LocalDate.of(full.day().getYear(), ChineseNumbers.parse(m.group(1)),
                            ChineseNumbers.parse(m.group(2)));
                } catch (java.time.DateTimeException e) {
                    later = null;
                }
            }
        }
        return later == null ? full.day() : later.isBefore(full.day()) ? null : later;
    }

    private static boolean isAbridgedNote(String text) {
        // (not the title of another document it names, 《……立法计划摘要》, nor a note that the text is printed whole)
        String own = text.replaceAll("《[^》]*》", "");
        return FrontMatter.isEditorsNote(text) && ABRIDGED.matcher(own).find() && !WHOLE.matcher(own).find();
    }

    /**
     * Whether a publication's note of where the text is from says it is abridged: （本文转载自北海日报，有删节）,
     * （来源：……，有删节）.
     */
    static boolean isAbridgedSource(String line) {
        return ABRIDGED_SOURCE.matcher(line).matches();
    }

    private static final Pattern ABRIDGED_SOURCE = Pattern.compile(
            "^[（(][^（）()]{0,80}[，,、\\s]\\s*(有删节|略有删节|有所删节|有删减|节选|摘登|摘编)"
                    // (and a clause after it: ……，有删节。作者系固始县人大常委会主任）, ……，有删节，会议于……在雷山县召开）)
                    + "([。，,；;][^（）()]{2,60})?\\s*[）)]$");

    /** A note that the text is printed whole: 本报告全文刊发, 全文如下. */
    private static final Pattern WHOLE = Pattern.compile("全文(刊发|刊登|发表|转载|如下)");

    /** Whether an editor's note (in the title block or the first paragraphs) or a closing note says the text is abridged. */
    static boolean abridged(List<String> headerLines, List<Block> body) {
        for (String line : headerLines) {
            if (isAbridgedNote(Simplified.of(line.strip()))) {
                return true;
            }
        }
        int seen = 0;
        for (Block b : body) {
            if (seen++ == 3) {
                break;
            }
            if (isAbridgedNote(Simplified.of(b.text().strip()))) {
                return true;
            }
        }
        boolean attached = false; // (from the attachment's label on: 附件：1．……（略） / 2．……（略）)
        for (Block b : body) {
            attached |= ATTACHMENT_LABEL.matcher(b.text().strip()).matches();
            if (OMISSION.matcher(b.text().strip()).matches() || endsInOmission(b.text()) && !attached) {
                // a passage left out, marked by an ellipsis of its own, or a section's text (……工作（略）); an
                // attachment a document prints as 附件：……（略）, 附：……（略）, is left out by the document itself
                return true;
            }
        }
        for (int i = body.size() - 1; i >= 0 && i >= body.size() - 2; i--) {
            if (isClosingAbridgedNote(Simplified.of(body.get(i).text().strip()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a note under a text (in simplified characters) says it is abridged: （本文有删节）, （编者注：本文有删节。原文见……）,
     * （根据录音整理，有删节）.
     */
    static boolean isClosingAbridgedNote(String line) {
        return ABRIDGED_NOTE.matcher(line).matches() || isAbridgedNote(line) || isAbridgedSource(line);
    }
}
