package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.TermLink;
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

    /** The links as data, in document order. */
    public List<TermLink> toLinks(List<Paragraph> paragraphs) {
        List<TermLink> out = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            for (TermMatch m : linksIn(p.id())) {
                out.add(new TermLink(p.id(), m.offset(), m.length(), m.entry().slug()));
            }
        }
        return out;
    }

    /** The annotations of a report from their data, with the glossary's entries. */
    public static Annotations of(List<TermLink> links, List<TermOccurrence> occurrences, Glossary glossary) {
        Map<String, List<TermMatch>> byParagraph = new HashMap<>();
        for (TermLink l : links) {
            GlossaryEntry e = glossary.bySlug(l.slug()).orElseThrow(() -> new IllegalStateException(
                    "no glossary entry " + l.slug()));
            byParagraph.computeIfAbsent(l.paragraphId(), k -> new ArrayList<>())
                    .add(new TermMatch(l.offset(), l.length(), e));
        }
        return new Annotations(byParagraph, occurrences);
    }
}
