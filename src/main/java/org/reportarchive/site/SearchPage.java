package org.reportarchive.site;

import java.util.List;

/**
 * The search page: the form, and what its filters offer.
 *
 * @param places  the national congress, provinces and cities with reports, each province before its cities
 * @param years   the years with reports, newest first
 * @param kinds   the kinds of document with reports
 * @param themes  every theme
 */
public record SearchPage(List<Option> places, List<Option> years, List<Option> kinds, List<Option> themes, int reports,
                  int terms) {

    /**
     * A value of a filter.
     *
     * @param value  as the address has it ({@code leshan}, {@code 2021}, {@code report}, {@code li-fa})
     * @param label  as the reader sees it
     * @param nested whether it is listed under the one before (a city under its province)
     */
    public record Option(String value, String label, boolean nested) {
    }
}
