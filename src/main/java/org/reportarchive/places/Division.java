package org.reportarchive.places;

import org.reportarchive.model.Place;

/**
 * A unit of China's administrative divisions.
 *
 * @param level      province, municipality, sar, prefecture, county-city, district or county
 * @param province   the province-level unit it belongs to (itself for province-level units)
 * @param prefecture for a county-level unit, its prefecture-level parent (for a municipality's districts, the
 *                   municipality), or null
 */
public record Division(String code, String name, String shortName, String level, String province,
                       String prefecture) {

    /** A province-level unit: province, autonomous region, municipality or SAR. */
    public boolean isProvinceLevel() {
        return level.equals("province") || level.equals("municipality") || level.equals("sar");
    }

    /** A unit that is a city in the archive's indexes: municipality or prefecture-level unit. */
    public boolean isCityLike() {
        return level.equals("municipality") || level.equals("prefecture");
    }

    /** A county-level unit: county-level city, district or county. */
    public boolean isCountyLevel() {
        return level.equals("county-city") || level.equals("district") || level.equals("county");
    }

    /** The unit as a report's place: with the city and province it is in. */
    public Place place() {
        String city = isCityLike() ? name : isCountyLevel() ? prefecture : null;
        return new Place(name, code, level, city, province);
    }
}
