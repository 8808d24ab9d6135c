package org.reportarchive.analysis.notes;

import java.util.ArrayList;
import java.util.List;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.model.NoteKind;
import org.reportarchive.text.Simplified;

/**
 * Finds stray traditional characters in a report written in simplified characters (重大事項 for 重大事项).
 * A report written in traditional characters throughout is left alone.
 */
public final class VariantCharacterDetector implements NoteDetector {

    /** Above this share of traditional characters a document is taken to be written in traditional script. */
    private static final double TRADITIONAL_SHARE = 0.05;

    @Override
    public NoteDetector forDocument(String wholeText) {
        return find(wholeText).size() > hanCount(wholeText) * TRADITIONAL_SHARE ? paragraph -> List.of() : this;
    }

    /** The number of Chinese characters (ideographs) in the text. */
    private static long hanCount(String text) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x3400 && Character.isIdeographic(c) || Character.isHighSurrogate(c)
                    && Character.isIdeographic(text.codePointAt(i))) {
                n++;
            }
        }
        return n;
    }

    @Override
    public List<Finding> find(TextAnalysis paragraph) {
        return find(paragraph.text());
    }

    List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x2E80 || !Simplified.isTraditional(c)) {
                continue; // the common case, decided by one table lookup
            }
            String simplified = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN ? simplified(c) : null;
            if (simplified != null) {
                out.add(new Finding(i + 1, NoteKind.VARIANT_CHARACTER,
                        "原文此处“" + c + "”为繁体字（简体作“" + simplified + "”），本站保留原样。"));
            }
        }
        return out;
    }

    /** The simplified form of a traditional character, or null if the character is not traditional. */
    public static String simplified(char c) {
        return Simplified.isTraditional(c) ? String.valueOf(Simplified.of(c)) : null;
    }
}
