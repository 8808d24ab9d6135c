package org.reportarchive.glossary;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.GlossaryEntry;

/**
 * Finds glossary terms in Chinese text with HanLP. Terms and aliases are added to HanLP's custom dictionary so
 * that segmentation keeps them whole; a term is found only where segmentation agrees it is a word there: it
 * starts and ends on word boundaries, so it is never matched inside a longer word (代表之家 inside
 * 人大代表之家, 两院 inside 两院制). At each place the longest term wins and matches never overlap. Width and
 * quotation-mark variants match (see {@link TextFolding}).
 */
public final class TermMatcher {

    private static final ThreadLocal<Segment> SEGMENT =
            ThreadLocal.withInitial(() -> HanLP.newSegment().enableOffset(true));

    private final Map<String, GlossaryEntry> bySurface = new HashMap<>();
    private final int longest;

    public TermMatcher(Collection<GlossaryEntry> entries) {
        int max = 1;
        for (GlossaryEntry e : entries) {
            for (String surface : e.surfaces()) {
                String folded = TextFolding.fold(surface);
                bySurface.putIfAbsent(folded, e);
                max = Math.max(max, folded.length());
            }
        }
        this.longest = max;
    }

    /**
     * Adds every term and alias to HanLP's custom dictionary. Call once, before segmenting in parallel: the
     * dictionary is shared by every segmenter in the process.
     */
    public static synchronized void register(Collection<GlossaryEntry> entries) {
        for (GlossaryEntry e : entries) {
            for (String surface : e.surfaces()) {
                String word = stripQuotes(TextFolding.fold(surface));
                if (word.length() > 1 && !CustomDictionary.contains(word)) {
                    CustomDictionary.add(word, "nz 1024");
                }
            }
        }
    }

    private static String stripQuotes(String s) {
        return s.replace("\"", "");
    }

    /** Terms in the text, left to right, ignoring everything before {@code from}. */
    public List<TermMatch> find(String text, int from) {
        List<TermMatch> out = new ArrayList<>();
        if (bySurface.isEmpty() || text.isEmpty()) {
            return out;
        }
        String folded = TextFolding.fold(text);
        BitSet starts = new BitSet(folded.length() + 1);
        BitSet ends = new BitSet(folded.length() + 1);
        for (Term t : SEGMENT.get().seg(folded)) {
            starts.set(t.offset);
            ends.set(t.offset + t.word.length());
        }
        for (int i = 0; i < folded.length(); i++) {
            if (TextFolding.isBreak(folded.charAt(i))) {
                starts.set(i);
                starts.set(i + 1);
                ends.set(i);
                ends.set(i + 1);
            }
        }
        int i = Math.max(0, from);
        while (i < folded.length()) {
            TermMatch m = starts.get(i) ? longestAt(folded, i, ends) : null;
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    private TermMatch longestAt(String folded, int i, BitSet ends) {
        for (int len = Math.min(longest, folded.length() - i); len >= 1; len--) {
            if (!ends.get(i + len)) {
                continue;
            }
            GlossaryEntry e = bySurface.get(folded.substring(i, i + len));
            if (e != null) {
                return new TermMatch(i, len, e);
            }
        }
        return null;
    }
}
