package org.reportarchive.analysis.notes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.model.NoteKind;

/**
 * Finds well-known fixed expressions with characters missing from their middle, such as
 * {@code 习新时代中国特色社会主义思想} for {@code 习近平新时代中国特色社会主义思想}, or with their first item
 * missing before an enumeration comma ({@code 整治、官僚主义} for {@code 形式主义、官僚主义}).
 * The expressions are listed in {@code fixed-phrases.txt}.
 */
public final class PhraseGapDetector implements NoteDetector {

    /** Characters that must survive on each side of a gap, so that ordinary words do not match. */
    private static final int MIN_KEPT = 3;
    private static final int MIN_SUFFIX = 2;

    private final List<String> phrases;

    public PhraseGapDetector(List<String> phrases) {
        this.phrases = phrases.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public static PhraseGapDetector defaults() {
        return new PhraseGapDetector(load());
    }

    private static List<String> load() {
        List<String> out = new ArrayList<>();
        try (InputStream in = PhraseGapDetector.class.getResourceAsStream("/org/reportarchive/ingest/fixed-phrases.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<Finding> find(TextAnalysis paragraph) {
        // matched in the view (traditional characters read as simplified, like the phrases); quoted as written
        String text = paragraph.view();
        String original = paragraph.text();
        List<Finding> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        BitSet starts = paragraph.wordStarts();
        for (String phrase : phrases) {
            findInnerGaps(text, original, phrase, starts, out, taken);
            findLeadingGaps(text, original, phrase, out, taken);
        }
        out.sort(Comparator.comparingInt(Finding::offset));
        return out;
    }

    /** The text follows the phrase for a while, skips some characters, and goes on with the phrase's end. */
    private void findInnerGaps(String text, String original, String phrase, BitSet starts, List<Finding> out,
                               List<int[]> taken) {
        int n = phrase.length();
        char first = phrase.charAt(0);
        for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
            int kept = commonPrefix(text, at, phrase);
            if (kept == n) {
                continue;
            }
            if (kept == 1 && !starts.get(at)) {
                continue; // the character belongs to a word before it (学习), not to the phrase
            }
            for (int j = kept + 1; j <= n - MIN_SUFFIX; j++) {
                int keptTotal = kept + n - j;
                if (keptTotal >= MIN_KEPT && text.regionMatches(at + kept, phrase, j, n - j)) {
                    record(original, at, at + keptTotal, phrase, out, taken);
                    break;
                }
            }
        }
    }

    /** The first item of an enumeration is missing: {@code 整治、官僚主义} for {@code 形式主义、官僚主义}. */
    private void findLeadingGaps(String text, String original, String phrase, List<Finding> out,
                                 List<int[]> taken) {
        int n = phrase.length();
        for (int j = 1; j <= n - MIN_KEPT; j++) {
            if (!isEnumerationMark(phrase.charAt(j))) {
                continue;
            }
            String rest = phrase.substring(j);
            String missing = phrase.substring(0, j);
            for (int at = text.indexOf(rest); at >= 0; at = text.indexOf(rest, at + 1)) {
                boolean complete = at >= missing.length() && text.startsWith(missing, at - missing.length());
                if (!complete) {
                    record(original, at, at + rest.length(), phrase, out, taken);
                }
            }
        }
    }

    private static void record(String text, int start, int end, String phrase, List<Finding> out,
                               List<int[]> taken) {
        if (overlaps(taken, start, end)) {
            return;
        }
        taken.add(new int[] {start, end});
        String seen = text.substring(start, end);
        out.add(new Finding(end, NoteKind.PHRASE_GAP, "原文“" + seen + "”疑有缺字，通行表述为“" + phrase
                + "”；本站保留原文，未补字。"));
    }

    private static int commonPrefix(String text, int at, String phrase) {
        int k = 0;
        while (k < phrase.length() && at + k < text.length() && text.charAt(at + k) == phrase.charAt(k)) {
            k++;
        }
        return k;
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        for (int[] t : taken) {
            if (start < t[1] && end > t[0]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isEnumerationMark(char c) {
        return c == '、' || c == '，' || c == ',';
    }
}
