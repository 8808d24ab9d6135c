package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.FootnoteRef;

/**
 * Finds in-text footnote markers ({@code ^【6】}, {@code ^[6]}, {@code 【注6】}, {@code （注6）}; right after a quoted
 * term also {@code [6]}, {@code 【6】}, {@code 〔6〕} and {@code ⑥}; right after a word {@code ⑥}, {@code [6]} and
 * {@code 〔6〕}, and a superscript {@code ⁶}, when a note has
 * that number; a number in parentheses, {@code （6）}, right after the term of the note of that number, and a reference
 * mark, {@code ※} or {@code *}, right after a note's term) and takes them out of the text, keeping where they stood. A
 * marker of the last kinds elsewhere (①加强……；②……) numbers a list and is text.
 */
public final class FootnoteMarkers {

    /** The superscript digits, 0 to 9. */
    static final String SUPERSCRIPTS = "\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079";

    private static final Pattern MARKER = Pattern.compile(
            "\\^\\s*[【\\[［]\\s*([0-9０-９]{1,3})\\s*[】\\]］]|[【\\[［(（]注\\s*([0-9０-９]{1,3})[】\\]］)）]"
                    + "|\\^([0-9]{1,3})(?![0-9])|(?<=[”》」’])(?:[\\[［【〔]([0-9０-９]{1,3})[\\]］】〕]|([\u2460-\u2473]))"
                    // a word processor's note mark after a word: 486人次①，, 100%②。, 监督系统②向县区延伸
                    // (or after a sentence's stop, ending the paragraph: ……预算公开。③)
                    + "|(?:(?<=[\\p{L}\\p{N}%％])|(?<=[。；！？])(?=[\u2460-\u2473]\\s*$))([\u2460-\u2473])"
                    // a bracketed number after a word: 基层单元建设[3]，
                    // (or in tortoise-shell brackets: 联系点〔2〕)
                    + "|(?<=[\\p{L}。，；！？])[\\[［【〔]([0-9０-９]{1,3})[\\]］】〕]"
                    // a superscript number after a word or a quoted term, as a word processor's copy keeps it: 海洋强省¹建设
                    // (not a unit's power: 120万m², 10³)
                    + "|(?<=[\\p{IsHan}”》」’])([" + SUPERSCRIPTS + "]{1,3})"
                    // a number in parentheses right after a note's term: 河长制（1）, “十五”计划(1)
                    + "|(?<=[\\p{IsHan}”》」’])[（(]([0-9０-９]{1,2})[)）]"
                    // a reference mark right after a note's term: 中关村科学城※, “两型社会”*, “四化两型”**
                    + "|(?<=[\\p{IsHan}”》」’])(※{1,3}|＊{1,3}|\\*{1,3})"
                    // 注 and a number right after a note's term, without brackets: “七大行动”注1，
                    + "|(?<=[\\p{IsHan}”》」’])注([0-9０-９]{1,2})(?![0-9０-９])");

    private FootnoteMarkers() {
    }

    /** A superscript digit: ¹, ², ³, ⁴. */
    static boolean isSuperscript(char c) {
        return SUPERSCRIPTS.indexOf(c) >= 0;
    }

    /** The number superscript digits stand for: ¹² is 12. */
    static String superscriptLabel(String digits) {
        StringBuilder label = new StringBuilder(digits.length());
        digits.chars().forEach(c -> label.append((char) ('0' + SUPERSCRIPTS.indexOf(c))));
        return label.toString();
    }

    /** A circled number, ① to ⑳. */
    static boolean isCircled(char c) {
        return c >= '\u2460' && c <= '\u2473';
    }

    /** The number a circled digit stands for: ① is 1, ⑳ is 20. */
    static String circledLabel(char circled) {
        return Integer.toString(circled - '\u2460' + 1);
    }

    /**
     * Text with the markers removed, the markers, and the markers left in the text because no footnote has
     * their label (their offsets point just after them).
     */
    public record Extracted(String text, List<FootnoteRef> refs, List<FootnoteRef> unmatched) {
    }

    /** The text without anything that may be a footnote marker, for comparing texts whatever became of them. */
    public static String strip(String text) {
        Matcher m = matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (next(text, m, last)) {
            out = out == null ? new StringBuilder(text.length()) : out;
            out.append(text, last, m.start());
            last = m.end();
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    /** A matcher of markers whose look-behind sees the text before its region. */
    private static Matcher matcher(String text) {
        return MARKER.matcher(text).useTransparentBounds(true);
    }

    /**
     * Finds the next marker at or after {@code from}. The pattern is tried only where a marker can start (a
     * caret, an opening bracket, a circled number), which a page's text has at few of its characters.
     */
    private static boolean next(String text, Matcher m, int from) {
        for (int i = from; i < text.length(); i++) {
            if (mayStart(text, i)) {
                m.region(i, text.length());
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether a marker may start at {@code i}: a caret; a bracket before 注, or 注 and a digit after a word or a quote; a
     * bracket or a circled number right after a closing quotation mark; a circled number after a word where a clause
     * ends (a list's ①加强立法 is none).
     */
    private static boolean mayStart(String text, int i) {
        char c = text.charAt(i);
        if (c == '^') {
            return true;
        }
        boolean bracket = c == '【' || c == '[' || c == '［' || c == '〔';
        boolean circled = isCircled(c);
        if (c == '※' || c == '＊' || c == '*' || isSuperscript(c)
                || c == '注' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
            // (a mark right after a note's term; a superscript's first digit, after a word or a quote)
            return afterWordOrQuote(text, i);
        }
        if ((c == '（' || c == '(') && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
            return afterWordOrQuote(text, i); // (a marker only right after the term of the note of its number)
        }
        if (!bracket && !circled && c != '(' && c != '（') {
            return false;
        }
        if (!circled && i + 1 < text.length() && text.charAt(i + 1) == '注') {
            return true;
        }
        if (bracket && i > 0 && (Character.isLetter(text.charAt(i - 1)) || "。，；！？".indexOf(text.charAt(i - 1)) >= 0)) {
            return true; // a bracketed number after a word or a stop (……活动。[2]): a note's marker only when a note has its number
        }
        if (circled && i > 0 && "。；！？".indexOf(text.charAt(i - 1)) >= 0 && text.substring(i + 1).isBlank()) {
            return true; // a circled number after a sentence's stop, ending the paragraph (……预算公开。③)
        }
        if (circled && i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || "%％".indexOf(text.charAt(i - 1)) >= 0)) {
            // a word processor's note mark after a word (486人次①，, 100%②。, 预算联网监督系统②向县区延伸): a note's
            // marker only when a note has its number, else the text's own
            return true;
        }
        return (bracket || circled) && i > 0 && "”》」’".indexOf(text.charAt(i - 1)) >= 0;
    }

    /** Whether a Chinese character or a closing quotation mark stands right before {@code i}. */
    private static boolean afterWordOrQuote(String text, int i) {
        return i > 0 && (Character.UnicodeScript.of(text.charAt(i - 1)) == Character.UnicodeScript.HAN
                || "”》」’".indexOf(text.charAt(i - 1)) >= 0);
    }

    /** Takes out every marker. */
    public static Extracted extract(String text) {
        return extract(text, label -> true);
    }

    /** Takes out the markers whose label is known; the others stay in the text. */
    public static Extracted extract(String text, java.util.function.Predicate<String> known) {
        return extract(text, known, (before, marker) -> null);
    }

    /**
     * Takes out the markers whose label is known, and a number in parentheses or a reference mark (※, *) right after
     * the term of a note, the note {@code noteBefore} names for the text before it (a number only the note of that
     * number's); the others stay in the text.
     *
     * @param noteBefore the label of the note, whose term the text ends with, that the marker may stand for, or null
     */
    public static Extracted extract(String text, java.util.function.Predicate<String> known,
                                    java.util.function.BiFunction<CharSequence, String, String> noteBefore) {
        Matcher m = matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        List<FootnoteRef> refs = new ArrayList<>();
        List<FootnoteRef> unmatched = new ArrayList<>();
        int last = 0;
        while (next(text, m, last)) {
            out.append(text, last, m.start());
            if (m.group(10) != null) {
                String note = noteBefore.apply(out, m.group());
                if (note != null) {
                    refs.add(new FootnoteRef(out.length(), note, m.group()));
                } else {
                    out.append(m.group()); // a mark of the text's own: 5*8, 注意※
                }
                last = m.end();
                continue;
            }
            String label = m.group(11) != null ? ChineseNumbers.toHalfWidthDigits(m.group(11))
                    : m.group(9) != null ? ChineseNumbers.toHalfWidthDigits(m.group(9))
                    : m.group(8) != null ? superscriptLabel(m.group(8))
                    : m.group(5) != null ? circledLabel(m.group(5).charAt(0))
                    : m.group(6) != null ? circledLabel(m.group(6).charAt(0)) : ChineseNumbers.toHalfWidthDigits(
                    m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3)
                    : m.group(4) != null ? m.group(4) : m.group(7));
            // (a mark after a quoted term or a word with no note of its number is the text's own: 第①项, ⑥, 表[2])
            boolean afterQuote = m.group(4) != null || m.group(5) != null || m.group(6) != null || m.group(7) != null
                    || m.group(8) != null;
            if (m.group(9) != null || m.group(11) != null) { // (a number only right after the term of its note)
                if (known.test(label) && label.equals(noteBefore.apply(out, m.group()))) {
                    refs.add(new FootnoteRef(out.length(), label, m.group()));
                } else {
                    out.append(m.group()); // a number in parentheses of the text's own: 第（1）项
                }
            } else if (known.test(label)) {
                refs.add(new FootnoteRef(out.length(), label, m.group()));
            } else if (afterQuote) {
                out.append(m.group()); // [6] or ⑥ after a quoted term with no footnote of its number: the text's own
            } else {
                out.append(m.group());
                unmatched.add(new FootnoteRef(out.length(), label, m.group()));
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return new Extracted(out.toString(), refs, unmatched);
    }

    /**
     * Whether text ends with a note's term, or with the last part of it in quotation marks or after them (河长制（1）,
     * 代表建议“三见面”（3） after “三见面”, 赣南苏区振兴（2）).
     */
    static boolean endsWithTerm(CharSequence before, String term) {
        if (term == null || term.isBlank()) {
            return false;
        }
        String t = term.strip();
        String text = before.toString();
        if (text.endsWith(t)) {
            return true;
        }
        int open = t.lastIndexOf('“');
        String tail = open > 0 ? t.substring(open) : t.replaceAll("^[“\"「《]|[”\"」》]$", "");
        if (tail.length() >= 2 && text.endsWith(tail)) {
            return true;
        }
        // the term quoted in the text and not in its note (“家站点”※ for 家站点：……)
        String bare = tail.replaceAll("^[“\"「《]|[”\"」》]$", "");
        return bare.length() >= 2 && text.matches("(?s).*[“\"「《]" + java.util.regex.Pattern.quote(bare) + "[”\"」》]$");
    }

    /** The most characters between a note's term and its marker in the text: 基层单元建设② for 基层单元. */
    private static final int TERM_TO_MARKER = 4;

    /** Whether a text ends with a note's term, or with the term and a few characters of its clause after it. */
    static boolean termJustBefore(String before, String term) {
        if (endsWithTerm(before, term)) {
            return true;
        }
        String t = term.strip().replaceAll("^[“\"「《]|[”\"」》]$", "");
        int at = t.length() < 2 ? -1 : before.lastIndexOf(t);
        String gap = at < 0 ? "" : before.substring(at + t.length()).replaceAll("[”」》’\"]", "");
        return at >= 0 && gap.length() <= TERM_TO_MARKER && gap.codePoints().allMatch(Character::isLetterOrDigit);
    }

    /** The quoted words of a note's term, as the text may mark them: “民呼我应” of “民呼我应”机制. */
    private static final Pattern QUOTED_WORDS = Pattern.compile("[“「\"]([^”」\"]{2,20})[”」\"]");

    /**
     * Whether a text marks a note's term, or its quoted words, with one of the marker's forms right after it
     * (“民呼我应”① for ①“民呼我应”机制：指……, 基层单元建设② for ②全过程人民民主基层单元：指……).
     */
    static boolean marksTerm(String text, String term, List<String> markers) {
        Matcher quoted = QUOTED_WORDS.matcher(term);
        List<String> words = quoted.find() ? List.of(term, quoted.group(1)) : List.of(term);
        for (String marker : markers) {
            for (int at = text.indexOf(marker); at >= 0; at = text.indexOf(marker, at + 1)) {
                String before = text.substring(0, at);
                if (words.stream().anyMatch(w -> termJustBefore(before, w))) {
                    return true;
                }
            }
        }
        return false;
    }
}
