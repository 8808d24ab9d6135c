package org.reportarchive.model;

/**
 * An in-text footnote marker such as {@code ^【6】}, taken out of the text and kept as a reference.
 *
 * @param offset character offset in the paragraph text where the marker stood
 * @param label  footnote label, e.g. {@code 6}
 * @param marker the marker exactly as written in the source
 */
public record FootnoteRef(int offset, String label, String marker) {
}
