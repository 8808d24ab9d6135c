package org.reportarchive.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** URL slugs from Chinese text, by pinyin without tones: 乐山 becomes {@code leshan}. */
public final class Slugs {
    private Slugs() {
    }

    /**
     * Place names and the like: {@code 乐山} becomes {@code leshan}. 都 in a place's name is always du (于都, 郫都, 都匀),
     * where HanLP reads a name it does not know as dou.
     */
    public static String pinyin(String text) {
        return romanise(text, "", true);
    }

    /**
     * A slug with one hyphen-separated part per syllable, for glossary terms: 四个机关 becomes
     * {@code si-ge-ji-guan}, 1+7+N becomes {@code 1-7-n}.
     */
    public static String syllables(String text) {
        return romanise(text, "-", false);
    }

    /**
     * Names whose characters HanLP reads otherwise than the places do (闵行 is min hang, not min xing), longest first,
     * from {@code place-readings.tsv}.
     */
    private static final List<String[]> READINGS = readings();

    private static List<String[]> readings() {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Slugs.class.getResourceAsStream("place-readings.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split("\t");
                    out.add(new String[] {f[0], f[1]});
                }
            }
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("place-readings.tsv cannot be read", e);
        }
        out.sort(Comparator.comparingInt((String[] r) -> -r[0].length()).thenComparing(r -> r[0]));
        return List.copyOf(out);
    }

    /**
     * Pinyin without tones, each syllable wrapped in the separator; other letters and digits kept.
     *
     * @param place whether the text is a place's name, whose 都 is du
     */
    private static String romanise(String text, String separator, boolean place) {
        StringBuilder sb = new StringBuilder();
        var list = HanLP.convertToPinyinList(text);
        outer:
        for (int i = 0; i < text.length(); i++) {
            for (String[] r : READINGS) {
                if (text.startsWith(r[0], i)) {
                    for (String syllable : r[1].split(" ")) {
                        sb.append(separator).append(syllable).append(separator);
                    }
                    i += r[0].length() - 1;
                    continue outer;
                }
            }
            char c = text.charAt(i);
            Pinyin p = i < list.size() ? list.get(i) : Pinyin.none5;
            if (place && c == '都') {
                sb.append(separator).append("du").append(separator);
            } else if (p != Pinyin.none5) {
                sb.append(separator).append(p.getPinyinWithoutTone().replace("ü", "v")).append(separator);
            } else if (Character.isLetterOrDigit(c) && c < 128) {
                sb.append(Character.toLowerCase(c));
            } else {
                sb.append('-');
            }
        }
        return clean(sb.toString());
    }

    /** Lower-case ASCII letters, digits and single hyphens only. */
    public static String clean(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
