package org.reportarchive.places;

import java.util.List;
import org.reportarchive.model.Pager;
import org.reportarchive.model.ReportRow;

/**
 * A place's reports, newest first ({@code place.ftl}), or the list of anonymised documents or of documents of
 * unknown place.
 *
 * @param province the province it belongs to, or null for the lists that are not a place
 * @param level    直辖市, 地级市, 县级市 ..., or null
 * @param note     a sentence about the list, or null
 */
public record PlacePage(String name, String province, String level, String note, int reportCount,
                        List<ReportRow> reports, boolean showPlace, Pager pager) {
}
