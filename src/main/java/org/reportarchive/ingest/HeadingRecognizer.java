package org.reportarchive.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.reportarchive.model.HeadingStyle;
import org.reportarchive.text.Simplified;

/**
 * Recognises headings by their numbering: stand-alone lines ({@code 一、旗帜鲜明坚持党的领导}, Markdown
 * {@code ## 二、…}, a bare section title such as {@code 过去五年工作回顾}) and run-in headings that open a
 * paragraph ({@code （一）党的领导全面落实。坚持…}, {@code 一是突出首要任务强化政治引领。坚持…}).
 */
public final class HeadingRecognizer {

    private static final String CN = "[一二三四五六七八九十]{1,3}";
    /** 一、, and a scan's 一 read as a dash (—、认真抓好地方立法): a dash before 、 is no punctuation of a text. */
    private static final Pattern CHINESE_NUMBER = Pattern.compile("^(" + CN + "[、，,．.]|[—－]、)\\s*\\S");
    /** 壹、贰、, in either script (貳、參、陸、). */
    private static final Pattern CAPITAL_NUMBER = Pattern.compile("^[壹贰貳叁參肆伍陆陸柒捌玖拾]{1,2}[、．.]\\s*\\S");
    /** Ⅰ．, Ⅱ、 (a Roman numeral then a mark: Ⅲ类水质 is a class, and Ⅰ、Ⅱ类水质 two). */
    private static final Pattern ROMAN_NUMBER = Pattern.compile("^[\u2160-\u216B][、．.](?![\u2160-\u216B])\\s*\\S");
    /** 【一】 (a number in these brackets, not a note's 【1】). */
    private static final Pattern BRACKET_CHINESE = Pattern.compile("^【" + CN + "】\\s*\\S");
    private static final Pattern PAREN_CHINESE = Pattern.compile("^[（(]\\s*" + CN + "\\s*[）)]\\s*\\S");
    private static final Pattern ORDINAL_PHRASE = Pattern.compile("^(" + CN + "(是|要)|第" + CN + "[，,、：:]|其" + CN + "[，,、：:])\\S");
    // (1.5万元 is a number; 1.2021年工作回顾, a year after the item's number, is a heading)
    private static final Pattern ARABIC = Pattern.compile(
            "^(?:[0-9０-９]{1,2}[、．.](?![0-9０-９])\\s*\\S|[0-9０-９]{1,2}[．.](?=(19|20)[0-9]{2}年))");
    /** A word processor's section number, then a space: 1.1 工程建设情况, 2.3.1 …… (never 1.5万元, nor 3.5 万人次). */
    private static final Pattern DECIMAL = Pattern.compile(
            "^[0-9０-９]{1,2}[．.][0-9０-９]{1,2}([．.][0-9０-９]{1,2})?[\\s\\u3000]+(?![万亿元个人次件项倍千百公吨米%％])\\S");
    private static final Pattern PAREN_ARABIC = Pattern.compile("^[（(]\\s*[0-9０-９]{1,2}\\s*[）)]\\s*\\S");
    /** A number closed by a bracket, as a word processor's list sets it: 1）, 2) (never 3)号, nor a figure 1)2). */
    private static final Pattern ARABIC_PAREN = Pattern.compile("^[0-9０-９]{1,2}[）)](?![0-9０-９号])[\\s\\u3000]*\\p{IsHan}");
    /** ①建立问题清单: a circled number before words (a note's, ①周四接待日：指……, is no heading for its sentence). */
    private static final Pattern CIRCLED = Pattern.compile("^[\u2460-\u2473][\\s\\u3000]*\\p{IsHan}");
    /** Longest run-in heading, in characters, up to and including its full stop. */
    private static final int MAX_RUN_IN = 40;
    /** Longest stand-alone heading line. */
    private static final int MAX_HEADING = 60;
    private static final int MAX_BARE_TITLE = 24;

    /** A full stop: a Chinese one, or a half-width copy's point after a Chinese character (加强司法监督.听取……). */
    private static final Pattern FULL_STOP = Pattern.compile("[。！？]|(?<=\\p{IsHan})\\.");

    private HeadingRecognizer() {
    }

    /** A heading found at the start of a line. */
    public record Match(HeadingStyle style, int length) {
    }

    /** The numbering style a line starts with, if any (after any emoji a post puts first: 📌 一、…). */
    public static Optional<HeadingStyle> numbering(String line) {
        String t = withoutLeadingSymbols(line);
        if (t.isEmpty() || NUMBER_STARTS.indexOf(t.charAt(0)) < 0) {
            return Optional.empty(); // (the common case: a line that starts with no numbering's first character)
        }
        for (Numbering n : NUMBERINGS) {
            if (n.pattern().matcher(t).find()) {
                return Optional.of(n.style());
            }
        }
        return Optional.empty();
    }

    /** The characters a numbering starts with: each numbering's pattern starts with one of them. */
    private static final String NUMBER_STARTS = "一二三四五六七八九十—－壹贰貳叁參肆伍陆陸柒捌玖拾【（(第其0123456789０１２３４５６７８９"
            + IntStream.rangeClosed(0x2160, 0x216B).mapToObj(Character::toString).collect(Collectors.joining())
            + IntStream.rangeClosed(0x2460, 0x2473).mapToObj(Character::toString).collect(Collectors.joining());

    /** A numbering style and the start of a line that has it. */
    private record Numbering(Pattern pattern, HeadingStyle style) {
    }

    /** The numberings in the order they are tried: （一） before 一、, （1） before 1. (a line's start may read as both). */
    private static final List<Numbering> NUMBERINGS = List.of(new Numbering(CAPITAL_NUMBER, HeadingStyle.CAPITAL_NUMBER),
            new Numbering(ROMAN_NUMBER, HeadingStyle.ROMAN_NUMBER),
            new Numbering(BRACKET_CHINESE, HeadingStyle.BRACKET_CHINESE_NUMBER),
            new Numbering(PAREN_CHINESE, HeadingStyle.PAREN_CHINESE_NUMBER),
            new Numbering(CHINESE_NUMBER, HeadingStyle.CHINESE_NUMBER),
            new Numbering(ORDINAL_PHRASE, HeadingStyle.ORDINAL_PHRASE),
            new Numbering(PAREN_ARABIC, HeadingStyle.PAREN_ARABIC_NUMBER),
            new Numbering(ARABIC, HeadingStyle.ARABIC_NUMBER),
            new Numbering(DECIMAL, HeadingStyle.DECIMAL_NUMBER),
            new Numbering(ARABIC_PAREN, HeadingStyle.ARABIC_PAREN_NUMBER),
            new Numbering(CIRCLED, HeadingStyle.CIRCLED_NUMBER));

    /**
     * A whole line that is a heading: Markdown heading, a numbered line without a sentence in it, or a short
     * bare title with no punctuation at all.
     */
    public static Optional<HeadingStyle> standalone(String line) {
        if (FrontMatter.isLetterSpaced(line)) {
            // 一 、 2 0 0 8 年 工 作 回 顾, as a scan sets a numbered heading; a spaced line without a number is text
            String unspaced = line.replaceAll("[ \u3000]", "");
            return unspaced.length() > MAX_HEADING || containsSentenceEnd(unspaced) ? Optional.empty()
                    : numbering(unspaced);
        }
        if (FrontMatter.isMarkdownHeading(line)) {
            String text = FrontMatter.stripMarkdownHeading(line);
            return Optional.of(numbering(text).orElse(HeadingStyle.TITLE));
        }
        if (line.length() > MAX_HEADING || containsSentenceEnd(line) || PageTail.FILE_NAME.matcher(line.strip()).find()) {
            return Optional.empty(); // (a file an attachment list names, 1.审议意见（PDF版）.pdf, is no heading)
        }
        Optional<HeadingStyle> numbered = numbering(line);
        if (numbered.isPresent()) {
            // a provision that introduces its items (（三）各级人民政府……应当按照下列分工履行职责：) is a clause, not a heading
            if (numbered.get() == HeadingStyle.CIRCLED_NUMBER && (line.strip().length() > MAX_CIRCLED_HEADING
                    || line.indexOf('，') >= 0 || line.indexOf(',') >= 0)) {
                return Optional.empty(); // (the deepest headings are short: ①建立问题清单; a list's item goes on in clauses)
            }
            return INTRODUCES_ITEMS.matcher(line).find() ? Optional.empty() : numbered;
        }
        return isBareTitle(line) ? Optional.of(HeadingStyle.TITLE) : Optional.empty();
    }

    /** The longest heading numbered with a circled number. */
    private static final int MAX_CIRCLED_HEADING = 20;

    /** A clause that introduces the items under it: ……应当……下列……：, ……禁止下列行为：, ……重点保护以下物种及其栖息地：. */
    private static final Pattern INTRODUCES_ITEMS = Pattern.compile("(下列|以下|如下)[^，。：:]{0,12}[：:]\\s*$");

    /** The bullets a heading may be set with. */
    private static final String HEADING_BULLETS = "◆◇■□★☆"; // (not ▲, which sets a report's items and a picture's caption)
    /** The longest heading set with a bullet whose phrases a comma joins. */
    private static final int BULLET_HEADING = 30;

    /** The first comma of a line, full-width or not (☆紧扣中心大局,加强监督), or -1. */
    private static int firstComma(String line) {
        int full = line.indexOf('，');
        int half = line.indexOf(',');
        return full < 0 ? half : half < 0 ? full : Math.min(full, half);
    }

    /**
     * A short line with no punctuation: 过去五年工作回顾, 2023年主要任务, 名词解释; not a table's row, its cells set apart
     * by wide spaces (类别　　件数　　满意率, 教育卫生　　41　　100%), nor a subtitle led by a dash. A heading set with a
     * bullet may join two phrases with one comma (◆聚焦高质量发展，监督工作精准有力).
     */
    public static boolean isBareTitle(String line) {
        if (line.length() < 2 || line.length() > MAX_BARE_TITLE || isRowOfCells(line)) {
            return false;
        }
        String t = line.strip();
        if (!t.isEmpty() && "—–－-".indexOf(t.charAt(0)) >= 0) {
            return false; // a subtitle led by a dash, under a section's heading (——以有力监督回应群众期盼), is none
        }
        if (!t.isEmpty() && (t.charAt(0) == '▲' || t.charAt(0) == '△') && t.chars().anyMatch(Character::isDigit)) {
            return false; // an item set with a triangle that gives a figure (▲ 开展执法检查 3 次) is the text's list
        }
        if (DAY_ALONE.matcher(t).matches() || t.indexOf('→') >= 0) {
            return false; // a day alone (a signature's, 2021年1月6日) or a flow of steps (申请→受理→审查→决定) is none
        }
        if (DAY_AFTER_SPACE.matcher(t).find()) {
            return false; // a name and its day, a list's row (恩施日报　2022-03-15, 工作回顾　2023-01-05), is none
        }
        if (NAME_AND_OFFICE.matcher(Simplified.of(t)).matches()) {
            return false; // a list's member, name then office (谢　芳　市人大常委会委员, 王建國　縣委書記), is none
        }
        // a heading set with a bullet may join its two phrases with a comma: ◆聚焦高质量发展，监督工作精准有力
        int comma = HEADING_BULLETS.indexOf(t.charAt(0)) >= 0 && t.length() <= BULLET_HEADING ? firstComma(line) : -1;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("。，、；：！？,.;:!?“”\"'‘’（）()《》…\t".indexOf(c) >= 0 && !(i == comma && firstComma(line.substring(i + 1)) < 0)) {
                return false; // punctuation, or the tab between the cells of a table's row (常委会会议	9	+1)
            }
        }
        return line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .count() >= 2;
    }

    /**
     * The offices a name set apart from them is followed by, and a deputy's own work after the office (市人大代表、……有限公司
     * 董事长, ……人民医院主任医师).
     */
    private static final List<String> OFFICES = List.of("委员", "主任", "代表", "组长", "秘书长", "主席", "书记", "局长", "县长",
            "市长", "区长", "州长", "旗长", "部长", "处长", "科长", "院长", "检察长", "庭长", "主任委员",
            "董事长", "总经理", "经理", "医师", "医生", "教师", "护士长", "校长", "厂长", "所长", "站长", "队长", "会长", "社长", "馆长");

    /** A name set apart from the office after it: 谢　芳　市人大常委会委员, 李卫东　市人大代表. */
    private static final Pattern NAME_AND_OFFICE = Pattern.compile(
            "^(\\p{IsHan}(?:[\\s\\u3000]?\\p{IsHan}){1,3})[\\s\\u3000]+\\S.{0,24}(" + String.join("|", OFFICES) + ")$");

    /** The last characters of the offices: a line that ends in none of them names no office. */
    private static final String OFFICE_ENDS = OFFICES.stream().map(o -> o.substring(o.length() - 1)).distinct()
            .collect(Collectors.joining());

    /** The name of a line that is a name set apart from the office after it (李卫东　市人大代表), without its spaces. */
    static Optional<String> nameBeforeOffice(String line) {
        String t = line.strip();
        if (t.isEmpty() || OFFICE_ENDS.indexOf(Simplified.of(t.charAt(t.length() - 1))) < 0) {
            return Optional.empty(); // (the common case: the line does not end in an office)
        }
        Matcher m = NAME_AND_OFFICE.matcher(Simplified.of(t)); // (the name as written: the view has the line's length)
        return m.matches() ? Optional.of(t.substring(0, m.end(1)).replaceAll("[\\s\\u3000]", "")) : Optional.empty();
    }

    /** A whole day in digits set apart at a line's end: 恩施日报　2022-03-15, ……座谈会 2023年1月5日. */
    private static final Pattern DAY_AFTER_SPACE = Pattern.compile(
            "[\\s\\u3000]+[0-9０-９]{4}[-－./年][0-9０-９]{1,2}[-－./月][0-9０-９]{1,2}日?$");

    /** A day alone: 2021年1月6日, 二〇一三年一月十日, 2024年1月. */
    private static final Pattern DAY_ALONE = Pattern.compile(
            "^[0-9０-９〇零一二三四五六七八九○]{4}[\\s\\u3000]*年[\\s\\u3000]*[0-9０-９一二三四五六七八九十]{1,2}[\\s\\u3000]*月"
                    + "([\\s\\u3000]*[0-9０-９一二三四五六七八九十]{1,3}[\\s\\u3000]*日)?$");

    /** Cells set apart by wide spaces: three or more, or two of which one is a number. */
    private static boolean isRowOfCells(String line) {
        String[] cells = CELL_GAP.split(line.strip());
        if (cells.length >= 3) {
            return true;
        }
        return cells.length == 2 && (NUMBER_CELL.matcher(cells[0]).matches() || NUMBER_CELL.matcher(cells[1]).matches());
    }

    private static final Pattern CELL_GAP = Pattern.compile("[\\s\\u3000]{2,}");
    private static final Pattern NUMBER_CELL = Pattern.compile("[0-9０-９.．%％]+");

    /** A heading that opens a paragraph and ends at its first full stop. */
    public static Optional<Match> runIn(String paragraph) {
        Optional<HeadingStyle> style = numbering(paragraph);
        if (style.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = FULL_STOP.matcher(paragraph);
        if (!m.find()) {
            return Optional.empty();
        }
        int end = m.end();
        String head = paragraph.substring(0, end);
        // (nor a quoted item that ends there: （三）及时清除责任区内的积雪。”)
        if (end > MAX_RUN_IN || CLOSING_QUOTES.matcher(paragraph).region(end, paragraph.length()).matches()
                || head.contains("；") || head.contains(";")) {
            return Optional.empty();
        }
        if (style.get() == HeadingStyle.ORDINAL_PHRASE && goesOnToItsNextItem(paragraph)) {
            return Optional.empty(); // (一是……。二是……。三是……: a list run into one paragraph, not a heading before its text)
        }
        return Optional.of(new Match(style.get(), end));
    }

    /**
     * Whether a paragraph that opens with an ordinal (一是, 第二，) goes on to the item after it (……。二是……); a list of its
     * own inside it (三是……。……三件事：一是……；二是……) is its text's.
     */
    private static boolean goesOnToItsNextItem(String paragraph) {
        Matcher own = OWN_ORDINAL.matcher(paragraph);
        int next = own.lookingAt() ? ChineseNumbers.parse(own.group(1)) + 1 : -1;
        // (the items of a list of its own, which starts again at 一, are that list's: ……两项工作：一是……，二是……)
        Matcher inner = INNER_LIST.matcher(paragraph);
        int to = inner.find(1) ? inner.start() : paragraph.length();
        Matcher item = NEXT_ITEM.matcher(paragraph);
        int from = 1;
        while (item.find(from) && item.start() < to) {
            String n = item.group(1).replaceAll("[^一二三四五六七八九十]", "");
            if (next < 1 || ChineseNumbers.parse(n) == next) {
                return true;
            }
            from = item.end();
        }
        return false;
    }

    /** A list of a paragraph's own that starts inside it: ：一是, ：第一，. */
    private static final Pattern INNER_LIST = Pattern.compile("[：:][\\s\\u3000]*(一是|一要|第一[，,、]|其一[，,、])");

    /** The ordinal a paragraph opens with: 三是, 第三，, 其三，. */
    private static final Pattern OWN_ORDINAL = Pattern.compile("^[第其]?([一二三四五六七八九十]{1,3})");

    /** Nothing but closing quotation marks (or nothing at all). */
    private static final Pattern CLOSING_QUOTES = Pattern.compile("[”’」』\"]*");

    /** A list's next item inside a paragraph: ，二是, 。三要, ；第二，. */
    private static final Pattern NEXT_ITEM = Pattern.compile(
            "[，。；,;：:][\\s\\u3000]*([二三四五六七八九十](是|要)|第[二三四五六七八九十][，,、：:]|其[二三四五六七八九十][，,、：:])");

    /**
     * Has a full stop, exclamation or question mark or semicolon: a sentence, not a heading; in a half-width copy a
     * point after a Chinese character is a full stop (……的报告.), not one after a digit (1., 8.4).
     */
    private static boolean containsSentenceEnd(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("。！？；!?;".indexOf(c) >= 0
                    || c == '.' && i > 0 && Character.UnicodeScript.of(line.charAt(i - 1)) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /**
     * Ends with punctuation that closes a sentence, a clause or a quotation, maybe followed by emoji and other
     * symbols, as a post puts them after its sentences (…问题27个。👍).
     */
    public static boolean endsSentence(String line) {
        int end = line.length();
        while (end > 0 && isSymbol(line.codePointBefore(end))) {
            end -= Character.charCount(line.codePointBefore(end));
        }
        // (the marker is at most five characters long; the stop before it is looked at through the region's bounds)
        Matcher marker = NOTE_MARK_AT_END.matcher(line).region(Math.max(0, end - 5), end).useTransparentBounds(true);
        if (marker.find()) {
            end = marker.start(); // (a note's marker after the stop: ……预算公开。③, ……活动。[2])
        }
        if (end == 0) {
            return false;
        }
        char c = line.charAt(end - 1);
        return "。！？；：…”’」』）)】》.!?;:\"".indexOf(c) >= 0;
    }

    /** A note's marker after a sentence's stop, at a line's end: ③, [2], 【2】, ². */
    private static final Pattern NOTE_MARK_AT_END = Pattern.compile(
            "(?<=[。！？；])(?:[\u2460-\u2473]|[\\[［【〔][0-9０-９]{1,3}[\\]］】〕]|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})$");

    private static String withoutLeadingSymbols(String line) {
        int start = 0;
        while (start < line.length() && isSymbol(line.codePointAt(start))) {
            start += Character.charCount(line.codePointAt(start));
        }
        return start == 0 ? line : line.substring(start);
    }

    /** An emoji, pictograph or other symbol, or a space or variation selector beside one. */
    private static boolean isSymbol(int cp) {
        int type = Character.getType(cp);
        return type == Character.OTHER_SYMBOL || type == Character.SURROGATE || cp == 0xFE0F || cp == 0x200D
                || Character.isWhitespace(cp) || cp == 0x3000;
    }
}
