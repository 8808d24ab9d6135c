package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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

    private final Map<String, Integer> reportsByExpression = new ConcurrentHashMap<>();

    /** A report's quoted expressions that are not part of a glossary term found in it, each once, sorted. */
    public static List<String> quoted(Report report, Annotations terms) {
        Map<String, List<int[]>> spans = new HashMap<>();
        for (TermOccurrence o : terms.occurrences()) {
            spans.computeIfAbsent(o.paragraphId(), k -> new ArrayList<>())
                    .add(new int[] {o.offset(), o.offset() + o.surface().length()});
        }
        TreeSet<String> out = new TreeSet<>();
        for (Paragraph p : report.paragraphs()) {
            Matcher m = QUOTED.matcher(p.text());
            while (m.find()) {
                boolean known = spans.getOrDefault(p.id(), List.of()).stream()
                        .anyMatch(s -> s[0] <= m.start(1) && s[1] >= m.end(1));
                if (!known) {
                    out.add(m.group(1));
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** Counts one report's quoted expressions. */
    public void add(List<String> expressions) {
        for (String e : expressions) {
            reportsByExpression.merge(e, 1, Integer::sum);
        }
    }

    /** A candidate and the number of reports that use it. */
    public record Candidate(String expression, int reports) {
    }

    /** Expressions used in at least {@code minReports} reports, most used first. */
    public List<Candidate> candidates(int minReports) {
        List<Candidate> out = new ArrayList<>();
        reportsByExpression.forEach((k, v) -> {
            if (v >= minReports) {
                out.add(new Candidate(k, v));
            }
        });
        out.sort(Comparator.comparingInt(Candidate::reports).reversed().thenComparing(Candidate::expression));
        return out;
    }
}
