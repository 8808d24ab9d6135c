package org.reportarchive.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.reportarchive.model.PageMemo;
import org.reportarchive.model.PageSink;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportCard;
import org.reportarchive.model.ReportRow;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;

/**
 * Writes the theme pages: an index of themes, and for each theme the reports that treat it (newest first) with
 * their passages on it as snippets linking to the paragraphs. A page holds at most {@value #REPORTS_PER_PAGE}
 * reports and, as far as whole reports allow, {@value #PASSAGES_PER_PAGE} passages (a report shows at most
 * {@value #PASSAGES_PER_REPORT}); more continue on numbered pages ({@code li-fa-2.html}).
 */
public final class ThemePages {

    static final int REPORTS_PER_PAGE = 50;
    static final int PASSAGES_PER_PAGE = 800;
    static final int PASSAGES_PER_REPORT = 60;

    /** A theme's passages across the archive: reports newest first, a report's passages in document order. */
    @FunctionalInterface
    public interface Passages {
        List<ThemePassage> of(String theme) throws IOException;
    }

    /** Told of every theme with its entry in the data export ({@link ThemesJson#theme}), in order. */
    @FunctionalInterface
    public interface ThemeConsumer {
        void accept(Theme theme, String data) throws IOException;
    }

    /** How many reports and passages treat a theme. */
    public record Use(Theme theme, int reports, int passages) {
    }

    private final List<Theme> themes;
    private final Map<String, ReportCard> cards;
    private final Function<ReportCard, ReportRow> row;

    /** @param cards the archive's reports by id */
    public ThemePages(List<Theme> themes, Map<String, ReportCard> cards, Function<ReportCard, ReportRow> row) {
        this.themes = themes;
        this.cards = cards;
        this.row = row;
    }

    public List<Use> write(PageSink sink, Passages passages, ThemeConsumer each) throws IOException {
        return write(sink, passages, each, PageMemo.NONE);
    }

    /**
     * Writes every page; a theme whose pages the memo recalls is not read or made again.
     */
    public List<Use> write(PageSink sink, Passages passages, ThemeConsumer each, PageMemo memo) throws IOException {
        List<Use> uses = new ArrayList<>();
        List<ThemesPage.Row> rows = new ArrayList<>();
        for (Theme t : themes) {
            PageMemo.Made made = memo.recall(t.slug()).orElse(null);
            if (made == null) {
                made = make(sink, t, passages.of(t.slug()));
                memo.remember(t.slug(), made);
            }
            each.accept(t, made.data());
            uses.add(new Use(t, made.reports(), made.count()));
            rows.add(new ThemesPage.Row(t.slug(), t.name(), t.description(), made.reports(), made.count()));
        }
        sink.page("themes/index.html", "themes.ftl", new ThemesPage(rows));
        return uses;
    }

    /** A theme's pages, and its entry in the data export. */
    private PageMemo.Made make(PageSink sink, Theme t, List<ThemePassage> all) throws IOException {
        PageMemo.Recorder pages = new PageMemo.Recorder(sink);
        List<ThemePage.Group> groups = groups(t, all);
        List<List<ThemePage.Group>> split = Pager.split(groups, g -> g.passages().size(), REPORTS_PER_PAGE,
                PASSAGES_PER_PAGE);
        List<String> keywords = new ArrayList<>(t.keywords().keySet());
        keywords = keywords.subList(0, Math.min(12, keywords.size()));
        for (int page = 1; page <= split.size(); page++) {
            pages.page("themes/" + pageName(t.slug(), page) + ".html", "theme.ftl", new ThemePage(t.slug(), t.name(),
                    t.description(), keywords, groups.size(), all.size(), split.get(page - 1),
                    Pager.of(page, split.size(), n -> pageName(t.slug(), n) + ".html")));
        }
        return new PageMemo.Made(pages.pages(), ThemesJson.theme(t, all, cards), all.size(), groups.size(), null);
    }

    private List<ThemePage.Group> groups(Theme t, List<ThemePassage> all) {
        List<ThemePage.Group> groups = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            String id = all.get(i).reportId();
            List<ThemePage.Passage> shown = new ArrayList<>();
            int total = 0;
            for (; i < all.size() && all.get(i).reportId().equals(id); i++, total++) {
                if (shown.size() < PASSAGES_PER_REPORT) {
                    shown.add(new ThemePage.Passage(all.get(i).paragraphId(), all.get(i).snippet()));
                }
            }
            ReportCard card = cards.get(id);
            if (card != null) {
                groups.add(new ThemePage.Group(row.apply(card), ThemeChart.percent(card.share(t.slug())), shown,
                        total - shown.size()));
            }
        }
        return groups;
    }

    static String pageName(String slug, int page) {
        return page == 1 ? slug : slug + "-" + page;
    }
}
