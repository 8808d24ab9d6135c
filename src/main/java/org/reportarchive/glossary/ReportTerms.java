package org.reportarchive.glossary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Footnote;

/** The term a report's footnote defines: the quoted words of {@code “四个机关”建设}, or the whole label. */
public final class ReportTerms {
    private static final Pattern QUOTED = Pattern.compile("[“「\"‘『]([^”」\"’』]{1,30})[”」\"’』]");

    private ReportTerms() {
    }

    public static String keyTerm(Footnote f) {
        String label = f.term().strip();
        Matcher m = QUOTED.matcher(label);
        if (m.find()) {
            return m.group(1).strip();
        }
        return label;
    }
}
