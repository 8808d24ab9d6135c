package org.reportarchive.analysis.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.analysis.Token;
import org.reportarchive.model.NoteKind;

/**
 * Finds a word of two or more characters written twice in a row ({@code 开展开展}, {@code 会议会议}), a slip
 * that these texts do not use on purpose. The paragraph's segmentation decides what a word is: the copies meet
 * at a word boundary, the second starts the word after it, and the first is the whole word before it or the
 * end of one of the archive's own compound terms ({@code nz}), so {@code 疫情疫情防控} and
 * {@code 中央人大工作会议会议} are found while {@code 人大代表代表人民} (a noun, then the verb) is not.
 * Reduplication that formal Chinese uses ({@code 研究研究}, {@code 一步一步}) is left alone.
 */
public final class RepeatedWordDetector implements NoteDetector {

    /** Reduplicated verbs that formal Chinese does use. */
    private static final Set<String> ALLOWED = Set.of("研究", "讨论", "商量", "考虑", "学习", "交流", "检查");

    @Override
    public List<Finding> find(TextAnalysis paragraph) {
        List<Finding> out = new ArrayList<>();
        String text = paragraph.text();
        List<Token> terms = paragraph.tokens();
        for (int i = 1; i < terms.size(); i++) {
            Token prev = terms.get(i - 1);
            Token cur = terms.get(i);
            int at = cur.offset();
            if (prev.end() != at) {
                continue;
            }
            boolean compound = "nz".equals(prev.nature());
            for (int len = Math.min(prev.word().length(), cur.word().length()); len >= 2; len--) {
                if (len != prev.word().length() && !compound) {
                    continue;
                }
                if (text.charAt(at - len) != text.charAt(at) || !text.regionMatches(at - len, text, at, len)) {
                    continue; // the common case: no repetition, and nothing to copy
                }
                String w = text.substring(at, at + len);
                if (isHan(w) && !ALLOWED.contains(w) && !w.startsWith("一")) {
                    out.add(new Finding(at + len, NoteKind.REPEATED_WORD,
                            "原文“" + w + w + "”重复了“" + w + "”，疑为录入错误；本站保留原样。"));
                    break;
                }
            }
        }
        return out;
    }

    private static boolean isHan(String w) {
        return w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
