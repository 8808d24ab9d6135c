package org.reportarchive.ingest.notes;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reportarchive.model.NoteKind;

/**
 * Finds a word of two or more characters written twice in a row ({@code 开展开展}, {@code 会议会议}), a slip
 * that these texts do not use on purpose. Segmentation by HanLP decides what a word is.
 */
public final class RepeatedWordDetector implements NoteDetector {

    /** Reduplicated verbs that formal Chinese does use. */
    private static final Set<String> ALLOWED = Set.of("研究", "讨论", "商量", "考虑", "学习", "交流", "检查");

    @Override
    public List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        List<Term> terms = HanLP.newSegment().enableOffset(true).seg(text);
        for (int i = 1; i < terms.size(); i++) {
            Term prev = terms.get(i - 1);
            Term cur = terms.get(i);
            String w = cur.word;
            if (w.length() >= 2 && w.equals(prev.word) && isHan(w) && !ALLOWED.contains(w)
                    && prev.offset + w.length() == cur.offset) {
                out.add(new Finding(cur.offset + w.length(), NoteKind.REPEATED_WORD,
                        "原文“" + w + w + "”重复了“" + w + "”，疑为录入错误；本站保留原样。"));
            }
        }
        return out;
    }

    private static boolean isHan(String w) {
        return w.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
