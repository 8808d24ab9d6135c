package org.reportarchive.analysis;

import org.reportarchive.text.TextFolding;
import java.util.BitSet;
import java.util.List;
import org.reportarchive.text.Simplified;
import org.reportarchive.text.TextFolding;

/**
 * The one analysis of a block of text (a heading, a paragraph or a footnote) that every consumer reads: term
 * matching, theme scoring and the note detectors. HanLP segments the text once, in its matching view.
 *
 * @param text   the text as the report has it
 * @param view   the text as it is matched: spelling variants folded (see {@link TextFolding}) and traditional
 *               characters read as simplified ones ({@link Simplified}), character for character, so that an
 *               offset in the view is the same offset in the text
 * @param tokens the words of the view, left to right
 */
public record TextAnalysis(String text, String view, List<Token> tokens) {

    public TextAnalysis {
        if (text.length() != view.length()) {
            throw new IllegalArgumentException("the matching view must have the text's length");
        }
        tokens = List.copyOf(tokens);
    }

    /** Offsets where a word starts or ends; punctuation and spaces are boundaries on both sides. */
    public BitSet boundaries() {
        BitSet b = new BitSet(view.length() + 1);
        for (Token t : tokens) {
            b.set(t.offset());
            b.set(t.end());
        }
        for (int i = 0; i < view.length(); i++) {
            if (TextFolding.isBreak(view.charAt(i))) {
                b.set(i);
                b.set(i + 1);
            }
        }
        return b;
    }

    /** Offsets where a word starts. */
    public BitSet wordStarts() {
        BitSet b = new BitSet(view.length() + 1);
        for (Token t : tokens) {
            b.set(t.offset());
        }
        return b;
    }
}
