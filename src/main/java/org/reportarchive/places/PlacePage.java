package org.reportarchive.places;

import java.util.List;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportRow;

/**
 * A place's page ({@code place.ftl}): its own reports, newest first, and the places within it (a city's
 * districts and counties, a province's cities); or the list of anonymised documents or of documents of unknown
 * place.
 *
 * @param parent    the place it is in (its city, or its province), or null
 * @param parentUrl that place's page, relative to the places folder, or null
 * @param level     地级市, 市辖区, 县级市（乐山市代管） ..., or null
 * @param note      a sentence about the list, or null
 * @param within    the places within it that have reports, each with the number of all reports in it
 */
public record PlacePage(String name, String parent, String parentUrl, String level, String note, int reportCount,
                        List<ReportRow> reports, List<Within> within, boolean showPlace, Pager pager) {

    /** A place within this one; {@code url} is relative to the places folder. */
    public record Within(String name, String url, int count, String level) {
    }
}
