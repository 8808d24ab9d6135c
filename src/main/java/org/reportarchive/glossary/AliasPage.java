package org.reportarchive.glossary;

/** The page of another spelling of a term ({@code alias.ftl}), leading to the entry. */
public record AliasPage(String alias, String slug, String term) {
}
