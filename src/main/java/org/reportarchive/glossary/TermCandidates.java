package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.TermOccurrence;

/**
 * For maintainers: expressions the reports put in quotation marks (“四个一”) that the glossary does not explain,
 * counted by the number of reports that use them. Those used in two or more reports are candidates for an entry.
 */
public final class TermCandidates {

    private static final Pattern QUOTED = Pattern.compile("[“「]([^“”「」，。；：、,;:]{2,12})[”」]");

    private final Map<String, Set<String>> reportsByExpression = new ConcurrentHashMap<>();

    /** Collects a report's quoted expressions that are not part of a glossary term found in it. */
    public void collect(Report report, Annotations terms) {
        Map<String, List<int[]>> spans = new java.util.HashMap<>();
        for (TermOccurrence o : terms.occurrences()) {
            spans.computeIfAbsent(o.paragraphId(), k -> new ArrayList<>())
                    .add(new int[] {o.offset(), o.offset() + o.surface().length()});
        }
        for (Paragraph p : report.paragraphs()) {
            Matcher m = QUOTED.matcher(p.text());
            while (m.find()) {
                String expression = m.group(1);
                boolean known = spans.getOrDefault(p.id(), List.of()).stream()
                        .anyMatch(s -> s[0] <= m.start(1) && s[1] >= m.end(1));
                if (!known) {
                    reportsByExpression.computeIfAbsent(expression, k -> ConcurrentHashMap.newKeySet()).add(report.id());
                }
            }
        }
    }

    /** A candidate and the number of reports that use it. */
    public record Candidate(String expression, int reports) {
    }

    /** Expressions used in at least {@code minReports} reports, most used first. */
    public List<Candidate> candidates(int minReports) {
        List<Candidate> out = new ArrayList<>();
        reportsByExpression.forEach((k, v) -> {
            if (v.size() >= minReports) {
                out.add(new Candidate(k, v.size()));
            }
        });
        out.sort(Comparator.comparingInt(Candidate::reports).reversed().thenComparing(Candidate::expression));
        return out;
    }
}
