package org.reportarchive.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about a report: read from its text, completed or overridden by its sidecar.
 *
 * @param headerLines   the title block lines as in the source (title, delivery line, speaker line), shown verbatim
 * @param incompleteReason  why the text is incomplete (e.g. it begins on a page-continuation marker), or null
 * @param anonymised    the source replaces names with placeholders (XX, XXX)
 * @param supplied      the fields an editor supplied in the sidecar (title, year ...), shown as such to readers
 */
public record ReportMetadata(String title, String city, String province, LocalDate date, Integer year,
                             Integer congress, Integer session, String speaker, String office, Kind kind,
                             Publication publication, boolean incomplete, String incompleteReason,
                             boolean anonymised, List<String> headerLines, List<String> supplied) {
    public ReportMetadata {
        headerLines = List.copyOf(headerLines);
        supplied = List.copyOf(supplied);
    }

    /**
     * A key that sorts reports by when they were delivered when compared as text: the date, or the year alone,
     * then the source file's name so that the order never depends on anything else.
     */
    public String sortKey(String source) {
        String when = date != null ? date.toString() : year != null ? year + "-00-00" : "0000-00-00";
        return when + "|" + source;
    }
}
