package org.reportarchive.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The place whose people's congress a report belongs to, at its own level.
 *
 * @param name     its full name (乐山市, 武侯区, 四川省), or 全国 for the National People's Congress
 * @param code     its division code, or null when it is not in the division table
 * @param level    national, province, municipality, sar, prefecture, county-city, district, county or township (a
 *                 town's or a township's congress, below the division table); null when
 *                 not known
 * @param city     the prefecture-level city it is in (itself for a city or municipality; the parent of a
 *                 district, county or county-level city), or null
 * @param province the province-level unit it is in (itself for one), or null
 */
public record Place(String name, String code, String level, String city, String province) {

    public static final String NATIONAL = "national";

    /** The National People's Congress. */
    public static Place national() {
        return new Place("全国", null, NATIONAL, null, null);
    }

    /** A district, county or county-level city: a place below a city. */
    @JsonIgnore
    public boolean isCountyLevel() {
        return "district".equals(level) || "county".equals(level) || "county-city".equals(level);
    }
}
