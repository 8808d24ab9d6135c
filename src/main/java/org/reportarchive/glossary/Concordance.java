package org.reportarchive.glossary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reportarchive.model.TermOccurrence;

/**
 * Every occurrence of every glossary term across the archive, collected while reports are annotated in
 * parallel, and handed out in a fixed order: reports oldest first, then paragraph, then place.
 */
public final class Concordance {

    private final Map<String, List<TermOccurrence>> bySlug = new ConcurrentHashMap<>();

    public void add(List<TermOccurrence> occurrences) {
        for (TermOccurrence o : occurrences) {
            bySlug.computeIfAbsent(o.slug(), k -> new ArrayList<>());
            List<TermOccurrence> list = bySlug.get(o.slug());
            synchronized (list) {
                list.add(o);
            }
        }
    }

    /**
     * The occurrences of an entry in order.
     *
     * @param reportRank position of each report id, oldest first
     */
    public List<TermOccurrence> of(String slug, Map<String, Integer> reportRank) {
        List<TermOccurrence> list = new ArrayList<>(bySlug.getOrDefault(slug, List.of()));
        list.sort(Comparator.<TermOccurrence>comparingInt(o -> reportRank.getOrDefault(o.reportId(), Integer.MAX_VALUE))
                .thenComparing(TermOccurrence::reportId)
                .thenComparingInt(TermOccurrence::block)
                .thenComparingInt(TermOccurrence::offset));
        return list;
    }

    public boolean isUsed(String slug) {
        return bySlug.containsKey(slug);
    }
}
