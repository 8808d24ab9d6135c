package org.reportarchive.glossary;

import org.reportarchive.text.TextFolding;
import com.hankcs.hanlp.HanLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.reportarchive.model.GlossaryEntry;

/** Pinyin of a term for display (tone marks) and for sorting (tone numbers), by HanLP. */
public final class Pinyin {
    private Pinyin() {
    }

    /** {@code sì gè jī guān}: the editor's pinyin if the entry has one, else HanLP's. */
    public static String withToneMarks(GlossaryEntry e) {
        return e.pinyin() != null ? e.pinyin() : withToneMarks(e.term());
    }

    /** {@code sì gè jī guān}; characters that are not Chinese are kept as they are. */
    public static String withToneMarks(String term) {
        return join(term, true);
    }

    /** A key that sorts entries by pinyin, then tone, then the characters themselves. */
    public static String sortKey(GlossaryEntry e) {
        String key = e.pinyin() != null ? toneNumbers(e.pinyin()) : join(e.term(), false);
        return key + "\u0000" + e.term();
    }

    /** The initial letter for grouping an index: A to Z, or # for terms that do not start with a letter. */
    public static String initial(GlossaryEntry e) {
        String p = e.pinyin() != null ? toneNumbers(e.pinyin()) : join(e.term(), false);
        char c = p.isEmpty() ? '#' : Character.toUpperCase(p.charAt(0));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }

    /** {@code shěn chá} becomes {@code shen3 cha2}. */
    static String toneNumbers(String marked) {
        StringBuilder out = new StringBuilder();
        for (String syllable : marked.strip().split("\\s+")) {
            String nfd = java.text.Normalizer.normalize(syllable, java.text.Normalizer.Form.NFD);
            int tone = 5;
            StringBuilder base = new StringBuilder();
            for (char c : nfd.toCharArray()) {
                switch (c) {
                    case '\u0304' -> tone = 1;
                    case '\u0301' -> tone = 2;
                    case '\u030C' -> tone = 3;
                    case '\u0300' -> tone = 4;
                    case '\u0308' -> base.append('v');
                    default -> base.append(c == 'u' && nfd.indexOf('\u0308') > 0 ? "" : String.valueOf(c));
                }
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(base.toString().toLowerCase(Locale.ROOT)).append(tone);
        }
        return out.toString();
    }

    private static String join(String term, boolean marks) {
        List<com.hankcs.hanlp.dictionary.py.Pinyin> list = HanLP.convertToPinyinList(term);
        List<String> parts = new ArrayList<>();
        StringBuilder other = new StringBuilder();
        for (int i = 0; i < term.length(); i++) {
            com.hankcs.hanlp.dictionary.py.Pinyin p = i < list.size() ? list.get(i)
                    : com.hankcs.hanlp.dictionary.py.Pinyin.none5;
            if (p == com.hankcs.hanlp.dictionary.py.Pinyin.none5) {
                char c = term.charAt(i);
                if (!TextFolding.isBreak(c)) {
                    other.append(marks ? c : Character.toLowerCase(TextFolding.fold(c)));
                }
                continue;
            }
            if (other.length() > 0) {
                parts.add(other.toString());
                other.setLength(0);
            }
            parts.add(marks ? p.getPinyinWithToneMark() : p.getPinyinWithoutTone().toLowerCase(Locale.ROOT) + p.getTone());
        }
        if (other.length() > 0) {
            parts.add(other.toString());
        }
        return String.join(" ", parts);
    }
}
