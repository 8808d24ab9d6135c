package org.reportarchive.glossary;

import java.util.List;
import org.reportarchive.model.Pager;

/**
 * An entry's page ({@code term.ftl}), or a continuation page of its concordance ({@code continuation}: only
 * the term, its definition, the counts and the page's part of the concordance).
 *
 * @param list        the list the entry is on, relative to the glossary folder (the index, or its place's page)
 * @param explanation the explanation as HTML, or null
 * @param first       the first report that uses the term, or null
 * @param groups      this page's part of the concordance, by report
 */
public record TermPage(String slug, String term, String pinyin, String english, String definition, String scope,
                       String list, Source source, List<Alias> aliases, List<Related> related, List<Definition> reportDefinitions,
                       FirstUse first, String explanation, int occurrenceCount, int reportCount, List<Group> groups,
                       Pager pager, boolean continuation, String jsonld, Timeline timeline) {

    /**
     * When and where the term is used: a chart of the reports that use it by year, and the first report of each
     * city that uses it (the first {@code cities}, oldest first; {@code moreCities} more).
     */
    public record Timeline(String chart, List<CityFirst> cities, int moreCities, int undated) {
    }

    /** The first report of a city that uses the term. */
    public record CityFirst(String city, String title, String url, String when) {
    }

    /** Where the definition comes from; {@code url} and {@code footnote} for a report's own definition. */
    public record Source(String kind, String kindLabel, String title, String date, String url, String footnote) {
    }

    /** Another spelling of the term; {@code slug} is its own page, or null. */
    public record Alias(String text, String slug) {
    }

    public record Related(String slug, String term) {
    }

    /**
     * A definition of the term that reports give in their 名词解释, as they word it, with the reports that give it
     * (the first few; {@code more} counts the others).
     */
    public record Definition(String term, String definition, List<Source> reports, int more) {

        /** A report that gives the definition: its page and the number of its footnote there. */
        public record Source(String title, String url, String label) {
        }
    }

    public record FirstUse(String title, String url, String when) {
    }

    /** A report's occurrences; {@code more} counts those not shown. */
    public record Group(String id, String title, String url, String place, String when, List<Line> lines, int more) {
    }

    /** An occurrence in its context, linking to its paragraph. */
    public record Line(String paragraph, String before, String surface, String after) {
    }
}
