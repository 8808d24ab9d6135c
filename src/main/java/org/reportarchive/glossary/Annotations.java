package org.reportarchive.glossary;

import java.util.List;
import java.util.Map;
import org.reportarchive.model.TermOccurrence;

/**
 * The glossary terms of one report.
 *
 * @param links       per paragraph id, the occurrences that carry a tooltip link
 * @param occurrences every occurrence, in document order
 */
public record Annotations(Map<String, List<TermMatch>> links, List<TermOccurrence> occurrences) {
    public static Annotations none() {
        return new Annotations(Map.of(), List.of());
    }

    public List<TermMatch> linksIn(String paragraphId) {
        return links.getOrDefault(paragraphId, List.of());
    }
}
