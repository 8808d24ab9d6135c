package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportarchive.model.Block;
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

    public Annotations annotate(Report report) {
        TermMatcher matcher = glossary.matcherFor(report.metadata().city(), report.id());
        Map<String, List<TermMatch>> links = new HashMap<>();
        List<TermOccurrence> occurrences = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (Block block : report.body()) {
            if (block instanceof Heading) {
                if (policy == AnnotationPolicy.FIRST_PER_SECTION) {
                    linked.clear();
                }
                continue;
            }
            Paragraph p = (Paragraph) block;
            int from = p.runIn() == null ? 0 : p.runIn().length();
            List<TermMatch> here = new ArrayList<>();
            for (TermMatch m : matcher.find(p.text(), from)) {
                String slug = m.entry().slug();
                boolean link = policy == AnnotationPolicy.EVERY || linked.add(slug);
                if (link) {
                    here.add(m);
                }
                String text = p.text();
                occurrences.add(new TermOccurrence(slug, report.id(), p.id(), m.offset(),
                        text.substring(m.offset(), m.end()), text.substring(Math.max(0, m.offset() - CONTEXT), m.offset()),
                        text.substring(m.end(), Math.min(text.length(), m.end() + CONTEXT)), link));
            }
            if (!here.isEmpty()) {
                links.put(p.id(), here);
            }
        }
        return new Annotations(links, occurrences);
    }
}
