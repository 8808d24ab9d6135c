package org.reportarchive.glossary;

import java.util.List;

/**
 * The terms by the year they first appear in the archive's reports: on the index
 * ({@code glossary/new.html}) each year with its first terms and a link to the year's page
 * ({@code glossary/new/2021.html}), which lists them all.
 *
 * @param year    the year of a year's page; null on the index
 * @param dated   how many entries appear in a dated report
 */
public record NewTermsPage(Integer year, List<Year> years, int dated) {

    /** A year and its new terms (on the index, the first ones; {@code more} more on the year's page). */
    public record Year(int year, List<Term> terms, int count, int more) {
    }

    /** An entry: its page, its term, and whose usage it is. */
    public record Term(String slug, String term, String scope) {
    }
}
