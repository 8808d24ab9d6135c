package org.reportarchive.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Whether a line's break falls inside a word, as HanLP segments the two lines read as one with its dictionary of the
 * language's words alone (not the archive's own, which the segmenter of the analysis adds, so that the answer is the
 * same whenever it is asked): {@code 人民群} / {@code 众的联系} breaks 群众, {@code 人大机关} / {@code 机关作风建设} and
 * {@code 依法履职} / {@code 工作亮点} break between two words.
 */
public final class WordBreaks {

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableCustomDictionary(false).enableNameRecognize(false).enableTranslatedNameRecognize(false)
            .enableJapaneseNameRecognize(false).enableOffset(true));

    private WordBreaks() {
    }

    /** Whether no word of the two texts read as one starts where the second starts. */
    public static boolean insideAWord(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return false;
        }
        for (Term t : SEGMENT.get().seg(before + after)) {
            if (t.offset == before.length()) {
                return false;
            }
        }
        return true;
    }
}
