package org.reportarchive.ingest;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from Chinese text, by pinyin without tones: 乐山 becomes {@code leshan}. */
public final class Slugs {
    private Slugs() {
    }

    /** Place names and the like: {@code 乐山} becomes {@code leshan}. */
    public static String pinyin(String text) {
        return romanise(text, "");
    }

    /**
     * A slug with one hyphen-separated part per syllable, for glossary terms: 四个机关 becomes
     * {@code si-ge-ji-guan}, 1+7+N becomes {@code 1-7-n}.
     */
    public static String syllables(String text) {
        return romanise(text, "-");
    }

    /** Pinyin without tones, each syllable wrapped in the separator; other letters and digits kept. */
    private static String romanise(String text, String separator) {
        StringBuilder sb = new StringBuilder();
        var list = HanLP.convertToPinyinList(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Pinyin p = i < list.size() ? list.get(i) : Pinyin.none5;
            if (p != Pinyin.none5) {
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
