package org.reportarchive.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the lines that open a report: its title, the delivery line
 * ({@code 2021年11月24日在乐山市第八届人民代表大会第一次会议上}), the speaker line
 * ({@code 乐山市人大常委会主任 赖淑芳}) and the salutation ({@code 各位代表：}).
 */
public final class FrontMatter {

    private static final String CN_NUM = "[0-9０-９〇零一二三四五六七八九十百两]+";
    private static final String YEAR = "([0-9０-９]{4}|[〇零○一二三四五六七八九]{4})";
    private static final Pattern DATE = Pattern.compile(YEAR + "\\s*年\\s*(" + CN_NUM + ")\\s*月\\s*(" + CN_NUM
            + ")\\s*日");
    private static final Pattern MEETING = Pattern.compile(
            "在(.{0,30}?)第(" + CN_NUM + ")届人民代表大会(?:常务委员会)?第(" + CN_NUM + ")次(?:全体)?会议上");
    private static final Pattern MEETING_ANY = Pattern.compile("在(.{2,40}?)(会议|大会|会)上");
    private static final Pattern TITLE = Pattern.compile(
            "^(.{0,40}?(人民代表大会常务委员会|人大常委会).{0,10}?(工作报告|报告)"
                    + "|.{2,40}?(工作报告|的讲话|上的讲话|讲话|致辞|的发言|上的发言|主持词|开幕词|闭幕词))$");
    private static final Pattern SALUTATION = Pattern.compile(
            "^(各位代表|同志们|各位委员|各位议员|各位领导|各位代表、同志们|各位代表，同志们|各位代表,同志们|同志们、朋友们|同志们，朋友们)[:：,，!！]?$");
    private static final Pattern OFFICE_TITLE = Pattern.compile(
            "(副主任|主任|副主席|主席|副书记|书记|副市长|市长|秘书长|副县长|县长|代表|委员)");
    private static final Pattern NAME = Pattern.compile("^\\p{IsHan}([\\s\\u3000]?\\p{IsHan}){1,3}$");

    private FrontMatter() {
    }

    /** Facts read from a delivery line. Any part may be null. */
    public record Delivery(LocalDate date, String place, Integer congress, Integer session, String speakerPart) {
    }

    /** A speaker line split into office and normalised name. */
    public record Speaker(String office, String name) {
    }

    /** Removes Markdown heading marks ({@code # }) from the start of a line. */
    public static String stripMarkdownHeading(String line) {
        return line.replaceFirst("^#{1,6}\\s+", "").replaceFirst("\\s+#+$", "");
    }

    public static boolean isMarkdownHeading(String line) {
        return line.matches("^#{1,6}\\s+\\S.*");
    }

    /** A title, in simplified or traditional characters. */
    public static boolean isTitle(String line) {
        String s = simplified(stripMarkdownHeading(line));
        return !containsSentencePunctuation(s) && TITLE.matcher(s).matches();
    }

    /** A salutation, in simplified or traditional characters. */
    public static boolean isSalutation(String line) {
        return SALUTATION.matcher(simplified(line)).matches();
    }

    /** Traditional characters as simplified, for recognising a line only (the text itself is never changed). */
    private static String simplified(String line) {
        return line.length() > 80 ? line : com.hankcs.hanlp.HanLP.convertToSimplifiedChinese(line);
    }

    /** A delivery line: a short line with a date and "在……会议上". */
    public static Optional<Delivery> parseDelivery(String line) {
        String s = line.replaceFirst("^[—–\\-－\\s]+", "");
        if (s.length() > 160 || s.contains("。")) {
            return Optional.empty();
        }
        Matcher m = MEETING.matcher(s);
        Matcher any = MEETING_ANY.matcher(s);
        Matcher d = DATE.matcher(s);
        boolean hasDate = d.find();
        if (m.find()) {
            String place = m.group(1).trim();
            Integer congress = positive(ChineseNumbers.parse(m.group(2)));
            Integer session = positive(ChineseNumbers.parse(m.group(3)));
            String rest = s.substring(m.end()).trim();
            return Optional.of(new Delivery(hasDate ? date(d) : null, place.isEmpty() ? null : place, congress,
                    session, rest.isEmpty() ? null : rest));
        }
        if (hasDate && any.find() && s.length() < 80) {
            return Optional.of(new Delivery(date(d), null, null, null, null));
        }
        if (hasDate && s.replaceAll("[（）()\\s]", "").equals(d.group().replaceAll("\\s", ""))) {
            // a date alone, e.g. （2023年1月10日）
            return Optional.of(new Delivery(date(d), null, null, null, null));
        }
        return Optional.empty();
    }

    private static LocalDate date(Matcher d) {
        int year = ChineseNumbers.parseYear(d.group(1));
        int month = ChineseNumbers.parse(d.group(2));
        int day = ChineseNumbers.parse(d.group(3));
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static Integer positive(int n) {
        return n > 0 ? n : null;
    }

    /**
     * A speaker line: an office ending in a title (主任, 书记 ...) followed by a name of two to four characters,
     * possibly typeset with spaces between them ({@code 主任 鞠 丽}, {@code 主任包 惠}).
     */
    public static Optional<Speaker> parseSpeaker(String line) {
        String s = SourceLine.trim(line);
        if (s.length() > 60 || containsSentencePunctuation(s)) {
            return Optional.empty();
        }
        Matcher m = OFFICE_TITLE.matcher(s);
        Speaker found = null;
        while (m.find()) {
            String office = SourceLine.trim(s.substring(0, m.end()));
            String name = SourceLine.trim(s.substring(m.end()));
            if (office.length() >= 3 && NAME.matcher(name).matches()) {
                found = new Speaker(office, normaliseName(name));
            }
        }
        return Optional.ofNullable(found);
    }

    /** Removes the spaces typeset between the characters of a Chinese name: {@code 鞠 丽} becomes {@code 鞠丽}. */
    public static String normaliseName(String name) {
        return name.replaceAll("(?<=\\p{IsHan})[\\s\\u3000]+(?=\\p{IsHan})", "");
    }

    static boolean containsSentencePunctuation(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("。；！？，,;!?".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
