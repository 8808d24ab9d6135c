package org.reportarchive.text;

import java.util.regex.Pattern;

/**
 * The words a bilingual page sets beside its Chinese ones, in the scripts of China's other official languages:
 * Uyghur and Kazakh (Arabic script), Korean (Hangul), Mongolian, Tibetan and Yi ({@code 来源 مەنبە：伊宁市人大常委会},
 * {@code 출처：연변일보　来源：延边日报}), and in English, whose words a page sets after a Chinese label
 * ({@code 来源 Source：咸阳日报}, {@code 【打印 Print】}, {@code 相关文章 Related Articles}). A page's lines are recognised by
 * their Chinese words; the others repeat them.
 */
public final class OtherScripts {

    private static final String SCRIPT = "\\p{IsArabic}\\p{IsHangul}\\p{IsMongolian}\\p{IsTibetan}\\p{IsYi}";
    /** A run of words in those scripts, with the spaces, joiners and punctuation between them. */
    private static final Pattern RUN = Pattern.compile(
            "[" + SCRIPT + "][" + SCRIPT + "\\s\\u3000\\u200c\\u200d\\u202f\\u180e·.,،؛'ʼ\\-]*");
    /** A colon left with nothing before it once the words before it are gone. */
    private static final Pattern ORPHAN_COLON = Pattern.compile("(^|[\\s\\u3000])[:：](?=[\\s\\u3000]|$)");
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile(" +(?=[:：])");

    /**
     * English words after a Chinese label: before its colon, inside its brackets, or ending the line; not an address's
     * scheme (晋江新闻网 http://……).
     */
    private static final Pattern ENGLISH_GLOSS = Pattern.compile(
            "(?<=[\\u4e00-\\u9fff])[ \\u3000]+[A-Za-z]+(?: [A-Za-z]+){0,3}(?=[ \\u3000]*([:：](?!//)|[】\\]])|[ \\u3000]*$)");

    private OtherScripts() {
    }

    private static boolean hasLatinLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Whether a character of those scripts is in the line: Arabic, Tibetan, Hangul, Mongolian or Yi. */
    public static boolean hasOtherScript(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x0600 && c <= 0x08FF || c >= 0x0F00 && c <= 0x0FFF || c >= 0x1100 && c <= 0x11FF
                    || c >= 0x1800 && c <= 0x18AF || c >= 0x3130 && c <= 0x318F || c >= 0xA000 && c <= 0xA4CF
                    || c >= 0xAC00 && c <= 0xD7AF || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF) {
                return true;
            }
        }
        return false;
    }

    /**
     * The line without its words in other scripts; the line as it is when it has none, or when nothing but them (and
     * punctuation) is in it.
     */
    public static String strip(String line) {
        if (!hasOtherScript(line)) {
            return hasLatinLetter(line) ? ENGLISH_GLOSS.matcher(line).replaceAll("") : line; // (most lines have none)
        }
        String out = RUN.matcher(line).replaceAll(" ");
        out = SPACE_BEFORE_COLON.matcher(out).replaceAll("");
        out = ORPHAN_COLON.matcher(out).replaceAll("$1").strip();
        return out.codePoints().anyMatch(Character::isLetterOrDigit) ? out : line;
    }
}
