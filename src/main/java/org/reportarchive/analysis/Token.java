package org.reportarchive.analysis;

/**
 * A word of a text as HanLP segments it.
 *
 * @param offset where the word starts in the text (and in its matching view, which has the same length)
 * @param nature HanLP's part-of-speech tag ({@code n}, {@code m}, {@code nz} ...)
 */
public record Token(String word, int offset, String nature) {

    public int end() {
        return offset + word.length();
    }
}
