package org.reportarchive.model;

/** A source line (or part of one) that the archive did not publish as report text, and why. */
public record Removal(int line, RemovalReason reason, String text) {

    /** Whether the archive left something out here: not a restored character reference, not a mark of layout. */
    public boolean strips() {
        return !reason.restores() && !reason.marksLayout();
    }

    /** How many source lines lost something that is not the report's (a line counts once, whatever it lost). */
    public static int strippedLines(java.util.List<Removal> removals) {
        return (int) removals.stream().filter(Removal::strips).mapToInt(Removal::line).distinct().count();
    }

    /** Two lists of removals, each in line order, as one in line order (the first list's first on a line). */
    public static java.util.List<Removal> inLineOrder(java.util.List<Removal> a, java.util.List<Removal> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        java.util.List<Removal> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        out.sort(java.util.Comparator.comparingInt(Removal::line)); // stable: a's before b's on a line
        return out;
    }
}
