package org.reportarchive.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;

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

    /**
     * Whether a text stops before the words its last one calls for: on a verb with nothing before it in its clause but
     * adverbs and verbs (……，促进), or a clause that a preposition opens (……，以法治力量促进, ……把会议精神落), not one whose
     * verb has its object before it (……，让代表作用发挥); on a preposition, a conjunction, a particle or an adverb
     * (……和, ……的, ……切实), as no whole clause does.
     */
    public static boolean endsOpen(String text) {
        List<Term> terms = text.isEmpty() ? List.of() : SEGMENT.get().seg(text);
        if (terms.isEmpty()) {
            return false;
        }
        String nature = String.valueOf(terms.get(terms.size() - 1).nature);
        if (nature.equals("v")) {
            int start = terms.size() - 1; // (the clause's first word)
            boolean verbsOnly = true; // (the words before it: none, or adverbs and verbs, ……，着力促进)
            while (start > 0 && !String.valueOf(terms.get(start - 1).nature).equals("w")) {
                start--;
                String before = String.valueOf(terms.get(start).nature);
                verbsOnly &= before.equals("v") || before.equals("d") || before.equals("ad");
            }
            return verbsOnly || String.valueOf(terms.get(start).nature).startsWith("p");
        }
        return nature.equals("d") || nature.equals("ad") || nature.startsWith("p") || nature.startsWith("c")
                || nature.startsWith("u");
    }
}
