package org.reportarchive.themes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reportarchive.analysis.ReportAnalysis;
import org.reportarchive.analysis.Segmenter;
import org.reportarchive.analysis.TextAnalysis;
import org.reportarchive.analysis.Token;
import org.reportarchive.model.Block;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.model.Theme;
import org.reportarchive.model.ThemePassage;
import org.reportarchive.model.ThemeProfile;
import org.reportarchive.model.ThemeShare;

/**
 * Classifies paragraphs, sections and whole reports by theme from the HanLP tokens of their analysis. Each
 * token that is a keyword of a theme adds its weight to that theme's score (a compound token such as
 * 预算联网监督 is read as the keywords it is made of). A paragraph is about the themes that score at least
 * {@value #MIN_SCORE} and at least {@value #RELATIVE} of its best theme (at most {@value #MAX_THEMES}); a
 * section is about its best theme and the others that carry a fifth of its score, counting its heading double
 * and its paragraphs; a report's profile is each theme's share of its text.
 */
public final class ThemeClassifier {

    static final int MIN_SCORE = 3;
    static final double RELATIVE = 0.4;
    static final int MAX_THEMES = 3;
    /** A section's theme has at least this share of the section's total score. */
    static final double SECTION_SHARE = 0.2;
    /** Themes below this share of a report's text are not part of its profile. */
    static final double MIN_SHARE = 0.02;

    private final List<Theme> themes;
    private final Map<String, int[]> weights = new HashMap<>();
    private final int longest;

    public ThemeClassifier(List<Theme> themes) {
        this.themes = List.copyOf(themes);
        int max = 1;
        for (int i = 0; i < themes.size(); i++) {
            for (Map.Entry<String, Integer> k : themes.get(i).keywords().entrySet()) {
                weights.computeIfAbsent(k.getKey(), x -> new int[themes.size()])[i] += k.getValue();
                max = Math.max(max, k.getKey().length());
            }
        }
        this.longest = max;
    }

    public List<Theme> themes() {
        return themes;
    }

    /** Adds the keywords to HanLP's custom dictionary, so that segmentation keeps them whole. */
    public static void register(List<Theme> themes) {
        List<String> words = new ArrayList<>();
        themes.forEach(t -> words.addAll(t.keywords().keySet()));
        Segmenter.addWords(words, "nz", 512);
    }

    /** Each theme's score for a text, in the order of {@link #themes()}. */
    public int[] score(TextAnalysis text) {
        int[] scores = new int[themes.size()];
        for (Token t : text.tokens()) {
            int[] w = weights.get(t.word());
            if (w != null) {
                add(scores, w);
            } else if (t.word().length() >= 4) {
                scoreCompound(t.word(), scores);
            }
        }
        return scores;
    }

    /** A long token that is no keyword itself: the keywords it is made of, longest first, left to right. */
    private void scoreCompound(String word, int[] scores) {
        int i = 0;
        while (i < word.length()) {
            int found = 0;
            for (int len = Math.min(longest, word.length() - i); len >= 2; len--) {
                int[] w = weights.get(word.substring(i, i + len));
                if (w != null) {
                    add(scores, w);
                    found = len;
                    break;
                }
            }
            i += found > 0 ? found : 1;
        }
    }

    private static void add(int[] scores, int[] w) {
        for (int k = 0; k < scores.length; k++) {
            scores[k] += w[k];
        }
    }

    /** The themes a text with these scores is about, best first. */
    public List<String> themesOf(int[] scores, int minScore, double relative) {
        int best = 0;
        for (int s : scores) {
            best = Math.max(best, s);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int k = 0; k < scores.length; k++) {
            if (scores[k] >= minScore && scores[k] >= best * relative) {
                chosen.add(k);
            }
        }
        chosen.sort(Comparator.<Integer>comparingInt(k -> -scores[k]).thenComparingInt(k -> k));
        return chosen.stream().limit(MAX_THEMES).map(k -> themes.get(k).slug()).toList();
    }

    public ThemeProfile profile(Report report, ReportAnalysis analysis) {
        Map<String, List<String>> paragraphs = new LinkedHashMap<>();
        Map<String, List<String>> sections = new LinkedHashMap<>();
        double[] textShare = new double[themes.size()];
        long total = 0;
        String section = null;
        int[] sectionScores = new int[themes.size()];
        for (Block b : report.body()) {
            if (b instanceof Heading h) {
                closeSection(section, sectionScores, sections);
                section = h.id();
                sectionScores = new int[themes.size()];
                int[] hs = score(analysis.of(h.id()));
                for (int k = 0; k < hs.length; k++) {
                    sectionScores[k] += 2 * hs[k];
                }
                continue;
            }
            Paragraph p = (Paragraph) b;
            int[] s = score(analysis.of(p.id()));
            add(sectionScores, s);
            int length = p.text().length();
            total += length;
            List<String> about = themesOf(s, MIN_SCORE, RELATIVE);
            if (about.isEmpty()) {
                continue;
            }
            paragraphs.put(p.id(), about);
            double sum = 0;
            for (String slug : about) {
                sum += s[index(slug)];
            }
            for (String slug : about) {
                textShare[index(slug)] += length * s[index(slug)] / sum;
            }
        }
        closeSection(section, sectionScores, sections);
        Map<String, Double> shares = new LinkedHashMap<>();
        List<Integer> order = new ArrayList<>();
        for (int k = 0; k < themes.size(); k++) {
            order.add(k);
        }
        order.sort(Comparator.<Integer>comparingDouble(k -> -textShare[k]).thenComparingInt(k -> k));
        for (int k : order) {
            double share = total == 0 ? 0 : textShare[k] / total;
            if (share >= MIN_SHARE) {
                shares.put(themes.get(k).slug(), Math.round(share * 1000) / 1000.0);
            }
        }
        return new ThemeProfile(shares, paragraphs, sections);
    }

    /** A profile's theme shares, largest first. */
    public static List<ThemeShare> shares(ThemeProfile profile) {
        List<ThemeShare> out = new ArrayList<>();
        profile.shares().forEach((slug, share) -> out.add(new ThemeShare(slug, share)));
        return out;
    }

    /** The report's paragraphs on each theme, in document order, with a snippet of each. */
    public static List<ThemePassage> passages(Report report, ThemeProfile profile) {
        List<ThemePassage> out = new ArrayList<>();
        for (Paragraph p : report.paragraphs()) {
            for (String slug : profile.paragraphs().getOrDefault(p.id(), List.of())) {
                out.add(new ThemePassage(slug, report.id(), p.id(), snippet(p)));
            }
        }
        return out;
    }

    /** Characters of a paragraph shown as its snippet. */
    private static final int SNIPPET = 48;

    /** The run-in heading if the paragraph has one, else its first words. */
    static String snippet(Paragraph p) {
        if (p.runIn() != null) {
            return p.text().substring(0, p.runIn().length());
        }
        String t = p.text();
        return t.length() <= SNIPPET ? t : t.substring(0, SNIPPET) + "……";
    }

    private void closeSection(String id, int[] scores, Map<String, List<String>> sections) {
        if (id == null) {
            return;
        }
        int sum = 0;
        for (int s : scores) {
            sum += s;
        }
        List<String> about = new ArrayList<>();
        for (String slug : themesOf(scores, MIN_SCORE, 0)) {
            if (about.isEmpty() || scores[index(slug)] >= sum * SECTION_SHARE) {
                about.add(slug); // the best theme always, the others when they carry enough of the section
            }
        }
        if (!about.isEmpty()) {
            sections.put(id, about);
        }
    }

    private int index(String slug) {
        for (int k = 0; k < themes.size(); k++) {
            if (themes.get(k).slug().equals(slug)) {
                return k;
            }
        }
        throw new IllegalArgumentException(slug);
    }
}
