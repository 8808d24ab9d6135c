package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportarchive.analysis.ReportAnalysis;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.model.Block;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.TermOccurrence;

/**
 * Finds the glossary terms of a report's paragraphs (headings, run-in headings and footnotes are left alone)
 * and decides, by the policy, which occurrences carry the tooltip link.
 */
public final class Annotator {

    /** Characters of context on each side in the concordance. */
    private static final int CONTEXT = 16;

    private final Glossary glossary;
    private final AnnotationPolicy policy;

    public Annotator(Glossary glossary, AnnotationPolicy policy) {
        this.glossary = glossary;
        this.policy = policy;
    }

    public Annotations annotate(Report report, ReportAnalysis analysis) {
        TermMatcher matcher = glossary.matcherFor(report.metadata().city(), report.id());
        Map<String, List<TermMatch>> links = new HashMap<>();
        List<TermOccurrence> occurrences = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        int index = 0;
        for (Block block : report.body()) {
            index++;
            if (block instanceof Heading h) {
                if (policy == AnnotationPolicy.FIRST_PER_SECTION) {
                    linked.clear();
                }
                record(report, h.id(), index, h.text(), matcher.find(analysis.of(h.id())), Set.of(), occurrences);
                continue;
            }
            Paragraph p = (Paragraph) block;
            TextAnalysis text = analysis.of(p.id());
            int from = p.runIn() == null ? 0 : p.runIn().length();
            if (from > 0) {
                record(report, p.id(), index, p.text(), matcher.find(text, 0, from), Set.of(), occurrences);
            }
            List<TermMatch> found = matcher.find(text, from, p.text().length());
            List<TermMatch> here = new ArrayList<>();
            for (TermMatch m : found) {
                if (policy == AnnotationPolicy.EVERY || linked.add(m.entry().slug())) {
                    here.add(m);
                }
            }
            record(report, p.id(), index, p.text(), found, Set.copyOf(here), occurrences);
            if (!here.isEmpty()) {
                links.put(p.id(), here);
            }
        }
        for (Footnote f : report.footnotes()) {
            index++;
            record(report, f.id(), index, f.text(), matcher.find(analysis.of(f.id())), Set.of(), occurrences);
        }
        return new Annotations(links, occurrences);
    }

    /** Adds occurrences, marking those that carry the link. Headings and footnotes are counted, never linked. */
    private static void record(Report report, String blockId, int block, String text, List<TermMatch> matches,
                               Set<TermMatch> linked, List<TermOccurrence> out) {
        for (TermMatch m : matches) {
            out.add(new TermOccurrence(m.entry().slug(), report.id(), blockId, block, m.offset(),
                    text.substring(m.offset(), m.end()), text.substring(Math.max(0, m.offset() - CONTEXT), m.offset()),
                    text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT)), linked.contains(m)));
        }
    }
}
