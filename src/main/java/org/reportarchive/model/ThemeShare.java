package org.reportarchive.model;

/** A theme's share of a report's text, from 0 to 1. */
public record ThemeShare(String slug, double share) {
}
