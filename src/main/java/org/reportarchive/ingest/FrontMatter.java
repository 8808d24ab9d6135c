package org.reportarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.text.Simplified;

/**
 * Recognises the lines that open a report: its title, the delivery line
 * ({@code 2021年11月24日在乐山市第八届人民代表大会第一次会议上}), the speaker line ({@code 乐山市人大常委会主任 赖淑芳})
 * and the salutation ({@code 各位代表：}). Lines are read in simplified characters; what is taken from them
 * (a title, an office, a name) is taken from the line as written.
 */
public final class FrontMatter {

    private static final String CN_NUM = "[0-9０-９〇零○一二三四五六七八九十百两]+";
    /** A year: in digits, or in Chinese numerals, where a scan or a typist may set 0 or O for 〇 (二00三年). */
    private static final String YEAR = "([0-9０-９]{4}|[一二][〇零○0０OＯ一二三四五六七八九]{3})";
    /** A month: its number, or 元 for January (二〇一五年元月十二日). */
    private static final String MONTH = "(" + CN_NUM + "|元)";
    private static final Pattern DATE_CN = Pattern.compile(YEAR + "\\s*年\\s*" + MONTH + "\\s*月\\s*(" + CN_NUM
            + ")\\s*[日曰]"); // (曰 for 日: a scan's misreading)
    private static final Pattern YEAR_WORD = Pattern.compile(YEAR + "\\s*年");
    /** A month without its day: 2024年1月在……会议上. */
    private static final Pattern YEAR_MONTH = Pattern.compile(YEAR + "\\s*年\\s*" + MONTH + "\\s*月(?!\\s*[0-9０-９〇零○一二三四五六七八九十])");
    private static final Pattern YEAR_PLACEHOLDER_DAY = Pattern.compile(
            YEAR + "\\s*年\\s*[XxＸｘ×某○〇_＿*＊]{1,2}\\s*月(\\s*[XxＸｘ×某○〇_＿*＊]{1,2}\\s*日)?");
    private static final Pattern DATE_NUM = Pattern.compile(
            "(?<![0-9０-９])([0-9０-９]{4})\\s*[-－.．/／]\\s*([0-9０-９]{1,2})\\s*[-－.．/／]\\s*([0-9０-９]{1,2})(?![0-9０-９])");
    /**
     * 第八届人民代表大会第一次会议, 十七届人大常委会第二十次会议, 第十六届人民代表大会常务委员会第三十次全体会议, and
     * the short form 十七届人大三次会议.
     */
    private static final Pattern MEETING = Pattern.compile("(第?(" + CN_NUM + ")届(?:全国)?(?:人民代表大会|人大)"
            + "(常务委员会|常委会)?第?(" + CN_NUM + ")次(?:全体)?会议)");
    /**
     * A congress named before its term (市人大十四届三次会议, 人民代表大会第十四届第三次会议): read in the usual order. Not the
     * national congress's (传达学习全国人大十四届二次会议精神), whose sessions are no local report's.
     */
    private static final Pattern CONGRESS_FIRST = Pattern.compile("(?<!全国)(人民代表大会|人大)(第?" + CN_NUM + "届)(?=(常务委员会|常委会)?第?"
            + CN_NUM + "次(全体)?会议)");
    private static final Pattern AT_MEETING = Pattern.compile("在(.{2,40}?)(会议|大会|会)上");
    private static final Pattern TITLE = Pattern.compile(
            "^(.{0,40}?(人民代表大会常务委员会|人大常委会).{0,10}?(工作报告|报告)"
                    + "|.{2,40}?(工作报告|的讲话|上的讲话|讲话|致辞|发言|主持词|开幕词|闭幕词|开幕辞|闭幕辞)"
                    // a report titled without 关于 (……计划执行情况与2024年计划草案的报告), not a heading
                    + "|(?![一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.、．]).{4,60}?的(报告|汇报)"
                    + "|开幕词|闭幕词|开幕辞|闭幕辞|主持词|就职讲话|就职发言|致辞" // (the genre alone, a program's page: 开幕词)
                    // the other reports titled without 关于: a deputy's (区人大代表刘晓燕2024年度履职报告), a study's, an
                    // inspection's (食品安全法执法检查报告), how proposals were handled (2024年代表建议办理情况报告), a law's
                    // review (《天津市城市绿化条例》立法后评估报告); and a
                    // list of appointments (甘肃省人民代表大会常务委员会任免名单)
                    + "|(?![一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.、．])"
                    // (the genre word alone is a site's column over the title: 履职报告, 专题调研报告, 代表履职报告)
                    + "(?!专题)[^，。；：:]{3,40}?(履职报告|述职报告|履职情况报告|调研报告|调查报告|视察报告|检查报告|办理情况报告|评估报告"
                    + "|任免名单)"
                    + "|(.{2,40}?(常委会|常务委员会|执法检查组|调研组|视察组|检查组|课题组|委员会|办公厅|办公室|人民政府|法院|检察院|次会议))?关于.{2,80}的(说明|决议|决定|[^的]{0,4}报告|审议意见|意见|议案|通知|通报|批复|复函)"

                    + "|.{0,40}?(人民代表大会|人大).{0,60}(审议意见|意见|办法|规定|规则|公告)"
                    + "|(?![一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.、．])" // (not a heading)
                    // (a plan's title names the law it is for: ……常委会2024年《中华人民共和国安全生产法》执法检查工作方案)
                    + ".{0,40}?(人民代表大会|人大|常委会|常务委员会)(.{0,20}?|.{0,12}?《[^》]{2,30}》.{0,12}?)"
                    + "(工作要点|工作计划|工作总结|工作安排|工作打算|工作方案|实施方案)"
                    + "([和及].{0,12}?(工作要点|工作计划|工作安排|工作打算|打算|思路))?"
                    + "|.{2,40}?(决议|决定))$");
    private static final Pattern TITLE_HEAD = Pattern.compile(
            "^.{0,30}?(人民代表大会常务委员会|人大常委会|人民代表大会主席团|人大主席团|人大工作委员会|人大工委|人民代表大会|常务委员会)"
                    + "((第?[0-9０-９〇零一二三四五六七八九十百两]+次)?(全体)?会议|[^，。\\s]{2,16}(委员会|办公室|办公厅)"
                    + "|[^，。\\s]{0,10}(执法检查组|检查组|调研组|视察组))?$");
    /** One of those a speech addresses, as its salutation names them. */
    private static final String ADDRESSED = "(尊敬的)?(各位\\p{IsHan}{0,4}?(代表|委员|同志|领导|来宾|嘉宾|朋友|议员|选民)|同志们|朋友们"
            + "|女士们|先生们|代表们|委员们|老领导|老同志|老干部|老代表)"; // (各位老领导、老同志，同志们：)
    private static final Pattern SALUTATION = Pattern.compile(
            "^(各位代表|同志们|各位委员|各位议员|各位领导|各位代表、同志们|各位代表，同志们|各位代表,同志们|同志们、朋友们|同志们，朋友们"
                    + "|尊敬的各位选民|各位选民|尊敬的各位代表|尊敬的各位领导"
                    // (the committee's name before its chair: 县人大常委会主任、各位副主任、各位委员)
                    // (and the chair's other office, with 委员 after the deputies: 旗人大常委会主任、党组书记，各位副主任、委员)
                    + "|(尊敬的)?((自治[区州县旗]|[省市县区旗州])?(人大常委会|人民代表大会常务委员会))?(委员长|主任)?([、，,]党组书记)?"
                    + "[、，,]?(各位)?副(委员长|主任)[、，,](秘书长[、，,])?(各位)?委员([、，,]同志们)?"
                    // those addressed, one or more: 各位选民代表, 各位代表、各位同志, 各位委员、各位来宾, 女士们、先生们
                    + "|" + ADDRESSED + "([、，,]" + ADDRESSED + ")*)[:：,，!！]?$");
    private static final Pattern OFFICE_TITLE = Pattern.compile(
            "(副委员长|委员长|副主任|主任|副主席|主席|副书记|书记|副省长|省长|副市长|市长|秘书长|副县长|县长|副区长|区长"
                    + "|副旗长|旗长|副州长|州长|副厅长|厅长|副局长|局长|副部长|部长|副院长|院长|副检察长|检察长|审计长|代表|委员"
                    + "|召集人|副组长|组长)");
    /** The body a deputy or a member sits in, which their office names: 市人大代表, 县政协委员, 常委会委员. */
    private static final Pattern OF_A_BODY = Pattern.compile("人大|政协|常委|委员会|人民代表大会|代表团|小组");
    private static final Pattern NAME = Pattern.compile("^\\p{IsHan}([\\s\\u3000]{0,3}\\p{IsHan}){1,3}$"
            // names of several parts, joined by a middle dot (艾尔肯·吐尔逊)
            + "|^\\p{IsHan}{1,8}([\\s\\u3000]?[·•・‧．.][\\s\\u3000]?\\p{IsHan}{1,8}){1,2}$");
    /** A deputy's work and name after the office: 　乡村医生　李春花, 、县一中教师　王芳. */
    private static final Pattern JOB_AND_NAME = Pattern.compile(
            "^([、，,]?)[\\s\\u3000]*([^\\s\\u3000，。；、]{2,12})[\\s\\u3000]+(\\p{IsHan}(?:[\\s\\u3000]?\\p{IsHan}){1,3})$");

    /** What no office holds: a headline's dash, a year (……——2010年度优秀人大代表). */
    private static final Pattern NOT_AN_OFFICE = Pattern.compile("——|[0-9０-９]{4}年");

    /** The mark a journal's byline sets before its author's name: □ 李国强, ◎王红. */
    private static final Pattern BYLINE_MARK = Pattern.compile("^[□■◎◇◆][\\s\\u3000]*");
    /** A name of five or six characters, written without a middle dot (宝音朝克图), only after an office. */
    private static final Pattern LONG_NAME = Pattern.compile("^[^会报告工作议讲话说明决定\\P{IsHan}]{5,6}$");
    /**
     * Family names, the common single ones and the compound ones, for a line that holds a name alone: a name
     * under a title is only taken as the speaker's when it starts with one.
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚"
            + "邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒"
            + "阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车"
            + "项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩"
            + "明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆"
            + "朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那"
            + "宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由";
    private static final Pattern COMPOUND_SURNAME = Pattern.compile(
            "^(欧阳|司马|诸葛|上官|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|西门|南宫|独孤|轩辕|百里|呼延|澹台)");
    /** The opening of an editor's note: 【编者按】, （编者注）：, 编者按：. */
    private static final Pattern EDITORS_NOTE = Pattern.compile(
            "^([（(【\\[](编者按|编者注|编辑按|编者的话|编者|导读|导语|简介|视频简介|内容简介)[】\\]）)][:：]?"
                    + "|[（(]?(编者按|编者注|编辑按|编者的话|编者|导读|导语|简介|视频简介|内容简介)[:：])");
    /** A name replaced by a placeholder in an anonymised document. */
    private static final Pattern PLACEHOLDER_NAME = Pattern.compile("^([×XxＸｘ*＊○〇_＿]\\s*){2,4}$|^某某$|^某[\\p{IsHan}]{0,2}某$");
    /** Short lines under a title that are not names. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "^(全文|正文|摘要|目录|附件|前言|报告|讲话|说明|决议|决定|发言|致辞|草案|公告|通知|名单|要闻|来源|作者|编辑|大会|会议|全会"
                    // what a news app or a social post prints under a title: follow, report, comment, like, share
                    + "|关注|举报|评论|点赞|在看|分享|收藏|转发|阅读原文|打印|关闭|返回"
                    // what follows an office in an appointment's line: ……的……局长职务
                    + "|职务|职位|职责|同志"
                    // what ends a meeting's minutes or record: ……主任会议纪要
                    + "|纪要|会议纪要|实录"
                    // a group of deputies or of a committee that signs under an office's words: ……人大代表第三视察组,
                    // ……人大代表视察团, ……评议组
                    + "|第?\\p{IsHan}{0,3}(视察|调研|检查|工作|代表|评议|督查|考察|小)(组|团)"
                    // a column's words after the office's (人大代表在行动, 代表在身边)
                    + "|在\\p{IsHan}{1,2})$");
    /** A label before a speaker line: 报告人：区人大常委会主任　林振华. */
    private static final Pattern SPEAKER_LABEL = Pattern.compile("^(报告人|发言人|讲话人|主讲人|作报告人)[\\s\\u3000]*[:：][\\s\\u3000]*");
    /** The label a speaker line starts with, as written (主持人：), or the empty string. */
    public static String speakerLabel(String line) {
        Matcher m = SPEAKER_LABEL.matcher(Simplified.of(SourceLine.trim(line)));
        return m.lookingAt() ? SourceLine.trim(line).substring(0, m.end()) : "";
    }

    /**
     * The label of the line that names who presided over a meeting (主持人：……), or a turn's label in an inquiry's or
     * a meeting's record (询问人：……, 应询人：……, 提问人：……): not who gave the text.
     */
    private static final Pattern PRESIDER = Pattern.compile(
            "^(主持人|询问人|应询人|提问人|答复人|答询人|回答人|列席人|记录人|记录)[\\s\\u3000]*[:：]");
    /** A lunar day beside a date: 农历壬辰年正月廿六. */
    private static final Pattern LUNAR_DAY = Pattern.compile(
            "[\\s\\u3000]*(农历|夏历|阴历)[\\s\\u3000]*[甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥年正腊冬闰一二三四五六七八九十廿卅初月日]{2,12}");

    /** A label before the day of the report: 报告日期：2019年1月8日. */
    private static final Pattern DATE_LABEL = Pattern.compile("^(报告|讲话|发言|会议)(日期|时间)[\\s\\u3000]*[:：]");
    /**
     * The head of a session's document: 福州市长乐区第一届人民代表大会第三次会议文件（2）, 大会材料之三, ……会议文件（书面）.
     * It names the meeting the document was given to.
     */
    private static final Pattern SESSION_DOCUMENT = Pattern.compile(
            "^.{0,24}?(人民代表大会|人大)(常务委员会|常委会)?第?" + CN_NUM + "次(全体)?会议(文件|材料|资料)"
                    + "(之?[（(]?[0-9０-９一二三四五六七八九十]+[)）]?)?([（(](书面|书面报告|书面印发)[)）])?"
                    + "([\\s\\u3000]{2,}[^\\s\\u3000，。；]{2,20})?$");
    /**
     * A session document's header: 秦州区第十九届人民代表大会第三次会议文件（3）, with the document's short title set
     * apart by wide spaces or not (自治区十二届人大五次会议文件　　　　常委会工作报告).
     */
    static boolean isSessionDocument(String line) {
        return SESSION_DOCUMENT.matcher(Simplified.of(line.strip())).matches();
    }

    /** A line set bold whole by Markdown. */
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*]{2,80})\\*\\*$");
    /** A title set whole in the brackets of an item's heading. */
    private static final Pattern BRACKETED = Pattern.compile("^【([^【】]{4,60})】$");
    /** What websites add before a title: a bullet (■ ……), 第3篇, 【全文】, [图文], （全文）, 全文： */
    private static final Pattern LABEL_BEFORE = Pattern.compile(
            "^([■●◆▶►▪][\\s\\u3000]*|[{｛][^{}｛｝\\s\\u3000]{2,8}[}｝][\\s\\u3000]*|[^｜|\\s\\u3000，。：:]{2,8}[\\s\\u3000]*[｜|][\\s\\u3000]*|第\\s*[0-9０-９一二三四五六七八九十百]+\\s*篇[:：\\s]*|[【\\[［(（](全文|图文|原文|视频|专题|头条|要闻|权威发布|重磅"
                    + "|(转贴|转帖|转载|转发|转|原创|分享)[^】\\]］)）]{0,4})[】\\]］)）]\\s*"
                    + "|(全文|原文)[:：]\\s*|(名[\\s\\u3000]*称|原?标[\\s\\u3000]*题|题[\\s\\u3000]*名)[\\s\\u3000]*[:：][\\s\\u3000]*)");
    /**
     * What websites add after a title: （全文）, (附全文), [图文], （摘要）, and a blog's time of posting,
     * (2010-03-05 15:22:18).
     */
    private static final Pattern LABEL_AFTER = Pattern.compile(
            "\\s*[（(【\\[［](全文|图文|附全文|全文发布|摘要|摘登|摘编|节选|原文|转载|转帖|转贴|附个人点评|附点评|附评论|附感想|上|中|下|续"
                    + "|之[一二三四五六七八九十])[）)】\\]］]$"
                    + "|\\s*[（(][0-9]{4}-[0-9]{1,2}-[0-9]{1,2}[\\s\\u3000]+[0-9]{1,2}:[0-9]{2}(:[0-9]{2})?[）)]$");

    private FrontMatter() {
    }

    /** Facts read from a delivery line. Any part may be null. */
    public record Delivery(LocalDate date, Integer year, String place, Integer congress, Integer session,
                           boolean standingCommittee, String speakerPart) {

        /** The same delivery on a day a line of its own gives. */
        public Delivery withDate(LocalDate day) {
            return new Delivery(day, day.getYear(), place, congress, session, standingCommittee, speakerPart);
        }
    }

    /** A speaker line split into office and normalised name. */
    public record Speaker(String office, String name) {
    }

    /** A title line without what a website added around it, and what was taken off (for the list of stripped text). */
    public record Title(String title, List<String> labels, boolean excerpt) {
    }

    /** Removes Markdown heading marks ({@code # }) from the start of a line. */
    public static String stripMarkdownHeading(String line) {
        return HEADING_MARKS_AFTER.matcher(HEADING_MARKS.matcher(line).replaceFirst("")).replaceFirst("");
    }

    public static boolean isMarkdownHeading(String line) {
        return MARKDOWN_HEADING.matcher(line).matches();
    }

    private static final Pattern HEADING_MARKS = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern HEADING_MARKS_AFTER = Pattern.compile("\\s+#+$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("^#{1,6}\\s+\\S.*");

    /**
     * A title that a converter set as two headings of one level ({@code ## 关于《……条例} over {@code ## （草案）》的说明}),
     * joined: neither is a title alone, and the first leaves a bracket or a 关于 phrase open.
     */
    static Optional<String> headingPairTitle(String first, String second) {
        String a = first.strip();
        String b = second.strip();
        if (!isMarkdownHeading(a) || !isMarkdownHeading(b) || a.indexOf(' ') != b.indexOf(' ')
                || !a.substring(0, a.indexOf(' ')).equals(b.substring(0, b.indexOf(' ')))) {
            return Optional.empty();
        }
        String head = stripMarkdownHeading(a).strip();
        String joined = joinTitle(head, stripMarkdownHeading(b));
        boolean open = head.lastIndexOf('《') > head.lastIndexOf('》') || head.lastIndexOf('（') > head.lastIndexOf('）')
                || isTitleHead(head);
        return open && !isTitle(head) && isTitle(joined) ? Optional.of(joined) : Optional.empty();
    }

    /** A 关于 phrase that has named its document: ……的决议, ……的报告, ……的审议意见. */
    private static final Pattern NAMED_DOCUMENT = Pattern.compile("的(决议|决定|报告|审议意见|意见|说明|议案|办法|规定|讲话)");

    /**
     * The first line of a title set over two lines that only the two lines together show to be one: a speech's
     * occasion that goes on (在全市人大系统代表工作 / 推进会上的讲话), a body and the start of its 关于 phrase (义乌市人大常委会关于市人民政府 /
     * 农贸市场……的审议意见), or the government, court or procuratorate that issues a 关于 title under it (台州市黄岩区人民政府 /
     * 关于提请审议……的议案). Read as one title only when they make one; never a post's headline that names the document
     * whole over its title.
     */
    static boolean isTitleOpening(String line, String next) {
        String s = Simplified.of(unspaced(SourceLine.trim(line)));
        if (s.length() < 4 || s.length() > 40 || containsSentencePunctuation(s) || isTitle(line)) {
            return false;
        }
        String n = Simplified.of(SourceLine.trim(next));
        if (s.indexOf("关于") > 0 && NAMED_DOCUMENT.matcher(s.substring(s.indexOf("关于"))).find() && isTitle(next)) {
            return false; // a post's headline that names the document whole, over its title (……的决议来了📄 / ……的决议)
        }
        // (and a 关于 title broken before its joining word: 关于……执行情况 / 与2019年计划草案的审查报告)
        boolean opens = s.startsWith("在") && !s.contains("上的") || s.indexOf("关于") > 0 && !n.startsWith("关于")
                || s.startsWith("关于") && n.length() >= 2 && "与和及暨".indexOf(n.charAt(0)) >= 0
                || ISSUER.matcher(s).matches() && n.startsWith("关于")
                // a title whose book title runs on into the next line: 关于《……第十四个五年规划 / 和……纲要》……的报告
                || s.lastIndexOf('《') > s.lastIndexOf('》') && n.indexOf('》') >= 0
                && (n.indexOf('《') < 0 || n.indexOf('》') < n.indexOf('《'));
        return opens && isTitle(joinTitle(line, next));
    }

    /**
     * A signature by an office alone and a name, as a government or a court signs its bills and reports under the
     * text (区　长　　林建华, 市长　王明): the office's letter-spacing is the layout's. Empty for any other line.
     */
    static Optional<Speaker> officeSignature(String line) {
        String t = SourceLine.trim(line);
        if (t.length() > OFFICE_SIGNATURE_LINE) {
            return Optional.empty();
        }
        Matcher m = OFFICE_SIGNATURE.matcher(Simplified.of(t).replaceAll("[\\s\\u3000]+", ""));
        return m.matches() ? Optional.of(new Speaker(m.group(1), m.group(2))) : Optional.empty();
    }

    /** The longest line read as an office's signature. */
    private static final int OFFICE_SIGNATURE_LINE = 16;
    private static final Pattern OFFICE_SIGNATURE = Pattern.compile(
            "^(省长|主席|市长|州长|盟长|县长|区长|旗长|院长|检察长|主任)(\\p{IsHan}{2,3})$");

    /** Whether a line opens a document's attachment: 附件, 附件：……, 附件2：……, 附表1. */
    static boolean opensAttachment(String line) {
        if (line.indexOf('附') < 0) {
            return false; // (a paragraph of the text: the common case, decided without a copy of the line)
        }
        String t = SourceLine.trim(line);
        return t.length() <= ATTACHMENT_LINE && ATTACHMENT.matcher(t).matches();
    }

    /** The longest line read as an attachment's label. */
    private static final int ATTACHMENT_LINE = 60;
    private static final Pattern ATTACHMENT = Pattern.compile("^(附件|附表)[0-9０-９一二三四五六七八九十]{0,2}([：:].*)?$"
            + "|^附[：:][\\s\\u3000]*[0-9０-９]{1,2}[.．、].*$"); // (附：1.……统计表, a list of them)

    /** Whether a line is a body that issues a title under it alone: 台州市黄岩区人民政府, ……人民法院, ……财政经济委员会. */
    static boolean isIssuer(String line) {
        return ISSUER.matcher(Simplified.of(unspaced(SourceLine.trim(line)))).matches();
    }

    /** A body that issues a document under its name: 台州市黄岩区人民政府, ……人大常委会执法检查组, ……人大常委会主任会议. */
    private static final Pattern ISSUER = Pattern.compile("^[^，。：:\\s]{2,30}(人民政府|人民法院|人民检察院|监察委员会"
            + "|(人大常委会|常务委员会)[^，。：:\\s]{0,10}(执法检查组|检查组|调研组|视察组)|(人大常委会|常务委员会)主任会议"
            // (a congress's special committee: 山东省人大教育科学文化卫生委员会)
            + "|(人大|人民代表大会)(?!常务|常委)[^，。：:\\s]{2,16}委员会)$");

    /**
     * The first line of a title set over two lines: the name of a congress, its standing committee, a township's
     * presidium or a congress's working committee alone ({@code 芜湖市人民代表大会常务委员会}, {@code 鹭江街道人大工作委员会}), or a 关于 phrase that goes on ({@code 关于市人民政府农村人居环境整治}),
     * not a title by itself.
     */
    public static boolean isTitleHead(String line) {
        String s = Simplified.of(unspaced(SourceLine.trim(line)));
        return s.length() <= 40 && !isTitle(line) && !containsSentencePunctuation(s)
                && (TITLE_HEAD.matcher(s).matches() || s.startsWith("关于"));
    }

    /** Whether a line (in simplified characters) is an editor's note of the publication: 【编者按】…, 编者按：…. */
    public static boolean isEditorsNote(String line) {
        String t = line.strip();
        return EDITORS_NOTE.matcher(t).find() || isNewsLead(t) || isEncyclopediaLead(t);
    }

    /**
     * Whether a line is the body that issued a document and the day, as minutes or a bulletin print them under the
     * title: 桂平市人大常委会办公室　　2017年3月15日, 市人大常委会办公厅　2023年5月8日印发.
     */
    static boolean isIssuerAndDay(String line) {
        String t = SourceLine.trim(line);
        return t.length() <= ISSUER_AND_DAY_LINE && ISSUER_AND_DAY.matcher(Simplified.of(t)).matches();
    }

    /** The longest line read as an issuer and a day. */
    private static final int ISSUER_AND_DAY_LINE = 50;
    private static final Pattern ISSUER_AND_DAY = Pattern.compile("^([>＞][\\s\\u3000]*)?[^，。：:；>＞\\s\\u3000]{2,30}(办公室|办公厅|秘书处|研究室)"
            + "[\\s\\u3000]+([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})年[0-9０-９一二三四五六七八九十]{1,2}月"
            + "[0-9０-９一二三四五六七八九十]{1,3}日(印发|印)?$");

    /** Whether a line (in simplified characters) is an encyclopedia's lead sentence about the text under it. */
    static boolean isEncyclopediaLead(String line) {
        return line.startsWith("《") && ENCYCLOPEDIA_LEAD.matcher(line.strip()).matches();
    }

    /**
     * An encyclopedia's lead sentence about the text under it, with its title in 《》: 《……工作报告》是2023年1月10日在……会议上，
     * ……主任王建军所作的工作报告。
     */
    private static final Pattern ENCYCLOPEDIA_LEAD = Pattern.compile(
            "^《[^《》]{4,60}》(?:是|为|系).{0,100}?(?:所作|所做|发表|作|做|通过)的?[^，。；]{0,20}(?:报告|讲话|决议|决定|说明|意见|致辞)。?$");

    /** Whether a line (in simplified characters) is a news report's lead that introduces the text under it. */
    public static boolean isNewsLead(String line) {
        if (line.length() > NEWS_LEAD_LENGTH) {
            return false;
        }
        String t = line.strip();
        boolean congress = t.contains("人民代表大会") || SHORT_SESSION.matcher(t).find(); // (市十四届人大五次会议 too)
        if (congress && DATELINE.matcher(t).lookingAt() && meeting(t).isPresent()) {
            // a paper's report of the meeting, under the title block (本报讯　2月9日，……第五次会议……听取……工作报告。, 瑞金讯
            // （融媒体记者　钟晓燕）1月9日，……, 【大公报讯】记者李昌鸿深圳报道：……)
            return true;
        }
        if (congress && onlySaysWhoGaveIt(t)) {
            // a paper's lead that says who gave the report at the session, the text under it (1月15日上午，市十五届人大四次
            // 会议举行第一次全体会议。市人大常委会主任高志国受市人大常委会委托，向大会报告工作。)
            return true;
        }
        int tail = Math.max(0, t.length() - NEWS_LEAD_TAIL); // (what introduces the text stands at the end)
        return (t.indexOf("如下", tail) >= 0 || t.indexOf("以下", tail) >= 0) && congress
                && NEWS_LEAD.matcher(t).region(tail, t.length()).find();
    }

    /**
     * A news lead whose last words, that the text follows, stand on a line of their own (……会议听取了……工作报告。 /
     * 以下为报告全文：): the lead names the meeting, and the line under it says no more than that.
     */
    static boolean isNewsLeadOverTwoLines(String lead, String tail) {
        String t = tail.strip();
        return t.length() <= NEWS_LEAD_TAIL && meeting(Simplified.of(lead)).isPresent()
                && isNewsLead("人民代表大会。" + Simplified.of(t)) && isNewsLead(Simplified.of(lead.strip() + t));
    }

    /**
     * A news report's lead that introduces the text printed under it (本报讯　2月15日上午，……第二次全体会议，……向大会作工作
     * 报告。现将报告摘要刊发如下： / 2月1日上午，……听取了……工作报告。以下为报告摘要：, ……出席闭幕会并讲话。以下为讲话全文：,
     * ……其中关于区人大常委会工作报告的决议全文如下：; not a document's own 现将审议意见摘要如下：),
     * read as an editor's note is: the
     * publication says it prints the text (a document's own 现将审议意见摘要如下： is its text).
     */
    private static final Pattern NEWS_LEAD = Pattern.compile(
            "(刊发|刊登|摘登|转载|发表)如下[：:。]?$|以下[为是][^，。]{0,6}(报告|讲话|致辞|发言|说明)(摘要|全文|摘编|节选)[：:。]?$"
                    + "|[。，](全文|摘要)如下[：:。]?$|(决议|决定|报告|讲话|说明|公告)全文如下[：:。]?$");
    /** Whether a lead only says who gave the report at the session, on its day: 1月15日上午，……向大会报告工作。. */
    static boolean onlySaysWhoGaveIt(String lead) {
        String t = lead.strip();
        return t.length() <= NEWS_LEAD_LENGTH && DELIVERED_LEAD.matcher(t).find()
                && meeting(inUsualOrder(t)).filter(m -> m.session() != null).isPresent();
    }

    /**
     * A lead that opens with its day without the year and ends saying who gave the report: ……向大会报告工作。,
     * ……作市人大常委会工作报告。
     */
    private static final Pattern DELIVERED_LEAD = Pattern.compile("^" + "[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日"
            + "([上下]午)?[，,].*(向大会(报告工作|作[^。，]{0,30}报告)|[，。]受[^。]{2,30}委托，[^。]{2,40}作[^。，]{0,30}工作报告)。$");
    /** Whether a line (in simplified characters) opens with a news item's dateline: 本报讯, 天水日报讯（记者　王晓东）. */
    static boolean opensWithDateline(String line) {
        return DATELINE.matcher(line.strip()).lookingAt();
    }

    /** A news item's dateline at the start of its lead: 本报讯, 瑞金讯（融媒体记者　钟晓燕）, 【大公报讯】. */
    private static final Pattern DATELINE = Pattern.compile("^(本报讯|本刊讯|本网讯|[^，。（）()\\s\\u3000]{1,14}讯[\\s\\u3000]*[（(]"
            + "[^（）()]{0,20}(记者|通讯员)[^（）()]{0,20}[)）]|【[^】]{1,10}讯】)");
    /** A session named in its short form: 市十四届人大五次会议. */
    private static final Pattern SHORT_SESSION = Pattern.compile("届人大[一二三四五六七八九十0-9]{1,3}次会议");
    /** The longest news lead read as a note. */
    private static final int NEWS_LEAD_LENGTH = 300;
    /** The end of a lead where it says that the text follows: 现将报告摘要刊发如下：. */
    private static final int NEWS_LEAD_TAIL = 24;

    /** A title, in simplified or traditional characters, with or without a website's labels. */
    public static boolean isTitle(String line) {
        String s = Simplified.of(title(line).title());
        if (containsSentencePunctuation(s) || ATTACHMENT_ITEM.matcher(line.strip()).lookingAt()
                || FORM_FIELD.matcher(s.strip()).lookingAt()
                || (s.indexOf(':') >= 0 || s.indexOf('：') >= 0) && CLOCK.matcher(s).find()) { // (……提交于 2021-08-13 16:42)
            return false;
        }
        // (a title of a series keeps its number: ……调研报告之二)
        String t = PART_AFTER.matcher(STATE_AFTER.matcher(withoutYearAfter(s)).replaceFirst("")).replaceFirst("");
        return TITLE.matcher(t).matches() || isSessionTitle(t);
    }

    /**
     * Whether a line is an item of a list of attachments: its label and the first item (附件：1．……决定（草案）), or a
     * numbered item under such a line or another item of it (　　　2．关于……的说明).
     *
     * @param above the line above it with text, or null
     */
    static boolean isAttachmentItem(String line, String above) {
        String t = line.strip();
        return ATTACHMENT_ITEM.matcher(t).lookingAt() || above != null && LISTED_ATTACHMENT.matcher(t).lookingAt()
                && (ATTACHMENT_ITEM.matcher(above.strip()).lookingAt() || LISTED_ATTACHMENT.matcher(above.strip()).lookingAt());
    }

    /** An attachment list's next item, by its number: 2．关于……的说明. */
    private static final Pattern LISTED_ATTACHMENT = Pattern.compile("^[0-9０-９]{1,2}[.．、][\\s\\u3000]*\\S");

    /** A field of an office's form before its value: 主 题 词：人大　议案　决定, 主　　送：……, 附　　件：…… (no title). */
    private static final Pattern FORM_FIELD = Pattern.compile(
            "^(主[\\s\\u3000]*题[\\s\\u3000]*词|关[\\s\\u3000]*键[\\s\\u3000]*词|主[\\s\\u3000]*送|抄[\\s\\u3000]*送"
                    + "|附[\\s\\u3000]*件|文[\\s\\u3000]*号|正[\\s\\u3000]*文)[\\s\\u3000]*[:：]");

    /** An attachment's label before a document it lists: 附件：1．……决定（草案）, 附件2：…… (a list's item, not a title). */
    private static final Pattern ATTACHMENT_ITEM = Pattern.compile("^附[\\s\\u3000]*[件表][0-9０-９一二三四五六七八九十]{0,2}[：:][\\s\\u3000]*[0-9０-９]{1,2}[.．、]");
    /** A number after a title of a series or of a post in parts: ……工作报告之二. */
    private static final Pattern PART_AFTER = Pattern.compile("(?<=报告|讲话|说明)之[一二三四五六七八九十]$");

    /**
     * What a title says after it of the document's form or stage, part of the title as written: ……工作报告（书面报告）,
     * （书面）, （审议稿）, （征求意见稿）, （草案）.
     */
    private static final Pattern STATE_AFTER = Pattern.compile(
            "[（(](书面|书面报告|口头报告|审议稿|征求意见稿|讨论稿|送审稿|修改稿|代拟稿|草案|草稿|初稿|定稿|印发稿|报告稿)[）)]$");

    /** A title without the year in brackets a page's headline adds after it: ……工作报告（1996年） is ……工作报告. */
    static String withoutYearAfter(String title) {
        return YEAR_AFTER.matcher(title).replaceFirst("");
    }

    /**
     * A session's or a meeting's own documents (its agenda, schedule, lists, rules for elections and voting, results;
     * an election's result), a standing committee's yearly plans, and an inquiry's or an inspection's summary: titles
     * looked for only in a line that has one of their words.
     */
    private static final Pattern SESSION_TITLE = Pattern.compile(
            "^(.{0,40}?(人民代表大会|人大)[^，。：:]{0,24}?会议[^，。：:]{0,16}?(议程|日程|日程安排|名单|选举办法|表决办法"
                    + "|表决结果|列席人员名单|选举结果的?报告|选举结果的?公告|选举的?报告)([（(]草案[)）])?"
                    // a session's bulletin, maybe numbered: ……第三次会议公报, ……第一次会议公报（第1号）
                    + "|.{0,40}?(人民代表大会|人大)[^，。：:]{0,24}?会议公报([（(]第[0-9０-９一二三四五六七八九十]{1,3}号[)）])?"
                    + "|.{0,30}?(人民代表大会常务委员会|人大常委会)[^，。：:]{0,8}?[0-9０-９]{4}年度?(立法计划|立法工作计划|监督工作计划"
                    + "|代表工作计划)"
                    + "|.{0,30}?(人大常委会|常务委员会|常委会)[^，。：:]{0,30}(专题询问|执法检查|视察|调研)[^，。：:]{0,8}综述"
                    // an inquiry's record, a meeting's minutes: ……专题询问实录, ……第三次主任会议纪要
                    + "|.{2,40}?(专题询问|询问|审议)(实录|纪实|综述)"
                    + "|.{0,40}?(人大常委会|常务委员会|常委会|人民代表大会)[^，。：:]{0,24}?(主任会议|会议|党组会议)纪要)$");

    private static boolean isSessionTitle(String s) {
        return (s.contains("会议") || s.contains("计划") || s.endsWith("综述") || s.endsWith("实录") || s.endsWith("纪实"))
                && SESSION_TITLE.matcher(s).matches();
    }

    /** Whether a title line ends in a year in brackets: ……工作报告（2018年）. */
    static boolean hasYearAfter(String line) {
        return YEAR_AFTER.matcher(Simplified.of(line.strip())).find();
    }

    /**
     * A year a page's headline adds to a title in brackets ({@code ……工作报告（1997年）}), maybe with its month
     * ({@code ……调研报告（2023年11月）}): kept in the title, which it dates.
     */
    private static final Pattern YEAR_AFTER = Pattern.compile(
            "[（(【\\[［][0-9０-９]{4}(年度?|年[0-9０-９]{1,2}月)?[）)】\\]］]$");

    /**
     * The title in a title line: Markdown marks and a website's labels ({@code 第3篇}, {@code 【全文】},
     * {@code （全文）}) taken off; {@code excerpt} when a label says the text is an excerpt (摘要, 节选).
     */
    public static Title title(String line) {
        String t = stripMarkdownHeading(line).strip();
        List<String> labels = new ArrayList<>();
        boolean excerpt = false;
        // labels are matched in simplified characters (【轉貼】, （圖文）), which keeps every offset
        for (int i = 0; i < 2; i++) { // a field's label, then a site's: 标题：[转帖]……
            Matcher before = LABEL_BEFORE.matcher(Simplified.of(t));
            if (!before.find() || before.end() >= t.length()) {
                break;
            }
            labels.add(t.substring(0, before.end()).strip());
            t = t.substring(before.end()).strip();
        }
        Matcher bold = BOLD_LINE.matcher(t);
        if (bold.matches()) {
            labels.add("**"); // Markdown's bold around the whole line, in a copy not otherwise read as Markdown
            labels.add("**");
            t = bold.group(1).strip();
        }
        Matcher item = BRACKETED.matcher(t);
        if (item.matches() && TITLE.matcher(Simplified.of(item.group(1).strip())).matches()) {
            labels.add("【"); // a yearbook's item heading that is the document's only title: 【市人大常委会工作报告】
            labels.add("】");
            t = item.group(1).strip();
        }
        // (two, the later first: ……工作报告（全文）　(2021-01-26 21:14:05))
        int at = labels.size(); // (the labels in the title's order)
        for (int k = 0; k < 2; k++) {
            Matcher after = LABEL_AFTER.matcher(Simplified.of(t));
            if (!after.find() || after.start() == 0) {
                break;
            }
            labels.add(at, t.substring(after.start()).strip());
            // an abstract, or a part
            excerpt |= after.group().matches(".*(摘要|摘登|摘编|节选|上|中|下|续|之[一二三四五六七八九十]).*");
            t = t.substring(0, after.start()).strip();
        }
        // a title set with a space between every character (洪 湖 市 人 民 代 表 大 会 …) is read without them
        return new Title(unspaced(t), labels, excerpt);
    }

    /** The hour after a day in words: 2024年1月22日 9:00, 2024年1月22日上午9:30, （2021年12月27日上午）. */
    private static final Pattern HOUR_AFTER = Pattern.compile("(?<=日)[\\s\\u3000]*((上午|下午|晚上)?[\\s\\u3000]*[0-9０-９]{1,2}[:：][0-9０-９]{2}"
            + "|上午|下午|晚上)(?=[)）]?$)");

    /** The weekday after a day in words: 2022年1月14日　星期五, 2022年1月14日（周五）. */
    private static final Pattern WEEKDAY_AFTER = Pattern.compile(
            "(?<=日)[，,]?[\\s\\u3000]*([（(][\\s\\u3000]*)?(星期|周|礼拜)[一二三四五六日天]([\\s\\u3000]*[)）])?(?=[)）]?$)");

    /** A day and nothing else on the line: 二〇一九年一月十日, 2023年11月2日 (a paragraph is none, decided by its length). */
    public static boolean isDay(String line) {
        return line.length() <= DAY_WIDTH && DATE_CN.matcher(Simplified.of(line.strip())).matches();
    }

    /**
     * A day alone, in brackets or not: （2023年1月16日）, 2023年1月16日, and in brackets with its weekday: （2022年1月14日
     * 星期五） (a paper's day line, 2016年02月22日　星期一, is its page's).
     */
    public static boolean isDayMaybeBracketed(String line) {
        if (line.length() > DAY_WIDTH) {
            return false;
        }
        String t = line.strip();
        String inner = IN_BRACKETS.matcher(t).replaceFirst("$1");
        return isDay(inner.length() < t.length() ? WEEKDAY_AFTER.matcher(Simplified.of(inner)).replaceFirst("") : inner);
    }

    /** A line in round brackets, and what they hold. */
    private static final Pattern IN_BRACKETS = Pattern.compile("^[（(](.*)[)）]$");

    /** Whether a line is a day and its weekday alone, as a schedule heads a day: 1月10日（星期五）, （2023年2月22日　星期三）. */
    public static boolean isDayAndWeekday(String line) {
        return DAY_AND_WEEKDAY.matcher(line.strip()).matches();
    }

    private static final Pattern DAY_AND_WEEKDAY = Pattern.compile("^[（(]?([0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日"
            + "[\\s\\u3000]*[（(]?(星期|周)[一二三四五六日天][）)]?$");

    /** The longest line a day alone takes, spaces and brackets around it included. */
    private static final int DAY_WIDTH = 40;

    /** A day in a text, and where it stands. */
    public record DayAt(LocalDate date, int start, int end) {
    }

    /** The first whole day a text (in simplified characters) names, if it is a valid one. */
    public static Optional<DayAt> firstDay(String s) {
        Matcher m = DATE_CN.matcher(s);
        if (!m.find()) {
            return Optional.empty();
        }
        LocalDate date = date(ChineseNumbers.parseYear(m.group(1)), ChineseNumbers.parse(m.group(2)),
                ChineseNumbers.parse(m.group(3)));
        return date == null ? Optional.empty() : Optional.of(new DayAt(date, m.start(), m.end()));
    }

    /** The text with a congress named before its term in the usual order, of the same length: 市十四届人大三次会议. */
    private static String inUsualOrder(String s) {
        return s.indexOf('届') < 0 ? s : CONGRESS_FIRST.matcher(s).replaceAll("$2$1");
    }

    /** Spaces between the characters of a scanned line's words. */
    private static final Pattern SCAN_SPACES = Pattern.compile("(?<=\\p{IsHan})[ \u3000]+(?=[\\p{IsHan}：:，,、])");

    /** A salutation, in simplified or traditional characters. */
    public static boolean isSalutation(String line) {
        return SALUTATION.matcher(Simplified.of(line)).matches() || line.length() <= 40
                && (line.indexOf(' ') >= 0 || line.indexOf('\u3000') >= 0) && SALUTATION.matcher(Simplified.of(SCAN_SPACES.matcher(line).replaceAll("")))
                .matches(); // 各 位 代 表：, as a scan spaces it
    }

    /**
     * A speaker's line that signs a text under it: an office and a name, nothing else (永新县人大常委会主任　刘小平); a name
     * alone, a sentence, or a labelled line of a list (副组长：……主任　王　刚) is none.
     */
    public static boolean isSignedSpeaker(String line) {
        String t = line.strip();
        return t.length() <= 40 && !containsSentencePunctuation(t) && t.indexOf('：') < 0 && t.indexOf(':') < 0
                && parseSpeaker(t).filter(sp -> sp.office() != null && !sp.office().isEmpty() && sp.name() != null)
                .isPresent();
    }

    /**
     * A delivery line: a short line with a date and/or a meeting ({@code 在……会议上}), possibly led by a dash or
     * set in brackets, in simplified or traditional characters, with any kind of digits.
     */
    public static Optional<Delivery> parseDelivery(String line) {
        String original = LEADING_DASHES.matcher(line).replaceFirst("").strip();
        original = DATE_LABEL.matcher(original).replaceFirst("").strip();
        String s = inUsualOrder(Simplified.of(original));
        if (s.length() > 160 || s.contains("。") || s.endsWith("：") || s.endsWith(":")) {
            return Optional.empty(); // (a sentence, or a clause that opens a list: ……会议于2024年1月20日选举：)
        }
        boolean bracketed = IN_ANY_BRACKETS.matcher(s).matches();
        if (bracketed) {
            s = s.substring(1, s.length() - 1);
            original = original.substring(1, original.length() - 1);
        }
        LocalDate date = null;
        Integer year = null;
        String dateText = null;
        Matcher d = DATE_CN.matcher(s);
        Matcher n = DATE_NUM.matcher(s);
        if (d.find()) {
            date = date(ChineseNumbers.parseYear(d.group(1)), ChineseNumbers.parse(d.group(2)),
                    ChineseNumbers.parse(d.group(3)));
            dateText = d.group();
        } else if (n.find()) {
            date = date(ChineseNumbers.parseYear(n.group(1)), ChineseNumbers.parse(n.group(2)),
                    ChineseNumbers.parse(n.group(3)));
            dateText = n.group();
        }
        year = date == null ? null : date.getYear();
        if (date == null) {
            Matcher ym = YEAR_MONTH.matcher(s);
            if (!ym.find()) {
                ym = YEAR_PLACEHOLDER_DAY.matcher(s); // 2024年X月X日: the year only
            } else {
                ym.reset();
            }
            if (ym.find()) {
                year = ChineseNumbers.parseYear(ym.group(1)) > 0 ? ChineseNumbers.parseYear(ym.group(1)) : null;
                dateText = year == null ? null : ym.group();
            }
        }
        Matcher m = MEETING.matcher(s);
        Matcher at = AT_MEETING.matcher(s);
        boolean atMeeting = at.find();
        boolean document = SESSION_DOCUMENT.matcher(s).matches();
        if (m.find() && (atMeeting || dateText != null || s.startsWith(m.group()) || bracketed || document)) {
            int open = s.lastIndexOf('在', m.start());
            String place = open >= 0 ? s.substring(open + 1, m.start()).strip() : null;
            int end = m.end();
            if (s.startsWith("上", end)) {
                end++;
            }
            String rest = original.substring(Math.min(end, original.length())).strip();
            if (!bracketed && s.matches("^[（(〔].*") && rest.matches("^[)）〕].*")) {
                rest = rest.substring(1).strip(); // （……会议上）县人大常委会主任 谭志刚: the speaker after the bracket
            }
            if (document) {
                rest = ""; // 文件（2）: the document's number, not a speaker
            }
            boolean subtitle = dateText != null && (line.strip().matches("^[—–\\-－].*") || bracketed) && rest.matches("^的.{0,6}$");
            if (subtitle) {
                rest = ""; // ——2021年3月2日在……第六次会议上的报告: a delivery line, dated, that names what was delivered
            } else if (rest.startsWith("的") || rest.matches(".{0,12}(讲话|报告|说明|致辞|发言|开幕词|闭幕词)$")) {
                return Optional.empty(); // 在……会议开幕式上的讲话: a title
            }
            return Optional.of(new Delivery(date, year, place == null || place.isEmpty() ? null : place,
                    positive(ChineseNumbers.parse(m.group(2))), positive(ChineseNumbers.parse(m.group(4))),
                    m.group(3) != null, rest.isEmpty() ? null : rest));
        }
        if (dateText != null && atMeeting && s.length() < 80) {
            Delivery term = provisional(s).orElse(null); // (……在……第一次临时会议上: the term, and no session)
            return Optional.of(new Delivery(date, year, null, term == null ? null : term.congress(), null,
                    term != null && term.standingCommittee(), null));
        }
        if (date != null && bracketed && s.startsWith(dateText) && s.length() < 80
                && MEETING_DAY.matcher(s.substring(dateText.length())).matches()) {
            // （2025年2月20日市六届人大常委会第四十一次主任会议通过）, （2025年1月10日大会第三次全体会议）: a meeting that
            // names no session of a congress, and its day; and the term of the standing committee whose meeting it was
            Matcher term = COMMITTEE_TERM.matcher(s);
            return Optional.of(new Delivery(date, year, null, term.find() ? positive(ChineseNumbers.parse(term.group(1))) : null,
                    null, false, null));
        }
        // (a day in words may have its hour after it, a meeting's: 2024年1月22日 9:00; an app's posting time, 2024-01-18
        // 10:30, is no day of the text's)
        // (and its weekday in brackets: （2022年1月14日　星期五）; a paper's day line, 2016年02月22日　星期一, is its page's)
        String alone = dateText != null && dateText.contains("年")
                ? HOUR_AFTER.matcher(bracketed ? WEEKDAY_AFTER.matcher(s).replaceFirst("") : s).replaceFirst("") : s;
        if (dateText != null && LUNAR_DAY.matcher(alone).replaceAll("").replaceAll("[（）()\\s]", "")
                .equals(dateText.replaceAll("\\s", ""))) { // (with the lunar day beside it: 农历壬辰年正月廿六)
            // a date alone, e.g. （2023年1月10日）
            return Optional.of(new Delivery(date, year, null, null, null, false, null));
        }
        return Optional.empty();
    }

    /**
     * A delivery line broken over two lines ({@code ——2019年1月8日在日喀则市第二届人民代表大会} / {@code 第三次会议上}):
     * the first line opens a delivery (a dash, a bracket or a date, then 在) that only the second completes.
     */
    public static Optional<Delivery> parseDeliveryOverTwoLines(String first, String second) {
        String a = Simplified.of(first.strip());
        String b = Simplified.of(second.strip());
        if (b.isEmpty() || b.length() > 40 || a.length() > 120 || containsSentencePunctuation(a + b)
                || !a.matches("^([—–\\-－]+|[（(〔]|" + YEAR + "\\s*年|[0-9０-９]{4}[-－.．/／]).*")
                || !a.contains("在")) {
            return Optional.empty();
        }
        Optional<Delivery> alone = parseDelivery(first);
        if (alone.isPresent() && alone.get().session() != null) {
            return Optional.empty();
        }
        Optional<Delivery> joined = parseDelivery(first.strip() + second.strip());
        return joined.filter(d -> d.session() != null);
    }

    /** The meeting a {@link #MEETING} match names, without its day. */
    private static Delivery undated(Matcher meeting) {
        return new Delivery(null, null, null, positive(ChineseNumbers.parse(meeting.group(2))),
                positive(ChineseNumbers.parse(meeting.group(4))), meeting.group(3) != null, null);
    }

    /** The most characters of a place's name before the meeting an opening sentence starts with. */
    private static final int OPENING_PLACE = 12;

    /**
     * What a speech says of the meeting it opens or closes, in the sentence that names it: that it opens or closes
     * today (今天隆重开幕, 即将胜利闭幕, 第一次全体会议现在开始), or has done all its business; not a meeting that closed
     * before (胜利闭幕以来,
     * 已经胜利闭幕).
     */
    private static final Pattern OPENS_OR_CLOSES = Pattern.compile(
            "^[^。！？]{0,30}?((今天|现在|即将|就要)[^。！？，]{0,6}(隆重开幕|胜利开幕|开幕|胜利闭幕|闭幕)|现在开始|现在开会"
                    + "|圆满完成了?(各项|全部|预定)?(议程|任务)(?![^。！？]{0,4}(以来|之后|后|不久)))");

    /**
     * The day a meeting's minutes record, as their first sentence gives it: 2017年3月14日上午，……主持召开……第三次主任会议。
     * Empty when the sentence does not open with a day and the meeting it held.
     */
    static Optional<LocalDate> minutesDay(String sentence) {
        String s = Simplified.of(sentence.strip());
        Matcher d = DATE_CN.matcher(s);
        int stop = s.indexOf('。');
        String first = stop < 0 ? s : s.substring(0, stop);
        if (!d.lookingAt() || !HELD_MEETING.matcher(first).find()) {
            return Optional.empty();
        }
        return Optional.ofNullable(date(ChineseNumbers.parseYear(d.group(1)), ChineseNumbers.parse(d.group(2)),
                ChineseNumbers.parse(d.group(3))));
    }

    /** A speech's day said as today, before its first sentence's meeting: 今天，, 今天上午，. */
    private static final Pattern TODAY = Pattern.compile("^(今天|今日|本日)(上午|下午|晚上)?[，,][\\s\\u3000]*");

    /** A sentence's meeting that was held: ……主持召开……第三次主任会议, 举行……会议. */
    private static final Pattern HELD_MEETING = Pattern.compile("(召开|举行)[^，。；]{0,40}会议");

    /**
     * The day and meeting an opening sentence starts with: {@code 2023年8月29日，岳阳市第九届人民代表大会常务委员会
     * 第十三次会议听取和审议了……} (a date first, then the meeting that heard or adopted the document); or the meeting
     * alone, without its day, that the sentence reports to (现在，我代表……向……第二次会议报告工作), that heard the
     * document (……第十四次会议听取和审议了……) or that the speech opens or closes (……第四次会议，……今天隆重开幕了).
     */
    public static Optional<Delivery> openingMeeting(String sentence) {
        // (a speech's day said as today: 今天，县十七届人大常委会第十一次会议对……进行了专题询问)
        String s = TODAY.matcher(inUsualOrder(Simplified.of(sentence.strip()))).replaceFirst("");
        Matcher d = DATE_CN.matcher(s);
        if (!d.lookingAt()) {
            // 现在，我代表……常务委员会，向……第六届人民代表大会第二次会议报告工作: the meeting, without its day
            Matcher to = REPORTS_TO.matcher(s);
            Matcher m = to.lookingAt() ? MEETING.matcher(to.group(1)) : null;
            if (m != null && m.find() && to.group(1).substring(m.end()).isEmpty()) {
                return Optional.of(undated(m));
            }
            // 县第十八届人民代表大会常务委员会第十四次会议听取和审议了……: the meeting that heard it, without its day
            Matcher first = MEETING.matcher(s);
            boolean opens = first.find() && first.start() <= OPENING_PLACE && !containsSentencePunctuation(s.substring(0, first.start()))
                    && (s.substring(first.end()).matches("^.{0,6}(听取|审议|通过|表决|作出).*")
                    || s.substring(first.end()).matches("^[^。]{0,40}?(对|就)[^。]{2,60}?(开展|进行)了?(专题询问|询问|执法检查|视察|工作评议|评议).*")
                    // the meeting a speech opens or closes: ……第四次会议，经过充分准备，今天隆重开幕了
                    || OPENS_OR_CLOSES.matcher(s.substring(first.end())).lookingAt());
            return opens ? Optional.of(undated(first)) : Optional.empty();
        }
        Matcher m = MEETING.matcher(s);
        if (!m.find() || m.start() > d.end() + 30
                || !s.substring(m.end()).matches("^.{0,6}(听取|审议|通过|表决|作出|举行|召开).*")
                && !s.substring(m.end()).matches("^[^。]{0,40}?(对|就)[^。]{2,60}?(开展|进行)了?(专题询问|询问|执法检查|视察|工作评议|评议).*")) {
            return Optional.empty();
        }
        LocalDate date = date(ChineseNumbers.parseYear(d.group(1)), ChineseNumbers.parse(d.group(2)),
                ChineseNumbers.parse(d.group(3)));
        return Optional.of(new Delivery(date, date == null ? null : date.getYear(), null,
                positive(ChineseNumbers.parse(m.group(2))), positive(ChineseNumbers.parse(m.group(4))),
                m.group(3) != null, null));
    }

    /**
     * The meeting a text names (a title such as 在……第十届人民代表大会第二次会议上的讲话, or a session's own
     * ……第四次会议关于……的决议), with its date if it has one. A meeting a title is about (关于市十五届人大二次会议代表建议
     * 办理情况的报告, 关于召开……第三次会议的决定) is not the one the document was given at.
     */
    public static Optional<Delivery> meeting(String text) {
        String s = inUsualOrder(Simplified.of(text));
        Matcher m = MEETING.matcher(s);
        if (!m.find()) {
            return provisional(s);
        }
        if (aboutBefore(s, m.start())) {
            return Optional.empty();
        }
        LocalDate date = null;
        Matcher d = DATE_CN.matcher(s);
        if (d.find()) {
            date = date(ChineseNumbers.parseYear(d.group(1)), ChineseNumbers.parse(d.group(2)),
                    ChineseNumbers.parse(d.group(3)));
        }
        return Optional.of(new Delivery(date, date == null ? null : date.getYear(), null,
                positive(ChineseNumbers.parse(m.group(2))), positive(ChineseNumbers.parse(m.group(4))),
                m.group(3) != null, null));
    }

    /** Whether a title names its subject (关于……) before an offset: a meeting after it is the subject's. */
    private static boolean aboutBefore(String s, int at) {
        int about = s.indexOf("关于");
        return about >= 0 && about < at;
    }

    /**
     * A provisional session of a term (in simplified characters), numbered apart from its sessions: its term, and no
     * session.
     */
    private static Optional<Delivery> provisional(String s) {
        Matcher m = PROVISIONAL_MEETING.matcher(s);
        return m.find() && !aboutBefore(s, m.start()) ? Optional.of(new Delivery(null, null, null,
                positive(ChineseNumbers.parse(m.group(1))), null, m.group(2) != null, null)) : Optional.empty();
    }

    /** A provisional session of a congress's term: 第十七届人民代表大会第一次临时会议. */
    private static final Pattern PROVISIONAL_MEETING = Pattern.compile("第?(" + CN_NUM + ")届(?:人民代表大会|人大)"
            + "(常务委员会|常委会)?第?" + CN_NUM + "次临时会议");

    /** A day a text gives with its year, and where it starts. */
    record Dated(int start, LocalDate day) {
    }

    /** The last day (with its year) a text gives before an offset, or null. */
    static Dated lastDayBefore(String text, int end) {
        Matcher d = DATE_CN.matcher(Simplified.of(text));
        Dated last = null;
        while (d.find() && d.start() < end) {
            LocalDate day = date(ChineseNumbers.parseYear(d.group(1)), ChineseNumbers.parse(d.group(2)),
                    ChineseNumbers.parse(d.group(3)));
            last = day != null ? new Dated(d.start(), day) : last;
        }
        return last;
    }

    /** An opening sentence that says to which meeting the report is made: 现在，我代表……，向……第二次会议报告工作. */
    private static final Pattern REPORTS_TO = Pattern.compile("^(?:现在，?)?我(?:受|代表)[^。]{0,40}?，?向([^，。]{4,40}?会议)(?:报告工作|作工作报告|报告(?:过去|本届|上届|一年来|[0-9一二三四五]{1,2}年来?)[^，。]{0,10}工作)");

    /** Whether a text names a year: 2023年, 二〇二三年. */
    static boolean containsYear(String text) {
        return YEAR_WORD.matcher(text).find();
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return year < 1949 || year > 2100 ? null : LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }

    /** A standing committee of a numbered term: 市十五届人大常委会, 第十五届人民代表大会常务委员会. */
    private static final Pattern COMMITTEE_TERM = Pattern.compile(
            "(?<!全国)第?(" + CN_NUM + ")届(?:人民代表大会|人大)(?:常务委员会|常委会)");
    /** A meeting that adopted a document or at which it was given, after its day: ……主任会议通过, 大会第三次全体会议. */
    private static final Pattern MEETING_DAY = Pattern.compile("^[^，。；]{2,40}(会议|全体会议)(审议|讨论)?(通过|批准|推选产生|选举产生|推举产生)?$");

    /** The characters a list's numbered line starts with. */
    private static final String NUMBERED_START = "0123456789０１２３４５６７８９一二三四五六七八九十（(第【[①②③④⑤⑥⑦⑧⑨⑩";

    /** A time of day: 14:00, 9：30. */
    private static final Pattern CLOCK = Pattern.compile("[0-9０-９]{1,2}[:：][0-9０-９]{2}");

    /** Dashes and spaces at a line's start. */
    private static final Pattern LEADING_DASHES = Pattern.compile("^[—–\\-－\\s]+");
    /** A line in brackets of any kind. */
    private static final Pattern IN_ANY_BRACKETS = Pattern.compile("^[（(〔].*[)）〕]$");
    /** Punctuation left over from a line before, at the start of an office. */
    private static final Pattern LEFT_OVER_PUNCTUATION = Pattern.compile("^[)）】\\]〕,，、;；:：。\\s]+");

    /**
     * A speaker line: an office ending in a title (主任, 书记 ...) followed by a name of two to four characters,
     * possibly typeset with spaces between them ({@code 主任 鞠 丽}, {@code 主任包 惠}).
     */
    public static Optional<Speaker> parseSpeaker(String line) {
        // (a no-break space, as a page's &nbsp; between a name's characters gives it, is a space)
        String original = LEADING_DASHES.matcher(SourceLine.trim(line).replace('\u00A0', ' ')).replaceFirst("");
        original = SPEAKER_LABEL.matcher(original).replaceFirst("");
        Matcher onBehalf = ON_BEHALF.matcher(original);
        if (onBehalf.matches()) {
            original = onBehalf.group(1).strip(); // （受市人大常委会主任何　平委托，市人大常委会副主任　罗建华代为报告）
        }
        String s = Simplified.of(original);
        if (PRESIDER.matcher(s).lookingAt()) {
            return Optional.empty(); // 主持人：…: who presided, not who spoke
        }
        if (s.length() > 60 || containsSentencePunctuation(s) || DATE_CN.matcher(s).find()
                || YEAR_MONTH.matcher(s).find()) {
            return Optional.empty(); // a line with a date is a delivery line, whatever titles it names
        }
        if (s.indexOf(':') >= 0 && CLOCK.matcher(s).find() || s.indexOf('：') >= 0 && CLOCK.matcher(s).find()
                || !s.isEmpty() && NUMBERED_START.indexOf(s.charAt(0)) >= 0 && HeadingRecognizer.numbering(s).isPresent()) {
            return Optional.empty(); // a schedule's line (下午　14:00　代表报到) or a list's (1．选举大会主席团和秘书长)
        }
        Matcher m = OFFICE_TITLE.matcher(s);
        Speaker found = null;
        while (m.find()) {
            // an office starts with a word, never with punctuation left over from a line before it
            String office = LEFT_OVER_PUNCTUATION.matcher(SourceLine.trim(original.substring(0, m.end()))).replaceFirst("")
                    .replaceFirst(ENTRUSTED, ""); // 受市人大常委会主任何平委托　市人大常委会副主任: the office is the last
            String name = SourceLine.trim(original.substring(m.end())).replaceFirst(COMRADE, "");
            boolean committee = office.endsWith("委员") && normaliseName(name).startsWith("会"); // ……常务委员会公告
            if (("代表".equals(m.group(1)) || "委员".equals(m.group(1))) && !OF_A_BODY.matcher(Simplified.of(office)).find()) {
                continue; // a slogan's words, not a deputy's or a member's office: 聚焦主责主业　彰显代表担当
            }
            if (NOT_AN_OFFICE.matcher(office).find() || office.indexOf('【') >= 0 || office.indexOf('】') >= 0) {
                // a headline's words: 履职为民显担当——2010年度优秀人大代表风采展示, 【两会访谈】人大代表谈乡村振兴
                continue;
            }
            Matcher job = "代表".equals(m.group(1)) ? JOB_AND_NAME.matcher(original.substring(m.end())) : null;
            if (office.length() >= 3 && !committee && (NAME.matcher(name).matches() || LONG_NAME.matcher(name).matches())
                    && !NOT_A_NAME.matcher(Simplified.of(normaliseName(name))).matches()) {
                found = new Speaker(office, names(name));
            } else if (office.length() >= 3 && job != null && job.matches() && parseNameLine(job.group(3)).isPresent()
                    && (job.group(2).length() >= 4 || parseNameLine(job.group(2)).isEmpty())) { // (not two names)
                // a deputy's work between the office and the name: 宾川县第十七届人大代表　乡村医生　李春花
                found = new Speaker(office + (job.group(1).isEmpty() ? "　" : job.group(1)) + job.group(2),
                        normaliseName(job.group(3)));
            } else if (office.length() >= 3 && PLACEHOLDER_NAME.matcher(name).matches()) {
                found = new Speaker(office, null); // 县人大常委会主任 ×××: the office, not a name
            }
        }
        Matcher two = found == null || found.name() == null ? null : TWO_OFFICES.matcher(found.office());
        if (two != null && two.matches() && NAME.matcher(two.group(2)).matches()
                && !NOT_A_NAME.matcher(Simplified.of(normaliseName(two.group(2)))).matches()) {
            // two offices and two names: 市人大法制委员会主任委员　王　平　副主任委员　朱　丽
            found = new Speaker(two.group(1) + "、" + two.group(3), normaliseName(two.group(2)) + "、" + found.name());
        }
        Matcher nameFirst = found == null ? NAME_FIRST.matcher(original) : null;
        String first = nameFirst != null && nameFirst.matches() ? nameFirst.group(1).strip() : null;
        // (a name one space before the office starts with a surname, and one of four characters with a surname of two:
        // not 聚焦主责　市人大代表, 时刻牢记　我是人大代表)
        boolean tight = first != null && !nameFirst.group(1).matches(".*[\\s\\u3000]{2}$");
        if (first != null && NAME.matcher(first).matches() && (!tight || parseNameLine(first).isPresent()
                && (first.length() < 4 || COMPOUND_SURNAME.matcher(Simplified.of(first)).find()))) {
            // the name first, a wide space, then the office: 刘　强　　朝阳县人大常委会主任
            return parseSpeaker(nameFirst.group(2) + "　" + first).filter(sp -> normaliseName(first).equals(sp.name()));
        }
        return Optional.ofNullable(found);
    }

    /** An office, a name and another office, as the office part of a line with two speakers reads. */
    private static final Pattern TWO_OFFICES = Pattern.compile(
            "^(.{3,30}?(?:主任委员|主任|委员长|主席|秘书长|书记|[省市县区州旗]长))[\\s\\u3000]+"
                    + "(\\p{IsHan}(?:[\\s\\u3000]?\\p{IsHan}){1,3})[\\s\\u3000]+(\\S.{1,30})$");
    /** A name, a wide space (two spaces at least), then an office ending in a post's title. */
    private static final Pattern NAME_FIRST = Pattern.compile("^(\\p{IsHan}(?:[\\s\\u3000]?\\p{IsHan}){1,3}[\\s\\u3000]{2,}"
            // (a name written without spaces may stand one space before the office: 李秀兰　市人大代表)
            + "|\\p{IsHan}{2,4}[\\s\\u3000])"
            + "([^\\s\\u3000，。；]{3,30}(?:主任|书记|委员长|主席|秘书长|[省市县区州旗]长|局长|院长|检察长)"
            + "|(?![我是])[^\\s\\u3000，。；]{1,28}人大代表)$");

    /** A line in brackets saying who delivered the report on another's behalf: （受……委托，……副主任　罗建华代为报告）. */
    private static final Pattern ON_BEHALF = Pattern.compile(
            "^[（(]受[^，,()（）]{2,30}委托[，,\\s\\u3000]*([^，,()（）]{4,40}?)(代为报告|代作报告|代为作报告|作报告)[)）]$");
    /**
     * The hundred commonest family names: two names of two characters spaced alike start with them (李　明　王　芳); a
     * name of four (哈　斯　巴　根, 巴　桑　罗　布) need not.
     */
    private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
            + "于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚";
    /** Who entrusted the speaker, before the speaker's office: 受市人大常委会主任何平委托. */
    private static final String ENTRUSTED = "^受[^\\s\\u3000，,]{2,30}委托[\\s\\u3000，,]*";
    /** The word of address after a name: 王建同志. */
    private static final String COMRADE = "(?<=\\p{IsHan}{2})[\\s\\u3000]*同志$";

    /**
     * The name or names after an office, without their spaces: two names set apart by a wide space (李　明　　王　芳), or
     * two names of two characters spaced alike (李　明　王　芳, each starting with a common family name), are both given,
     * 李明、王芳; a name of four characters (欧阳明华) is one.
     */
    private static String names(String name) {
        String[] wide = name.strip().split("[\\s\\u3000]{2,}");
        if (wide.length == 2 && NAME.matcher(wide[0]).matches() && NAME.matcher(wide[1]).matches()) {
            return normaliseName(wide[0]) + "、" + normaliseName(wide[1]);
        }
        String[] chars = name.strip().split("[\\s\\u3000]");
        if (chars.length == 4 && java.util.Arrays.stream(chars).allMatch(c -> c.length() == 1)
                && COMMON_SURNAMES.indexOf(Simplified.of(chars[0]).charAt(0)) >= 0
                && COMMON_SURNAMES.indexOf(Simplified.of(chars[2]).charAt(0)) >= 0
                && !COMPOUND_SURNAME.matcher(Simplified.of(chars[0] + chars[1])).find()) {
            return chars[0] + chars[1] + "、" + chars[2] + chars[3];
        }
        return normaliseName(name);
    }

    /**
     * A line that holds a name alone, as under the title of a speech ({@code 赵明华}, {@code 杨　丽　华}): two to
     * four characters, possibly spaced, starting with a family name. The name, without spaces.
     */
    public static Optional<String> parseNameLine(String line) {
        // (a journal's byline sets a mark before its author's name: □ 李国强, ◎王红)
        String original = BYLINE_MARK.matcher(SourceLine.trim(line).replace('\u00A0', ' ')).replaceFirst("");
        if (!NAME.matcher(original).matches()) {
            return Optional.empty();
        }
        String name = normaliseName(original);
        String s = Simplified.of(name);
        if (NOT_A_NAME.matcher(s).matches()) {
            return Optional.empty();
        }
        boolean surname = COMPOUND_SURNAME.matcher(s).find() ? s.length() >= 3 : SURNAMES.indexOf(s.charAt(0)) >= 0;
        return surname ? Optional.of(name) : Optional.empty();
    }

    /** Removes the spaces typeset between the characters of a Chinese name: {@code 鞠 丽} becomes {@code 鞠丽}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u3000';
    }

    /**
     * Whether two title lines are one document's: the same title, or one the other's end, its labels off and the
     * congress's names read in short form (a headline drops the city: 南海区人大常委会工作报告 of
     * 佛山市南海区人民代表大会常务委员会工作报告).
     */
    static boolean sameDocument(String first, String second) {
        String a = titleKey(first);
        String b = titleKey(second);
        return a.equals(b) || a.length() >= 8 && b.endsWith(a) || b.length() >= 8 && a.endsWith(b)
                || shortened(a, b) || shortened(b, a);
    }

    /**
     * Whether a headline is a title with words left out (在区人大常委会第十五次会议上的讲话 for
     * 在浦东新区第五届人大常委会第十五次会议上的讲话): its characters in the title's order, the same last words, most of its length.
     */
    private static boolean shortened(String headline, String title) {
        if (headline.length() < 8 || headline.length() >= title.length() || headline.length() * 5 < title.length() * 3
                || !headline.regionMatches(headline.length() - 3, title, title.length() - 3, 3)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < headline.length(); i++) {
            at = title.indexOf(headline.charAt(i), at) + 1;
            if (at == 0) {
                return false;
            }
        }
        return true;
    }

    private static String titleKey(String line) {
        return SPEAKER_FIRST.matcher(withoutYearAfter(Simplified.of(title(line).title()))
                .replace("人民代表大会常务委员会", "人大常委会").replace("人民代表大会", "人大")).replaceFirst("");
    }

    /** A headline's speaker before the speech's title: 周建华同志在县十四届人大二次会议闭幕式上的讲话, 顾振东在……上的讲话. */
    private static final Pattern SPEAKER_FIRST = Pattern.compile(
            "^(?:\\p{IsHan}{2,4}同志|(?!关于)\\p{IsHan}{1,2}[^\\s会表员委部府院局厅室组团市县区省])(?=在)");

    /** The most lines between a report's title and its delivery line, speaker line or salutation. */
    private static final int TITLE_BLOCK = 4;

    /**
     * Whether a title line has its title block under it: a delivery line, a speaker line or a salutation within a
     * few lines.
     */
    static boolean titleBlockUnder(List<SourceLine> lines, int title) {
        for (int j = title + 1; j < lines.size() && j <= title + TITLE_BLOCK; j++) {
            if (opensText(lines.get(j).text())) {
                return true;
            }
        }
        return false;
    }

    /** A news item's or a caption's day without its year, opening its sentence: 9月2日，……; 6月28日上午，…… */
    static final String DAY_LEAD = "[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日([上下]午)?[，,]";

    /** The longest line read as an addressee. */
    private static final int ADDRESSEE_LENGTH = 70;
    /** The body a letter-like document is addressed to, on the line that opens its text: 市人民政府：. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "^([^，。：:\\s]{0,30}[，,]){0,3}[^，。：:\\s]{0,30}(人民政府|人民法院|人民检察院|监察委员会|常务委员会|常委会|委员会|主席团|办公室"
                    + "|办公厅|各委室|各工委|各部门|各单位|人大代表)[:：]$");

    /**
     * Whether a line (in either script) is a letter-like document's addressee, which opens its text: 市人民政府：,
     * 各县（市、区）人大常委会，市人大常委会各委室：.
     */
    static boolean isAddressee(String line) {
        return line.length() <= ADDRESSEE_LENGTH && ADDRESSEE.matcher(Simplified.of(line.strip())).matches();
    }

    /** Whether a line opens a report under its title: a delivery line, a speaker line or a salutation. */
    static boolean opensText(String line) {
        return parseDelivery(line).isPresent() || parseSpeaker(line).isPresent() || isSalutation(line);
    }

    /** A title set over two lines, joined: the line breaks and letter-spacing are the layout's. */
    static String joinTitle(String first, String second) {
        return unspaced(first) + normaliseName(second.strip());
    }

    /** The line without the spaces between its characters if it is letter-spaced, else as it is (stripped). */
    static String unspaced(String line) {
        return isLetterSpaced(line) ? normaliseName(line.strip()) : line.strip();
    }

    /** Whether a line sets a space between (nearly) every two characters: 工 作 报 告. */
    static boolean isLetterSpaced(String line) {
        String s = line.strip();
        if (s.length() < 5 || !isSpace(s.charAt(1)) && !isSpace(s.charAt(2))) {
            return false; // (the common case: the first characters are set close)
        }
        int han = 0;
        int spaced = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.HAN) {
                han++;
                if (s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\u3000') {
                    spaced++;
                }
            }
        }
        return han >= 3 && spaced * 5 >= han * 4;
    }

    public static String normaliseName(String name) {
        return SPACES_AROUND_DOT.matcher(SPACES_IN_NAME.matcher(name).replaceAll("")).replaceAll("$1"); // 买买提 · 吐尔逊
    }

    private static final Pattern SPACES_IN_NAME = Pattern.compile("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})");
    private static final Pattern SPACES_AROUND_DOT = Pattern.compile("[\\s\\u3000]*([·•・‧．.])[\\s\\u3000]*");

    static boolean containsSentencePunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("。；！？，,;!?".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
