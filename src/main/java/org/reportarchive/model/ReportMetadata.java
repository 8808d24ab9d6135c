package org.reportarchive.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What is known about a report: read from its text, completed or overridden by its sidecar. A field the text
 * does not state is null: nothing is guessed.
 *
 * @param place         the place whose people's congress the report belongs to, at its own level, or null
 * @param meeting       {@code congress} when the report was delivered to a session of the people's congress,
 *                      {@code standing-committee} when to a meeting of its standing committee; null if not said
 * @param headerLines   the title block lines as in the source (title, delivery line, speaker line), shown verbatim
 * @param incompleteReason  why the text is incomplete (e.g. it begins on a page-continuation marker), or null
 * @param anonymised    the source replaces names with placeholders (XX, XXX, ○○), and stays anonymous
 * @param supplied      the fields an editor supplied in the sidecar (title, year ...), shown as such to readers
 * @param sources       for each field that has a value, where it was read: title, delivery line, opening sentence,
 *                      speaker line, publication line, body, sidecar or division table
 */
public record ReportMetadata(String title, Place place, LocalDate date, Integer year, Integer congress,
                             Integer session, String meeting, String speaker, String office, Kind kind,
                             Publication publication, boolean incomplete, String incompleteReason,
                             boolean anonymised, List<String> headerLines, List<String> supplied,
                             Map<String, String> sources) {

    public static final String CONGRESS = "congress";
    public static final String STANDING_COMMITTEE = "standing-committee";

    public ReportMetadata {
        headerLines = List.copyOf(headerLines);
        supplied = List.copyOf(supplied);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** The prefecture-level city the report's place is in, or null. */
    public String city() {
        return place == null ? null : place.city();
    }

    /** The province-level unit the report's place is in, or null. */
    public String province() {
        return place == null ? null : place.province();
    }

    /** The name of the report's place, or null. */
    public String placeName() {
        return place == null ? null : place.name();
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
