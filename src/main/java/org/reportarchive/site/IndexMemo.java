package org.reportarchive.site;

import java.util.ArrayList;
import java.util.List;
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

    /** What a part's pages read besides its spilled records: values whose JSON joins the part's fingerprint. */
    interface Inputs {
        /** What the part's pages read that is not a report's. */
        Object part(String part);

        /**
         * What the pages of any part show of the report of a rank (whose records are in the part): the same for
         * every part, so hashed once per report.
         */
        Object report(int rank);
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

    /**
     * What the memo keeps of a part: what its pages made, and the fingerprint of the model each page was made
     * from, so that a page is kept only if it is the very page the part made.
     */
    record Kept(Made made, List<String> pageKeys) {
    }

    @Override
    public Optional<Made> recall(String part) {
        Kept kept = store.cache().read(kind, key(part), Kept.class).orElse(null);
        if (kept == null || kept.pageKeys().size() != kept.made().pages().size()) {
            return Optional.empty();
        }
        for (int i = 0; i < kept.pageKeys().size(); i++) {
            if (!store.writer().keep(kept.made().pages().get(i), kept.pageKeys().get(i))) {
                return Optional.empty(); // changed or gone since: the part is made again
            }
        }
        return Optional.of(kept.made());
    }

    @Override
    public void remember(String part, Made made) {
        List<String> pageKeys = new ArrayList<>();
        for (String page : made.pages()) {
            String key = store.writer().key(page);
            if (key == null) {
                return; // a page this build did not make: nothing to vouch for
            }
            pageKeys.add(key);
        }
        store.cache().write(kind, key(part), new Kept(made, pageKeys));
    }

    private String key(String part) {
        return keys.computeIfAbsent(part, this::fingerprint);
    }

    private String fingerprint(String part) {
        Fingerprint f = new Fingerprint(kind).add(store.base()).add(part).addJson(inputs.part(part));
        for (Spill.Section s : spill.sections(part)) {
            f.addLong(s.hash()).addLong(reports.computeIfAbsent(s.rank(),
                    rank -> Fingerprint.HASH.hashBytes(Fingerprint.json(inputs.report(rank))).asLong()));
        }
        return f.hex();
    }
}
