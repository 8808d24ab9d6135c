package org.reportarchive.text;

import com.hankcs.hanlp.dictionary.CoreDictionary;

/**
 * Whether a line's break falls inside a word, by HanLP's core dictionary of the language's words (not the archive's own,
 * which the segmenter adds later): {@code 人民群} / {@code 众的联系} breaks 群众, {@code 人大机关} / {@code 机关作风建设} breaks
 * between two words.
 */
public final class WordBreaks {

    /** The longest word looked for on either side of the break. */
    private static final int SIDE = 3;

    private WordBreaks() {
    }

    /** Whether a word runs over the break between two texts, and none of two characters or more ends right before it. */
    public static boolean insideAWord(String before, String after) {
        for (int k = 2; k <= SIDE + 1 && k <= before.length(); k++) {
            if (CoreDictionary.contains(before.substring(before.length() - k))) {
                return false; // (人大机关 / 机关作风建设: 机关 ends at the break)
            }
        }
        for (int l = 1; l <= SIDE && l <= before.length(); l++) {
            for (int r = 1; r <= SIDE && r <= after.length(); r++) {
                if (CoreDictionary.contains(before.substring(before.length() - l) + after.substring(0, r))) {
                    return true;
                }
            }
        }
        return false;
    }
}
