package org.reportarchive.ingest;

import java.util.List;
import org.reportarchive.model.RemovalReason;
import org.reportarchive.text.OtherScripts;

/**
 * The lines of a bilingual copy written in its other language: a session document of an autonomous area printed in
 * Uyghur and Chinese line by line, or a Korean version after the Chinese one. The archive reads the Chinese text; a
 * line in another script (Arabic for Uyghur and Kazakh, Hangul, Mongolian, Tibetan, Yi) with next to no Chinese
 * characters in it is that version's, and is set apart, listed with the lines taken off. A line that sets words of
 * both side by side (来源 مەنبە：伊宁市人大常委会) is read by its Chinese words, and a copy that is not mostly Chinese
 * is left as it is.
 */
final class OtherScriptLines {

    /** The fewest lines in another script, and their least share of the Chinese lines, that make a bilingual copy. */
    private static final int LINES = 3;
    private static final int SHARE = 5;
    /** The fewest letters of another script that make a line that script's. */
    private static final int LETTERS = 4;
    /** How many letters of another script a line has at least for each Chinese character in it (a name in brackets). */
    private static final int PER_HAN = 10;

    private OtherScriptLines() {
    }

    static void mark(List<SourceLine> lines, RemovalReason[] reasons) {
        int others = 0;
        boolean[] other = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (OtherScripts.hasOtherScript(t)) { // (a quick look first: most lines, and most copies, have none)
                int[] n = count(t);
                other[i] = n[1] >= LETTERS && n[1] >= PER_HAN * n[0];
                others += other[i] ? 1 : 0;
            }
        }
        if (others == 0) {
            return;
        }
        int chinese = 0;
        for (int i = 0; i < lines.size(); i++) {
            chinese += !other[i] && hasHan(lines.get(i).text()) ? 1 : 0;
        }
        if (chinese < others) {
            return; // (a copy mostly in another language is not read as Chinese)
        }
        // (a line or two in a Chinese report is its own, a greeting or a sign's text it quotes; above its text, they are
        // a bilingual site's banner or title: 연길시인민대표대회 상무위원회 over 延吉市人民代表大会常务委员会; in it, a
        // version in the other language runs beside the Chinese, a line over each, or after it, lines on end)
        int first = firstProse(lines);
        int inText = 0;
        int chineseInText = 0;
        int run = 0;
        int longest = 0;
        for (int i = first; i < lines.size(); i++) {
            inText += other[i] ? 1 : 0;
            chineseInText += !other[i] && hasHan(lines.get(i).text()) ? 1 : 0;
            run = other[i] ? run + 1 : lines.get(i).text().isBlank() ? run : 0;
            longest = Math.max(longest, run);
        }
        boolean version = others >= LINES && others * SHARE >= chinese
                && (inText * 2 >= chineseInText || longest >= LINES);
        int end = version ? lines.size() : first;
        for (int i = 0; i < end; i++) {
            if (other[i] && reasons[i] == null) {
                reasons[i] = RemovalReason.OTHER_SCRIPT;
            }
        }
    }

    /** The first line of Chinese running text, or the number of lines. */
    private static int firstProse(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (hasHan(t) && Prose.isProse(t)) {
                return i;
            }
        }
        return lines.size();
    }

    private static boolean hasHan(String line) {
        return line.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }

    /** The line's Chinese characters and its letters of another script. */
    private static int[] count(String line) {
        int han = 0;
        int other = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN) {
                han++;
            } else if (Character.isLetter(c) && isOtherScript(script)) {
                other++;
            }
            i += Character.charCount(c);
        }
        return new int[] {han, other};
    }

    private static boolean isOtherScript(Character.UnicodeScript script) {
        return script == Character.UnicodeScript.ARABIC || script == Character.UnicodeScript.HANGUL
                || script == Character.UnicodeScript.MONGOLIAN || script == Character.UnicodeScript.TIBETAN
                || script == Character.UnicodeScript.YI;
    }
}
