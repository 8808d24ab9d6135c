package org.reportarchive.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagerTest {

    private static List<Integer> numbers(Pager p) {
        return p.links().stream().map(Pager.Link::page).toList();
    }

    @Test
    void linksTheFirstTheLastAndThePagesNearThisOne() {
        Pager middle = Pager.of(10, 20, n -> "p-" + n + ".html");
        assertEquals(List.of(1, 8, 9, 10, 11, 12, 20), numbers(middle));
        assertEquals("p-20.html", middle.links().get(6).href());
        assertEquals("p-9.html", middle.prev());
        assertEquals("p-11.html", middle.next());
        assertEquals(List.of(1, 2, 3, 20), numbers(Pager.of(1, 20, n -> n + ".html")));
        assertEquals(List.of(1, 18, 19, 20), numbers(Pager.of(20, 20, n -> n + ".html")));
        assertEquals(List.of(1, 2, 3, 4), numbers(Pager.of(3, 4, n -> n + ".html")));
    }

    @Test
    void aListOfOnePageLinksOnlyItself() {
        Pager one = Pager.of(1, 1, n -> "index.html");
        assertEquals(List.of(1), numbers(one));
        assertNull(one.prev());
        assertNull(one.next());
    }
}
