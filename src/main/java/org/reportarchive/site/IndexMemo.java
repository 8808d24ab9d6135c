package org.reportarchive.site;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.reportarchive.model.PageMemo;

/**
 * The index pages' memo, kept in the build cache: what the pages of a part (a glossary entry, a theme) made is
 * found under the fingerprint of everything they are made from. That is what all of them depend on (the program,
 * the templates, the glossary, the themes, the site's address), what the part's own pages read besides, and, report
 * by report in the archive's order, the part's spilled records (as the spill hashed them, without reading them)
 * and what the pages show of the report. A rebuild in which one report changed makes again only the parts whose
 * records or reports changed.
 */
final class IndexMemo implements PageMemo {

    /** What the memo of a build is kept with; {@code base} fingerprints what every part depends on. */
    record Store(BuildCache cache, SiteWriter writer, String base) {
    }

    /** What a part's pages read besides its spilled records. */
    interface Inputs {
        /** Adds to the part's fingerprint what its pages read that is not a report's. */
        void part(String part, Fingerprint f);

        /**
         * What the pages of any part show of the report of a rank (whose records are in the part), as bytes; the
         * same for every part, so hashed once per report.
         */
        byte[] report(int rank);
    }

    private final Store store;
    private final String kind;
    private final Spill<?> spill;
    private final Inputs inputs;
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final Map<Integer, Long> reports = new ConcurrentHashMap<>();

    /**
     * @param kind  the cache's name for the memo (one per kind of part)
     * @param spill the records the parts' pages are made from, by part
     */
    IndexMemo(Store store, String kind, Spill<?> spill, Inputs inputs) {
        this.store = store;
        this.kind = kind;
        this.spill = spill;
        this.inputs = inputs;
    }

    @Override
    public Optional<Made> recall(String part) {
        Optional<Made> made = store.cache().read(kind, key(part), Made.class);
        if (made.isEmpty()) {
            return made;
        }
        for (String page : made.get().pages()) {
            if (!store.writer().keepAsMade(page)) {
                return Optional.empty(); // changed or gone since: the part is made again
            }
        }
        return made;
    }

    @Override
    public void remember(String part, Made made) {
        store.cache().write(kind, key(part), made);
    }

    private String key(String part) {
        return keys.computeIfAbsent(part, this::fingerprint);
    }

    private String fingerprint(String part) {
        Fingerprint f = new Fingerprint(kind).add(store.base()).add(part);
        inputs.part(part, f);
        for (Spill.Section s : spill.sections(part)) {
            f.addLong(s.hash()).addLong(reports.computeIfAbsent(s.rank(),
                    rank -> Fingerprint.HASH.hashBytes(inputs.report(rank)).asLong()));
        }
        return f.hex();
    }
}
