package org.reportarchive.places;

/**
 * A unit of China's administrative divisions.
 *
 * @param level      province, municipality, sar, prefecture or county-city
 * @param province   the province-level unit it belongs to (itself for province-level units)
 * @param prefecture for a county-level city, its prefecture-level parent, or null
 */
public record Division(String code, String name, String shortName, String level, String province,
                       String prefecture) {

    /** A province-level unit: province, autonomous region, municipality or SAR. */
    public boolean isProvinceLevel() {
        return level.equals("province") || level.equals("municipality") || level.equals("sar");
    }

    /** A unit a report can be "from" as a city: municipality, prefecture-level unit or county-level city. */
    public boolean isCityLike() {
        return level.equals("municipality") || level.equals("prefecture") || level.equals("county-city");
    }
}
