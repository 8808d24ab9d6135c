package org.reportarchive.glossary;

import org.reportarchive.text.Simplified;
import org.reportarchive.text.TextFolding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.reportarchive.ingest.Slugs;
import org.reportarchive.model.Footnote;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.ReportDefinition;
import org.reportarchive.model.TermSource;

/**
 * The glossary of the whole archive: the curated entries plus the terms reports define themselves. A report's
 * definition of a term that has a national entry is attached to that entry; a term only a report defines
 * becomes an entry of that report's city (its local usage), matched only in reports of that city.
 */
public final class Glossary {

    private final Map<String, GlossaryEntry> bySlug;
    private final Map<String, String> footnoteEntries;
    private final Map<String, TermMatcher> matchers = new ConcurrentHashMap<>();
    /** The scopes with entries of their own: places, and reports whose terms are theirs alone. */
    private final Set<String> localScopes = new HashSet<>();

    private Glossary(Map<String, GlossaryEntry> bySlug, Map<String, String> footnoteEntries) {
        this.bySlug = bySlug;
        this.footnoteEntries = footnoteEntries;
        bySlug.values().stream().filter(e -> !e.isNational()).forEach(e -> localScopes.add(e.scope()));
    }

    public static Glossary of(List<GlossaryEntry> curated) {
        return build(curated, List.of());
    }

    /** The curated entries with the reports' own definitions imported, oldest report first. */
    public static Glossary build(List<GlossaryEntry> curated, List<DefiningReport> reports) {
        Map<String, GlossaryEntry> bySlug = new TreeMap<>();
        Map<String, String> national = new HashMap<>();
        for (GlossaryEntry e : curated) {
            bySlug.put(e.slug(), e);
            if (e.isNational()) {
                e.surfaces().forEach(s -> national.put(folded(s), e.slug()));
            }
        }
        Map<String, String> local = new HashMap<>();
        Map<String, String> footnoteEntries = new HashMap<>();
        List<DefiningReport> ordered = new ArrayList<>(reports);
        ordered.sort(Comparator.comparing(DefiningReport::sortKey).thenComparing(DefiningReport::reportId));
        for (DefiningReport r : ordered) {
            String scope = r.city() != null ? r.city() : "report:" + r.reportId();
            for (Footnote f : r.footnotes()) {
                String key = ReportTerms.keyTerm(f);
                if (key.isEmpty()) {
                    continue;
                }
                ReportDefinition def = new ReportDefinition(r.reportId(), r.title(), r.city(), f.label(), f.term(),
                        f.definition());
                String folded = folded(key);
                String slug = national.get(folded);
                if (slug == null) {
                    slug = local.get(scope + "\u0000" + folded);
                }
                if (slug == null) {
                    slug = freeSlug(bySlug, key, r);
                    local.put(scope + "\u0000" + folded, slug);
                    bySlug.put(slug, new GlossaryEntry(slug, key, List.of(), tooltip(f.definition()), null,
                            new TermSource("report", r.title(), null, r.reportId(), f.label()), scope, List.of(),
                            null, null, List.of(def)));
                } else {
                    bySlug.put(slug, bySlug.get(slug).withReportDefinition(def));
                }
                footnoteEntries.put(r.reportId() + "#" + f.label(), slug);
            }
        }
        return new Glossary(bySlug, footnoteEntries);
    }

    /** A term as its entries are found: in simplified characters (全過程人民民主 is 全过程人民民主), its variants folded. */
    private static String folded(String term) {
        return TextFolding.fold(Simplified.of(term));
    }

    /** A slug from the term's pinyin; if taken, the city's pinyin is added, then the report's id. */
    private static String freeSlug(Map<String, GlossaryEntry> taken, String term, DefiningReport r) {
        String base = Slugs.syllables(term);
        if (base.isEmpty()) {
            base = "term";
        }
        if (!taken.containsKey(base)) {
            return base;
        }
        String withCity = r.city() == null ? base + "-" + r.reportId() : base + "-" + Slugs.pinyin(r.city());
        return taken.containsKey(withCity) ? base + "-" + r.reportId() : withCity;
    }

    /** A report's definition shortened for a tooltip, with a visible ellipsis when cut. */
    static String tooltip(String definition) {
        String d = definition.strip().replace('\n', ' ');
        if (d.codePointCount(0, d.length()) <= GlossaryLoader.MAX_DEFINITION) {
            return d;
        }
        return d.substring(0, d.offsetByCodePoints(0, GlossaryLoader.MAX_DEFINITION - 2)) + "……";
    }

    public Collection<GlossaryEntry> entries() {
        return bySlug.values();
    }

    public Optional<GlossaryEntry> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    /** The entry a report's footnote defines or explains, if any. */
    public Optional<GlossaryEntry> forFootnote(String reportId, String label) {
        return Optional.ofNullable(footnoteEntries.get(reportId + "#" + label)).map(bySlug::get);
    }

    /** The matcher for a report: national entries, and the local entries of its city (or of itself). */
    public TermMatcher matcherFor(String city, String reportId) {
        String key = city != null ? city : "report:" + reportId;
        // a place without terms of its own shares the matcher of the national terms
        String scope = localScopes.contains(key) ? key : GlossaryEntry.NATIONAL;
        return matchers.computeIfAbsent(scope, k -> new TermMatcher(bySlug.values().stream()
                .filter(e -> e.isNational() || e.scope().equals(k)).toList()));
    }
}
