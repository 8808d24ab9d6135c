package org.reportarchive.site;

/** Where a page is ({@code here} in the templates): its path in the site, and the way back to the site's root. */
public record PageContext(String path, String root) {

    static PageContext of(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return new PageContext(path, "../".repeat(depth));
    }
}
