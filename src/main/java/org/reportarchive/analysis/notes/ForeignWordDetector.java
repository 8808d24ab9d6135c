package org.reportarchive.analysis.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.model.NoteKind;

/**
 * Finds a lower-case Latin word set between Chinese characters ({@code 警示教育 and 业务培训}), which in these
 * texts is a copying or typing slip. Acronyms (APP, TOD) and single letters (融e查) are normal and ignored.
 */
public final class ForeignWordDetector implements NoteDetector {
    private static final Pattern WORD = Pattern.compile("(?<=\\p{IsHan})\\s*\\b([a-z]{2,})\\b\\s*(?=\\p{IsHan})");

    @Override
    public List<Finding> find(TextAnalysis paragraph) {
        return find(paragraph.text());
    }

    List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        if (!hasLetterPair(text)) {
            return out; // most paragraphs: no word of two letters, nothing for the pattern to look at
        }
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            out.add(new Finding(m.end(1), NoteKind.FOREIGN_WORD,
                    "原文中文语句中夹有英文单词“" + m.group(1) + "”，疑为录入错误；本站保留原样。"));
        }
        return out;
    }

    private static boolean hasLetterPair(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'a' && c <= 'z') {
                char b = text.charAt(i - 1);
                if (b >= 'a' && b <= 'z') {
                    return true;
                }
            }
        }
        return false;
    }
}
