package org.reportarchive.ingest;

/** Tells running text (sentences) from short lines such as titles, menus and labels. */
final class Prose {
    private Prose() {
    }

    /** A line of running text: it has a sentence in it, or is long and has clause punctuation. */
    static boolean isProse(String s) {
        if (s.contains("。") || s.contains("！") || s.contains("？")) {
            return true;
        }
        return s.length() >= 30 && (s.contains("，") || s.contains(",") || s.contains("；") || s.contains("、"));
    }
}
