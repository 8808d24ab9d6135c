package org.reportarchive.site;

import org.reportarchive.concurrent.Parallel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.reportarchive.figures.FiguresData;
import org.reportarchive.figures.FiguresPages;
import org.reportarchive.glossary.Glossary;
import org.reportarchive.glossary.GlossaryPages;
import org.reportarchive.glossary.GlossarySearch;
import org.reportarchive.glossary.TermCandidates;
import org.reportarchive.model.GlossaryEntry;
import org.reportarchive.model.JsonArrayFile;
import org.reportarchive.model.PageMemo;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportRef;
import org.reportarchive.model.ReportRow;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.model.TermOccurrence;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;
import org.reportarchive.places.PlacePages;
import org.reportarchive.search.SearchDocStore;
import org.reportarchive.search.SearchIndexWriter;
import org.reportarchive.themes.ThemePages;

/**
 * The last stage: the pages and data that gather the whole archive, made from the reports' cards (in memory)
 * and the occurrences and passages the report stage spilled to disk (read one term or theme at a time): places,
 * themes, the glossary, years and kinds, the home page, the JSON exports, the hand-written pages, the assets,
 * and last the feed and sitemap. Returns what maintainers should be told.
 */
final class IndexStage {

    /** The home page lists this many of the newest reports and this many places. */
    static final int LATEST = 20;
    static final int HOME_PLACES = 60;

    /** What the stage works from. */
    record Inputs(List<ReportCard> cards, Glossary glossary, List<Theme> themes, PlacePages places,
                  Spill<TermOccurrence> occurrences, Spill<ThemePassage> passages, SearchDocStore search,
                  List<Integer> ranks, List<String> analysisKeys,
                  CompletableFuture<List<GlossarySearch.Doc>> glossarySearch, SearchHistory searchHistory,
                  TermCandidates candidates, String host, ContentPages content, Path assets,
                  IndexMemo.Store memos) {
    }

    /** What the stage made: what maintainers should be told, and the search index with the time it took. */
    record Made(List<String> messages, SearchIndexWriter.Written search, long searchMillis) {
    }

    /** The cache's names for the memos of the glossary's and the themes' pages. */
    static final String GLOSSARY_MEMO = "glossary-pages";
    static final String THEME_MEMO = "theme-pages";
    static final List<String> MEMOS = List.of(GLOSSARY_MEMO, THEME_MEMO);

    private IndexStage() {
    }

    static Made run(Inputs in, SiteOutput out, SiteWriter writer, Function<String, String> markdown, int jobs)
            throws IOException {
        List<ReportCard> cards = in.cards();
        Map<String, ReportCard> byId = new LinkedHashMap<>();
        cards.forEach(c -> byId.put(c.id(), c));
        Map<String, Theme> themeBySlug = new LinkedHashMap<>();
        in.themes().forEach(t -> themeBySlug.put(t.slug(), t));
        Function<ReportCard, ReportRow> row = c -> Listings.row(c, themeBySlug);

        List<ThemePages.Use> themeUses = new ArrayList<>();
        List<GlossaryPages.Use> termUses = new ArrayList<>();
        SearchIndexWriter.Written[] search = new SearchIndexWriter.Written[1];
        long[] searchMillis = new long[1];
        // the glossary, the search index and the rest of the gathering pages are made at the same time
        List<Parallel.Task<Integer, Void>> parts = List.of(part -> {
            termUses.addAll(glossary(in, out, cards, markdown, jobs));
            return null;
        }, part -> {
            long t0 = System.nanoTime();
            search[0] = SearchPart.write(out, cards, in.ranks(), in.analysisKeys(), in.search(),
                    in.glossarySearch().join(), in.glossary(), in.themes(), in.places(), in.searchHistory(),
                    jobs); // beside the other parts: its end is mostly the creation of files
            searchMillis[0] = (System.nanoTime() - t0) / 1_000_000;
            return null;
        }, part -> {
            in.places().write(out, cards, row);
            in.places().writeJson(out, cards);
            themeUses.addAll(themes(in, out, byId, row));
            return null;
        }, part -> {
            new BrowsePages(cards, row).write(out);
            new FiguresPages(cards, row).write(out);
            FiguresData.write(out, cards);
            ReportsJson.write(cards, out);
            in.content().write(out);
            copyAssets(in.assets(), out);
            return null;
        });
        Parallel.run(parts, jobs);

        out.page("index.html", "home.ftl", home(cards, in, themeUses, termUses.size(), row));
        List<String> sitemap = new ArrayList<>();
        writer.templates().forEach((path, template) -> {
            if (!path.equals("404.html") && !template.equals("alias.ftl")) {
                sitemap.add(path);
            }
        });
        new HostFiles(in.host()).write(out, cards.stream().map(ReportCard::summary).toList(), sitemap);
        return new Made(messages(in, termUses), search[0], searchMillis[0]);
    }

    private static List<ThemePages.Use> themes(Inputs in, SiteOutput out, Map<String, ReportCard> byId,
                                               Function<ReportCard, ReportRow> row) throws IOException {
        ThemePages pages = new ThemePages(in.themes(), byId, row);
        List<ThemePages.Use> uses = new ArrayList<>();
        PageMemo memo = memo(in, THEME_MEMO, in.passages(), new IndexMemo.Inputs() {
            @Override
            public Object part(String theme) {
                return null; // everything of every theme is in what all parts depend on
            }

            @Override
            public Object report(int rank) {
                ReportCard card = byRank(in, rank);
                return card == null ? null : List.of(row.apply(card), card.themes());
            }
        });
        out.file("data/themes.json", stream -> {
            try (JsonArrayFile json = new JsonArrayFile(stream)) {
                uses.addAll(pages.write(out, theme -> values(in.passages().read(theme)), (t, data) -> json.add(data),
                        memo));
            }
        });
        return uses;
    }

    private static List<GlossaryPages.Use> glossary(Inputs in, SiteOutput out, List<ReportCard> cards,
                                                    Function<String, String> markdown, int jobs) throws IOException {
        Map<String, ReportRef> refs = new LinkedHashMap<>();
        for (ReportCard c : cards) {
            ReportMetadata m = c.metadata();
            refs.put(c.id(), new ReportRef(c.id(), c.summary().displayTitle(), Listings.place(m),
                    Listings.when(m), c.url(), m.year(), m.city() != null ? m.city() : m.placeName()));
        }
        GlossaryPages pages = new GlossaryPages(in.glossary(), refs, in.host(), markdown);
        List<GlossaryPages.Use> uses = new ArrayList<>();
        PageMemo memo = memo(in, GLOSSARY_MEMO, in.occurrences(), new IndexMemo.Inputs() {
            @Override
            public Object part(String slug) {
                // the reports an entry page names besides those that use the term: its source, its definitions'
                List<ReportRef> named = new ArrayList<>();
                in.glossary().bySlug(slug).ifPresent(e -> {
                    named.add(refs.get(e.source().report()));
                    e.reportDefinitions().forEach(d -> named.add(refs.get(d.reportId())));
                });
                return named;
            }

            @Override
            public Object report(int rank) {
                ReportCard card = byRank(in, rank);
                return card == null ? null : refs.get(card.id());
            }
        });
        out.file("data/glossary.json", stream -> {
            try (JsonArrayFile json = new JsonArrayFile(stream)) {
                uses.addAll(pages.write(out, slug -> oldestFirst(in.occurrences().read(slug)),
                        (e, data) -> json.add(data), jobs, memo));
            }
        });
        return uses;
    }

    /** The memo of a kind of part, when the build keeps one (with a cache). */
    private static PageMemo memo(Inputs in, String kind, Spill<?> spill, IndexMemo.Inputs inputs) {
        return in.memos() == null ? PageMemo.NONE : new IndexMemo(in.memos(), kind, spill, inputs);
    }

    /** The card of the report of a rank, or null (a report that failed after its records were spilled). */
    private static ReportCard byRank(Inputs in, int rank) {
        int i = Collections.binarySearch(in.ranks(), rank);
        return i < 0 ? null : in.cards().get(i);
    }


    private static HomePage home(List<ReportCard> cards, Inputs in, List<ThemePages.Use> themes, int terms,
                                 Function<ReportCard, ReportRow> row) {
        HomePage.Counts counts = new HomePage.Counts(cards.size(),
                cards.stream().map(c -> c.metadata().city()).filter(Objects::nonNull).distinct().count(),
                cards.stream().map(c -> c.metadata().province()).filter(Objects::nonNull).distinct().count(),
                in.themes().size(), terms,
                cards.stream().map(c -> c.metadata().year()).filter(Objects::nonNull).distinct().count());
        List<ReportRow> latest = cards.stream().limit(LATEST).map(row).toList();
        List<HomePage.ThemeCount> themeCounts = themes.stream().map(u -> new HomePage.ThemeCount(u.theme().slug(),
                u.theme().name(), u.reports(), u.passages())).toList();
        List<PlacePages.Count> places = new ArrayList<>(in.places().counts(cards));
        places.sort(Comparator.comparingInt(PlacePages.Count::count).reversed()); // stable: newest first on ties
        boolean more = places.size() > HOME_PLACES;
        return new HomePage(counts, latest, themeCounts, places.subList(0, Math.min(HOME_PLACES, places.size())),
                more);
    }

    private static <T> List<T> values(List<Spill.Ranked<T>> ranked) {
        return ranked.stream().map(Spill.Ranked::value).toList();
    }

    /** Occurrences by report oldest first (ranks count from the newest), a report's own in document order. */
    private static List<TermOccurrence> oldestFirst(List<Spill.Ranked<TermOccurrence>> ranked) {
        List<Spill.Ranked<TermOccurrence>> sorted = new ArrayList<>(ranked);
        sorted.sort(Comparator.comparingInt(r -> -r.rank()));
        return values(sorted);
    }

    private static void copyAssets(Path assets, SiteOutput out) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(assets)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            out.file(assets.relativize(f).toString().replace('\\', '/'), stream -> stream.write(bytes));
        }
    }

    /** What maintainers should look at: unused entries, candidates for new entries, local terms. */
    private static List<String> messages(Inputs in, List<GlossaryPages.Use> uses) {
        List<String> out = new ArrayList<>();
        for (GlossaryPages.Use u : uses) {
            if (u.occurrences() == 0) {
                out.add("glossary entry " + u.entry().slug() + " (" + u.entry().term() + ") matches nothing in any"
                        + " report");
            }
        }
        List<TermCandidates.Candidate> list = in.candidates().candidates(2);
        if (!list.isEmpty()) {
            StringBuilder sb = new StringBuilder("glossary candidates (quoted in two or more reports, no entry yet): ");
            for (int i = 0; i < list.size() && i < 40; i++) {
                sb.append(i == 0 ? "" : "、").append(list.get(i).expression()).append('(')
                        .append(list.get(i).reports()).append(')');
            }
            if (list.size() > 40) {
                sb.append(" and ").append(list.size() - 40).append(" more");
            }
            out.add(sb.toString());
        }
        Map<String, List<String>> localByScope = new TreeMap<>();
        // a place's terms, in the glossary's order
        for (GlossaryEntry e : in.glossary().entries()) {
            if (!e.isNational()) {
                localByScope.computeIfAbsent(e.scope(), k -> new ArrayList<>()).add(e.term());
            }
        }
        int shown = 0;
        for (Map.Entry<String, List<String>> e : localByScope.entrySet()) {
            if (++shown > 10) {
                out.add("glossary: and " + (localByScope.size() - 10) + " more places whose reports define terms of"
                        + " their own (see glossary/index.html, 各地的用法)");
                break;
            }
            out.add("glossary: " + e.getValue().size() + " terms are defined only by reports of " + e.getKey()
                    + " and used as its local usage: “" + String.join("”、“", e.getValue())
                    + "”; add a curated entry for any that other places use too");
        }
        return out;
    }
}
