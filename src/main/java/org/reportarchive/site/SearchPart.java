package org.reportarchive.site;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.reportarchive.glossary.Glossary;
import org.reportarchive.glossary.GlossarySearch;
import org.reportarchive.model.Kind;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemeShare;
import org.reportarchive.places.PlacePages;
import org.reportarchive.search.SearchDocStore;
import org.reportarchive.search.SearchIndexWriter;

/**
 * The search: the index of every report's text (its parts made by the report stage, from the one analysis) and
 * of the glossary's entries, and the page that queries it in the browser.
 */
final class SearchPart {

    private SearchPart() {
    }

    /**
     * @param cards   the reports, newest first
     * @param ranks   the number each report's part was kept under in the store
     * @param analysisKeys each report's analysis key: its search text was made from it
     * @param history what the previous build's index was made from (a rebuild merges only the shards that changed)
     * @param jobs    how many threads may merge the index
     */
    static SearchIndexWriter.Written write(PageSink out, List<ReportCard> cards, List<Integer> ranks,
                                           List<String> analysisKeys, SearchDocStore store,
                                           List<GlossarySearch.Doc> glossaryDocs, Glossary glossary,
                                           List<Theme> themes, PlacePages places, SearchHistory history, int jobs)
            throws IOException {
        List<SearchIndexWriter.DocMeta> metas = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>(ranks);
        for (ReportCard c : cards) {
            metas.add(meta(c, places));
        }
        int next = ranks.stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        for (GlossarySearch.Doc d : glossaryDocs) {
            store.add(next, d.doc());
            numbers.add(next++);
            metas.add(d.meta());
        }
        List<String> textKeys = new ArrayList<>();
        List<String> docKeys = new ArrayList<>();
        for (int i = 0; i < metas.size(); i++) {
            // a report's text is what its analysis was made from; a glossary entry's is made anew each time
            textKeys.add(i < cards.size() ? new Fingerprint("search-text").add(analysisKeys.get(i)).add(metas.get(i))
                    .hex() : null);
            // and so are its postings; an entry's are known by their bytes
            docKeys.add(i < cards.size() ? SearchHistory.reportKey(analysisKeys.get(i))
                    : "glossary:" + SiteWriter.hash(glossaryDocs.get(i - cards.size()).doc().postings()));
        }
        SearchIndexWriter.Written written = SearchIndexWriter.write(out, metas, cards.size(), numbers, store, jobs,
                textKeys, docKeys, history.previous());
        out.page("search.html", "search.ftl", page(cards, themes, places, glossary.entries().size()));
        return written;
    }

    private static SearchIndexWriter.DocMeta meta(ReportCard c, PlacePages places) {
        ReportMetadata m = c.metadata();
        List<String> facets = new ArrayList<>();
        for (String slug : places.slugsWithin(m.place(), m.anonymised())) {
            facets.add("place-" + slug);
        }
        facets.add("year-" + (m.year() == null ? "undated" : m.year()));
        facets.add("kind-" + m.kind().code());
        for (ThemeShare t : c.themes()) {
            facets.add("theme-" + t.slug());
        }
        return new SearchIndexWriter.DocMeta(c.url(), c.summary().displayTitle(), Listings.place(m),
                Listings.when(m), m.kind().label(), facets);
    }

    private static SearchPage page(List<ReportCard> cards, List<Theme> themes, PlacePages places, int terms) {
        List<SearchPage.Option> placeOptions = new ArrayList<>();
        for (PlacePages.Option o : places.options()) {
            placeOptions.add(new SearchPage.Option(o.slug(), o.name(), !o.province()));
        }
        boolean anonymous = false;
        boolean unknown = false;
        Set<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
        boolean undated = false;
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (ReportCard c : cards) {
            ReportMetadata m = c.metadata();
            anonymous |= m.place() == null && m.anonymised();
            unknown |= m.place() == null && !m.anonymised();
            if (m.year() == null) {
                undated = true;
            } else {
                years.add(m.year());
            }
            kinds.add(m.kind());
        }
        if (anonymous) {
            placeOptions.add(new SearchPage.Option("anonymous", "匿名文稿", false));
        }
        if (unknown) {
            placeOptions.add(new SearchPage.Option("unknown", "地区不详", false));
        }
        List<SearchPage.Option> yearOptions = new ArrayList<>();
        years.forEach(y -> yearOptions.add(new SearchPage.Option(String.valueOf(y), y + "年", false)));
        if (undated) {
            yearOptions.add(new SearchPage.Option("undated", "年份不详", false));
        }
        List<SearchPage.Option> kindOptions = kinds.stream()
                .map(k -> new SearchPage.Option(k.code(), k.label(), false)).toList();
        List<SearchPage.Option> themeOptions = themes.stream()
                .map(t -> new SearchPage.Option(t.slug(), t.name(), false)).toList();
        return new SearchPage(placeOptions, yearOptions, kindOptions, themeOptions, cards.size(), terms);
    }
}
