package org.reportarchive.analysis;

import org.reportarchive.text.Simplified;
import org.reportarchive.text.TextFolding;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Segments text with HanLP. The archive's own words (glossary terms, theme keywords) are added to HanLP's custom
 * dictionary first, so that segmentation keeps them whole; the dictionary is shared by the whole process, so all
 * words are given before anything is segmented. They join the dictionary when the first text is segmented: a
 * build that segments nothing (nothing changed) does not load HanLP's dictionaries at all.
 */
public final class Segmenter {

    /**
     * HanLP's default (Viterbi) segmenter, without its recognition of personal names (Chinese, transliterated
     * and Japanese): the archive reads words, not names, and the recognition of Chinese names costs a fifth of the
     * time and sometimes joins a name to the word beside it.
     */
    private static final ThreadLocal<Segment> SEGMENT =
            ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true).enableNameRecognize(false)
                    .enableTranslatedNameRecognize(false).enableJapaneseNameRecognize(false));

    /** Words given but not yet in the dictionary, with their attribute ({@code nz 1024}), in order. */
    private static final List<String[]> PENDING = new ArrayList<>();
    private static volatile boolean pending;

    private Segmenter() {
    }

    /**
     * Adds words to the custom dictionary (in their matching view, simplified and quotation marks removed) before the next text
     * is segmented.
     *
     * @param nature    the part-of-speech tag they get
     * @param frequency how strongly segmentation prefers them
     */
    public static void addWords(Collection<String> words, String nature, int frequency) {
        synchronized (PENDING) {
            for (String w : words) {
                PENDING.add(new String[] {w, nature + " " + frequency});
            }
            pending = true;
        }
    }

    private static void register() {
        synchronized (PENDING) {
            for (String[] w : PENDING) {
                String word = Simplified.of(TextFolding.fold(w[0])).replace("\"", "");
                if (word.length() > 1 && !CustomDictionary.contains(word)) {
                    CustomDictionary.add(word, w[1]);
                }
            }
            PENDING.clear();
            pending = false;
        }
    }

    /**
     * The text's analysis: its matching view (spelling variants folded, traditional characters read as simplified
     * ones) and the view's words.
     */
    public static TextAnalysis analyse(String text) {
        if (pending) {
            register();
        }
        String view = Simplified.of(TextFolding.fold(text));
        List<Token> tokens = new ArrayList<>();
        if (!view.isEmpty()) {
            for (Term t : SEGMENT.get().seg(view)) {
                tokens.add(new Token(t.word, t.offset, t.nature == null ? "" : t.nature.toString()));
            }
        }
        return new TextAnalysis(text, view, tokens);
    }
}
