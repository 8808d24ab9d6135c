package org.reportarchive.ingest;

import java.util.Set;

/**
 * What a copy of printed pages showed of them and the reading took off: the source lines of the pages' numbers and
 * running heads, and the heads' words.
 *
 * @param breaks the source lines of a page's number or running head: a page's break stands there
 * @param heads  the running heads' words (宝鸡市第十三届人民代表大会第四次会议), as the pages print them
 */
record PrintedPages(Set<Integer> breaks, Set<String> heads) {

    /** Whether a line's words are the pages' running head. */
    boolean isHead(String line) {
        return heads.contains(line.strip());
    }
}
