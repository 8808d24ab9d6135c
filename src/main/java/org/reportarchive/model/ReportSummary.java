package org.reportarchive.model;

import java.util.List;

/**
 * What the site's indexes need of a report once its page source is written: metadata and counts. Keeping
 * summaries instead of whole reports keeps memory flat however large the archive grows.
 *
 * @param opening the opening words of a report without a title, which name it in listings, or null
 */
public record ReportSummary(String id, String source, ReportMetadata metadata, int paragraphs, int characters,
                            int notes, int footnotes, List<Removal> removals, List<String> warnings,
                            boolean idFixed, String opening) {
    public ReportSummary {
        removals = List.copyOf(removals);
        warnings = List.copyOf(warnings);
    }

    public static ReportSummary of(Report r, boolean idFixed) {
        return new ReportSummary(r.id(), r.source(), r.metadata(), r.paragraphs().size(), r.characters(),
                r.notes().size(), r.footnotes().size(), r.removals(), r.warnings(), idFixed,
                r.metadata().title() == null ? r.openingWords() : null);
    }

    public ReportSummary withId(String newId) {
        return new ReportSummary(newId, source, metadata, paragraphs, characters, notes, footnotes, removals,
                warnings, idFixed, opening);
    }

    public ReportSummary withNotes(int count) {
        return new ReportSummary(id, source, metadata, paragraphs, characters, count, footnotes, removals,
                warnings, idFixed, opening);
    }

    /** The title, or for a report without one its opening words, as listings name it. */
    public String displayTitle() {
        return metadata.title() != null ? metadata.title() : Report.untitled(opening, source);
    }

    public String url() {
        return "reports/" + id + ".html";
    }

    public String markdownUrl() {
        return "reports/" + id + ".md";
    }
}
