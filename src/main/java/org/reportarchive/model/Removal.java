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
}
