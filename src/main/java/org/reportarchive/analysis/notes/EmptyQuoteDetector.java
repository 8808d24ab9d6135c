package org.reportarchive.analysis.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.model.NoteKind;

/** Quotation marks or title marks with nothing between them: the source lost the quoted words. */
public final class EmptyQuoteDetector implements NoteDetector {
    private static final Pattern EMPTY = Pattern.compile("“\\s*”|「\\s*」|『\\s*』|《\\s*》|‘\\s*’|\"\\s*\"|〈\\s*〉");

    @Override
    public List<Finding> find(TextAnalysis paragraph) {
        return find(paragraph.text());
    }

    List<Finding> find(String text) {
        List<Finding> out = new ArrayList<>();
        Matcher m = EMPTY.matcher(text);
        while (m.find()) {
            out.add(new Finding(m.end(), NoteKind.EMPTY_QUOTES,
                    "原文此处" + m.group() + "之间没有文字，引用的内容在来源中缺失；本站未补字。"));
        }
        return out;
    }
}
