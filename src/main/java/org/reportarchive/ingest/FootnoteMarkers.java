package org.reportarchive.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportarchive.model.FootnoteRef;

/**
 * Finds in-text footnote markers ({@code ^【6】}, {@code ^[6]}, {@code 【注6】}) and takes them out of the text,
 * keeping where they stood.
 */
public final class FootnoteMarkers {

    private static final Pattern MARKER = Pattern.compile(
            "\\^\\s*[【\\[［]\\s*([0-9０-９]{1,3})\\s*[】\\]］]|[【\\[［]注\\s*([0-9０-９]{1,3})[】\\]］]|\\^([0-9]{1,3})(?![0-9])");

    private FootnoteMarkers() {
    }

    /**
     * Text with the markers removed, the markers, and the markers left in the text because no footnote has
     * their label (their offsets point just after them).
     */
    public record Extracted(String text, List<FootnoteRef> refs, List<FootnoteRef> unmatched) {
    }

    /** Takes out every marker. */
    public static Extracted extract(String text) {
        return extract(text, label -> true);
    }

    /** Takes out the markers whose label is known; the others stay in the text. */
    public static Extracted extract(String text, java.util.function.Predicate<String> known) {
        Matcher m = MARKER.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        List<FootnoteRef> refs = new ArrayList<>();
        List<FootnoteRef> unmatched = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            out.append(text, last, m.start());
            String raw = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            String label = ChineseNumbers.toHalfWidthDigits(raw);
            if (known.test(label)) {
                refs.add(new FootnoteRef(out.length(), label, m.group()));
            } else {
                out.append(m.group());
                unmatched.add(new FootnoteRef(out.length(), label, m.group()));
            }
            last = m.end();
        }
        out.append(text, last, text.length());
        return new Extracted(out.toString(), refs, unmatched);
    }
}
