package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.List;
import org.reportarchive.analysis.Segmenter;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.text.Simplified;
import org.reportarchive.text.TextFolding;
import org.reportarchive.model.GlossaryEntry;

/**
 * Finds glossary terms in a text's analysis. Terms and aliases are added to HanLP's custom dictionary so
 * that segmentation keeps them whole; a term is found only where segmentation agrees it is a word there: it
 * starts and ends on word boundaries, so it is never matched inside a longer word (代表之家 inside
 * 人大代表之家, 两院 inside 两院制). At each place the longest term wins and matches never overlap. Width and
 * quotation-mark variants match (see {@link TextFolding}).
 */
public final class TermMatcher {

    /** A trie of the surfaces in their matching view: a node ends a surface when it has an entry. */
    private static final class Node {
        /** The characters that continue a surface, in order, and the node each leads to. */
        private char[] keys = new char[0];
        private Node[] kids = new Node[0];
        private GlossaryEntry entry;

        Node next(char c) {
            int k = Arrays.binarySearch(keys, c);
            return k < 0 ? null : kids[k];
        }

        Node add(char c) {
            int k = Arrays.binarySearch(keys, c);
            if (k >= 0) {
                return kids[k];
            }
            int at = -k - 1;
            Node n = new Node();
            char[] ks = new char[keys.length + 1];
            Node[] ns = new Node[kids.length + 1];
            System.arraycopy(keys, 0, ks, 0, at);
            System.arraycopy(kids, 0, ns, 0, at);
            ks[at] = c;
            ns[at] = n;
            System.arraycopy(keys, at, ks, at + 1, keys.length - at);
            System.arraycopy(kids, at, ns, at + 1, kids.length - at);
            keys = ks;
            kids = ns;
            return n;
        }
    }

    private final Node root = new Node();
    private final boolean empty;
    /** The characters a surface starts with: elsewhere no surface is looked up. */
    private final BitSet firstChars = new BitSet();

    public TermMatcher(Collection<GlossaryEntry> entries) {
        boolean none = true;
        for (GlossaryEntry e : entries) {
            for (String surface : e.surfaces()) {
                // (in the matching view: a report's own entry may be written in traditional characters, 三個延邊)
                String folded = Simplified.of(TextFolding.fold(surface));
                if (folded.isEmpty()) {
                    continue;
                }
                firstChars.set(folded.charAt(0));
                Node n = root;
                for (int i = 0; i < folded.length(); i++) {
                    n = n.add(folded.charAt(i));
                }
                if (n.entry == null) {
                    n.entry = e; // the first entry of a surface keeps it
                }
                none = false;
            }
        }
        this.empty = none;
    }

    /**
     * Adds every term and alias to HanLP's custom dictionary. Call once, before segmenting: the dictionary is
     * shared by every segmenter in the process.
     */
    public static void register(Collection<GlossaryEntry> entries) {
        List<String> words = new ArrayList<>();
        entries.forEach(e -> words.addAll(e.surfaces()));
        Segmenter.addWords(words, "nz", 1024);
    }

    /** Terms in the whole text, left to right. */
    public List<TermMatch> find(TextAnalysis text) {
        return find(text, 0, text.view().length());
    }

    /** Terms that lie within {@code [from, to)} of the text, left to right. */
    public List<TermMatch> find(TextAnalysis text, int from, int to) {
        List<TermMatch> out = new ArrayList<>();
        String view = text.view();
        if (empty || view.isEmpty()) {
            return out;
        }
        BitSet bounds = text.boundaries();
        bounds.set(Math.max(0, from));
        bounds.set(Math.min(to, view.length()));
        int i = Math.max(0, from);
        while (i < to) {
            TermMatch m = bounds.get(i) && firstChars.get(view.charAt(i)) ? longestAt(view, i, to, bounds) : null;
            if (m != null) {
                out.add(m);
                i = m.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** The longest surface that starts at {@code i} and ends on a boundary at or before {@code to}. */
    private TermMatch longestAt(String view, int i, int to, BitSet bounds) {
        TermMatch best = null;
        Node n = root;
        for (int j = i; j < to; j++) {
            n = n.next(view.charAt(j));
            if (n == null) {
                break;
            }
            if (n.entry != null && bounds.get(j + 1)) {
                best = new TermMatch(i, j + 1 - i, n.entry);
            }
        }
        return best;
    }
}
