package org.reportarchive.search;

/**
 * A piece of published text the search finds, with its permalink: a report's title, heading, paragraph or
 * footnote, or a glossary entry's term, pinyin or definition.
 *
 * @param anchor the element's id on its page ({@code p12}, {@code s3}, {@code fn-1}, {@code term-title}), or
 *               empty for a unit that is only a search key
 * @param kind   {@link #BODY}, {@link #HEADING}, {@link #NAME} or {@link #KEY}
 * @param text   the text as published
 */
public record SearchUnit(String anchor, int kind, String text) {

    /** Running text. */
    public static final int BODY = 0;
    /** A title or heading: a hit in one ranks higher. */
    public static final int HEADING = 1;
    /** A glossary entry's term or pinyin: a hit in one shows the entry first. */
    public static final int NAME = 2;
    /** Not shown, only searched: an entry's pinyin without tones or spaces (yidianyiku). */
    public static final int KEY = 3;

    public SearchUnit {
        if (kind < BODY || kind > KEY) {
            throw new IllegalArgumentException("unit kind " + kind);
        }
    }
}
