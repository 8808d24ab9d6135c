package org.reportarchive.model;

import java.util.List;

/**
 * A stand-alone heading line.
 *
 * @param level  1 for the report's top sections; deeper levels count up
 * @param text   the heading text as in the source (Markdown {@code #} marks removed)
 * @param style  the numbering style it uses, e.g. {@code 一、}
 * @param footnoteRefs the markers of the report's notes the heading had ({@code （一）服务海洋强省¹建设}), taken out
 *                     of its text
 */
public record Heading(String id, int level, String text, HeadingStyle style, int line, List<FootnoteRef> footnoteRefs)
        implements Block {
    public Heading {
        footnoteRefs = footnoteRefs == null ? List.of() : List.copyOf(footnoteRefs);
    }

    /** The same heading at another level. */
    public Heading at(int newLevel) {
        return new Heading(id, newLevel, text, style, line, footnoteRefs);
    }
}
