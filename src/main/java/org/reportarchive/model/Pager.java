package org.reportarchive.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;

/**
 * Where a page stands in a list that continues over several pages.
 *
 * @param prev  the previous page, relative to this one, or null on the first
 * @param next  the next page, relative to this one, or null on the last
 * @param links the pages a reader may go to directly, in order: the first, the last, and those up to
 *              {@value #NEAR} before and after this one (this one included)
 */
public record Pager(int page, int pages, String prev, String next, List<Link> links) {

    /** How many pages before and after the current one are linked. */
    static final int NEAR = 2;

    /** A numbered page and its address. */
    public record Link(int page, String href) {
    }

    public Pager {
        links = List.copyOf(links);
    }

    /**
     * @param href the address of page n, relative to the pages of the list
     */
    public static Pager of(int page, int pages, IntFunction<String> href) {
        List<Link> links = new ArrayList<>();
        links.add(new Link(1, href.apply(1)));
        for (int k = Math.max(2, page - NEAR); k <= Math.min(pages - 1, page + NEAR); k++) {
            links.add(new Link(k, href.apply(k)));
        }
        if (pages > 1) {
            links.add(new Link(pages, href.apply(pages)));
        }
        return new Pager(page, pages, page > 1 ? href.apply(page - 1) : null, page < pages ? href.apply(page + 1) : null,
                links);
    }

    /**
     * Splits groups (the reports of a list, each with its lines) into pages of at most {@code maxGroups} groups
     * and, as far as whole groups allow, at most {@code maxItems} lines: a page is never empty, and a group is
     * never split. There is always at least one page.
     */
    public static <T> List<List<T>> split(List<T> groups, ToIntFunction<T> items, int maxGroups, int maxItems) {
        List<List<T>> pages = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int lines = 0;
        for (T g : groups) {
            int n = items.applyAsInt(g);
            if (!current.isEmpty() && (current.size() >= maxGroups || lines + n > maxItems)) {
                pages.add(current);
                current = new ArrayList<>();
                lines = 0;
            }
            current.add(g);
            lines += n;
        }
        if (!current.isEmpty() || pages.isEmpty()) {
            pages.add(current);
        }
        return pages;
    }
}
