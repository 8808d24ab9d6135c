package org.reportarchive.text;

import java.util.List;

import com.hankcs.hanlp.HanLP;

/**
 * A report's text in simplified characters, for reading and matching only: the published text stays as it was
 * written. The view has the text's length, character for character, so that what is found at an offset of the
 * view is at the same offset of the text. HanLP converts whole phrases (發展 becomes 发展); where a phrase would change
 * length, the characters are converted one by one. 乾, which simplified writing keeps in names (乾县), stays.
 */
public final class Simplified {

    /**
     * Each character's simplified form, looked up once (the character itself when it is not traditional); 0 for a
     * character not looked up yet. Threads that look up the same character at once store the same form.
     */
    private static final char[] FORMS = new char[Character.MAX_VALUE + 1];

    /**
     * Characters that simplified writing keeps as they are in names and set words (乾县, 乾安县, 乾隆, 乾坤), so that a
     * report in simplified characters has them too: they are read as written, never as 干.
     */
    private static final String KEPT = "乾";

    private Simplified() {
    }

    /** The text in simplified characters, of the same length. */
    public static String of(String text) {
        if (text.isEmpty() || !hasTraditional(text)) {
            return text; // most texts: no character has another simplified form, nothing to convert
        }
        String whole = HanLP.convertToSimplifiedChinese(text);
        if (whole.length() == text.length()) {
            return keep(text, whole);
        }
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            sb.append(of(text.charAt(i)));
        }
        return sb.toString();
    }

    /** The view with the kept characters of the text put back where the conversion changed them. */
    private static String keep(String text, String view) {
        if (text.indexOf(KEPT.charAt(0)) < 0) {
            return view;
        }
        char[] out = view.toCharArray();
        for (int i = 0; i < out.length; i++) {
            if (KEPT.indexOf(text.charAt(i)) >= 0) {
                out[i] = text.charAt(i);
            }
        }
        return new String(out);
    }

    /** A character in simplified form (itself when it is not traditional, or has no one-character form). */
    public static char of(char c) {
        if (c < 0x2E80 || KEPT.indexOf(c) >= 0) {
            return c; // below the CJK blocks nothing is traditional; a kept character stays
        }
        char form = FORMS[c];
        if (form == 0) {
            String t = HanLP.convertToSimplifiedChinese(String.valueOf(c));
            form = t.length() == 1 ? t.charAt(0) : c;
            FORMS[c] = form;
        }
        return form;
    }

    /**
     * Words read in the simplified view of some texts, as the texts write them: in traditional characters where one of
     * them does (王曉東 for 王晓东 read in a traditional copy's note, though a line of the page writes 王晓东), else as
     * they are.
     */
    public static String asWritten(String words, List<String> texts) {
        if (words == null || words.isEmpty()) {
            return words;
        }
        for (String text : texts) {
            int at = of(text).indexOf(words); // (the view has the text's length: the same offsets)
            if (at >= 0 && !text.startsWith(words, at)) {
                return text.substring(at, at + words.length());
            }
        }
        return words;
    }

    /** Whether the character is a traditional form (it has a different simplified one). */
    public static boolean isTraditional(char c) {
        return of(c) != c;
    }

    /** Whether any character of the text has a simplified form of its own (looked up once per character). */
    private static boolean hasTraditional(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x2E80 && FORMS[c] != c && of(c) != c) { // (a character looked up once has its form in FORMS)
                return true;
            }
        }
        return false;
    }
}
