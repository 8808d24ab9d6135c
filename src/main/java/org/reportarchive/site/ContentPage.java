package org.reportarchive.site;

/**
 * A hand-written page of {@code content/} ({@code page.ftl}): its header's title and description and its body
 * as HTML.
 *
 * @param projectDocs whether the page links to the project documentation, which is part of this build
 */
public record ContentPage(String title, String description, String body, boolean projectDocs) {
}
