package org.reportarchive.model;

/** A source line (or part of one) that the archive did not publish as report text, and why. */
public record Removal(int line, RemovalReason reason, String text) {
}
