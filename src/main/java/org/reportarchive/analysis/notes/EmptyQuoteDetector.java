package org.reportarchive.analysis.notes;

import java.util.ArrayList;
import java.util.List;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.model.NoteKind;

/** Quotation marks or title marks with nothing between them: the source lost the quoted words. */
public final class EmptyQuoteDetector implements NoteDetector {
    /** Each opening mark, and at the same place in {@link #CLOSE} the mark that closes it. */
    private static final String OPEN = "“「『《‘\"〈";
    private static final String CLOSE = "”」』》’\"〉";

    @Override
    public List<Finding> find(TextAnalysis paragraph) {
        return find(paragraph.text());
    }

    List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            int kind = OPEN.indexOf(text.charAt(i));
            if (kind < 0) {
                continue;
            }
            int j = i + 1;
            while (j < text.length() && Character.isWhitespace(text.charAt(j)) && text.charAt(j) < 0x80) {
                j++; // ASCII white space only
            }
            if (j < text.length() && text.charAt(j) == CLOSE.charAt(kind)) {
                out.add(new Finding(j + 1, NoteKind.EMPTY_QUOTES,
                        "原文此处" + text.substring(i, j + 1) + "之间没有文字，引用的内容在来源中缺失；本站未补字。"));
                i = j;
            }
        }
        return out;
    }
}
