package org.reportarchive.glossary;

import java.util.List;
import org.reportarchive.model.Footnote;

/** What the glossary needs of a report that defines terms in its own 名词解释 section. */
public record DefiningReport(String reportId, String title, String city, String sortKey, List<Footnote> footnotes) {
    public DefiningReport {
        footnotes = List.copyOf(footnotes);
    }
}
