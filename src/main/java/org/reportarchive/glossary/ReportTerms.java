package org.reportarchive.glossary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Footnote;

/**
 * The term a report's footnote defines: the quoted words of {@code “四个机关”建设}, or the whole label; the whole label
 * too when the quoted words are a number alone ({@code “七一”重要讲话}, {@code “十五”计划}), which names nothing by itself.
 */
public final class ReportTerms {
    private static final Pattern QUOTED = Pattern.compile("[“「\"‘『]([^”」\"’』]{1,30})[”」\"’』]");
    private static final Pattern NUMBER = Pattern.compile("^[0-9０-９〇零一二三四五六七八九十百千两]+$");

    private ReportTerms() {
    }

    public static String keyTerm(Footnote f) {
        String label = f.term().strip();
        Matcher m = QUOTED.matcher(label);
        if (m.find() && (!NUMBER.matcher(m.group(1).strip()).matches() || m.start() == 0 && m.end() == label.length())) {
            return m.group(1).strip();
        }
        return label;
    }
}
