package org.reportarchive.text;

import java.util.regex.Pattern;

/**
 * The words a bilingual page sets beside its Chinese ones, in the scripts of China's other official languages:
 * Uyghur and Kazakh (Arabic script), Korean (Hangul), Mongolian, Tibetan and Yi ({@code 来源 مەنبە：伊宁市人大常委会},
 * {@code 출처：연변일보　来源：延边日报}). A page's lines are recognised by their Chinese words; the others repeat them.
 */
public final class OtherScripts {

    private static final String SCRIPT = "\\p{IsArabic}\\p{IsHangul}\\p{IsMongolian}\\p{IsTibetan}\\p{IsYi}";
    /** A run of words in those scripts, with the spaces, joiners and punctuation between them. */
    private static final Pattern RUN = Pattern.compile(
            "[" + SCRIPT + "][" + SCRIPT + "\\s\\u3000\\u200c\\u200d\\u202f\\u180e·.,،؛'ʼ\\-]*");
    /** A colon left with nothing before it once the words before it are gone. */
    private static final Pattern ORPHAN_COLON = Pattern.compile("(^|[\\s\\u3000])[:：](?=[\\s\\u3000]|$)");
    private static final Pattern SPACE_BEFORE_COLON = Pattern.compile(" +(?=[:：])");

    private OtherScripts() {
    }

    /**
     * The line without its words in other scripts; the line as it is when it has none, or when nothing but them (and
     * punctuation) is in it.
     */
    public static String strip(String line) {
        if (!RUN.matcher(line).find()) {
            return line; // the common case
        }
        String out = RUN.matcher(line).replaceAll(" ");
        out = SPACE_BEFORE_COLON.matcher(out).replaceAll("");
        out = ORPHAN_COLON.matcher(out).replaceAll("$1").strip();
        return out.codePoints().anyMatch(Character::isLetterOrDigit) ? out : line;
    }
}
