package org.reportarchive.themes;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** Told of every theme with its passages, in order (for the data export). */
    @FunctionalInterface
    public interface ThemeConsumer {
        void accept(Theme theme, List<ThemePassage> passages) throws IOException;
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
        List<Use> uses = new ArrayList<>();
        List<ThemesPage.Row> rows = new ArrayList<>();
        for (Theme t : themes) {
            List<ThemePassage> all = passages.of(t.slug());
            List<ThemePage.Group> groups = groups(t, all);
            List<List<ThemePage.Group>> pages = Pager.split(groups, g -> g.passages().size(), REPORTS_PER_PAGE,
                    PASSAGES_PER_PAGE);
            List<String> keywords = new ArrayList<>(t.keywords().keySet());
            keywords = keywords.subList(0, Math.min(12, keywords.size()));
            for (int page = 1; page <= pages.size(); page++) {
                sink.page("themes/" + pageName(t.slug(), page) + ".html", "theme.ftl", new ThemePage(t.slug(), t.name(),
                        t.description(), keywords, groups.size(), all.size(), pages.get(page - 1),
                        Pager.of(page, pages.size(), n -> pageName(t.slug(), n) + ".html")));
            }
            each.accept(t, all);
            uses.add(new Use(t, groups.size(), all.size()));
            rows.add(new ThemesPage.Row(t.slug(), t.name(), t.description(), groups.size(), all.size()));
        }
        sink.page("themes/index.html", "themes.ftl", new ThemesPage(rows));
        return uses;
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
