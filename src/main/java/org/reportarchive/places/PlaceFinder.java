package org.reportarchive.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the place of a people's congress named in a text: the division names that stand right before
 * 人民代表大会 or 人大 (and its term, 第十八届), as in 成都市武侯区第十八届人民代表大会 or 乐山市人大常委会. Texts are
 * read in simplified characters. A placeholder in that position (XX市, ○○县, 某某区) says the text is anonymised;
 * 全国 says it is the National People's Congress. Which unit a shared name means (朝阳区: Beijing's or
 * Changchun's) is the resolver's to decide, from what else the report says.
 */
public final class PlaceFinder {

    /** Something a text says of a congress's place. */
    public sealed interface Reading permits Named, National, Placeholder {
    }

    /**
     * Division names in a chain, outermost first (四川省, 成都市, 武侯区); the last is the congress's place, and each
     * of its candidates is a unit of that name.
     */
    public record Named(List<Mention> chain) implements Reading {
        public Mention place() {
            return chain.get(chain.size() - 1);
        }
    }

    /** The National People's Congress (全国人民代表大会, 全国人大). */
    public record National() implements Reading {
    }

    /** A placeholder where the name would be (XX市人大常委会). */
    public record Placeholder(String text) implements Reading {
    }

    /** A division name at a place in a text, and the units it may be. */
    public record Mention(int start, int end, String name, List<Division> candidates) {
    }

    private static final Pattern TERM = Pattern.compile("第?[0-9０-９〇零○一二三四五六七八九十百两]+届$");
    private static final String PLACEHOLDER_CHARS = "(?:[XxＸｘ×]{2,}|[*＊]{2,}|[_＿]{2,}|[○〇◯]{2,}|某某|某)";
    private static final Pattern PLACEHOLDER = Pattern.compile(PLACEHOLDER_CHARS + "(?:省|市|州|盟|区|县|旗|自治州|自治县)?$");
    /** Placeholders for a place or a person anywhere in a text: XX市, XXX同志, ○○县, **区. */
    public static final Pattern ANONYMISED = Pattern.compile(
            "(?:[XxＸｘ×]{2,}|[*＊]{2,}|[_＿]{2,}|某某)(?![A-Za-z])|[○〇◯]{2,}(?=[省市州盟区县旗乡镇村同书主])");
    /** The characters a placeholder is made of: a text without any of them holds none. */
    private static final String PLACEHOLDER_CHARACTERS = "XxＸｘ×*＊_＿某○〇◯";

    /** Whether the text holds a placeholder ({@link #ANONYMISED}); most texts are told apart by a quick scan. */
    public static boolean hasPlaceholder(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (PLACEHOLDER_CHARACTERS.indexOf(text.charAt(i)) >= 0) {
                String view = text.indexOf("**") < 0 ? text : BOLD.matcher(BOLD_LINE.matcher(text.strip()).replaceFirst("$1"))
                        .replaceAll("$1");
                return ANONYMISED.matcher(view).find();
            }
        }
        return false;
    }

    /** A line set bold whole: **区人大常委会工作报告**, never a placeholder. */
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*([^*]{2,80})\\*\\*$");
    /**
     * Markdown's bold around words in a copy not otherwise read as Markdown ({@code **攸县人民代表大会……**}): no
     * placeholder. One before a level ({@code **区人民政府、**县}) is.
     */
    private static final Pattern BOLD = Pattern.compile("\\*\\*([^*\\s省市州盟区县旗乡镇][^*]*?[^*\\s])\\*\\*");

    private final Divisions divisions;
    /** Names of units of the past that today's table does not hold (莱城区, 襄樊市). */
    private final Set<String> pastNames;
    private final int longestPast;

    public PlaceFinder(Divisions divisions) {
        this(divisions, Set.of());
    }

    /**
     * @param pastNames names of units of the past: where one stands in a text, no name of today's table inside it is
     *                  read (城区 in 莱城区, a district until 2019)
     */
    public PlaceFinder(Divisions divisions, Set<String> pastNames) {
        this.divisions = divisions;
        this.pastNames = pastNames.stream().filter(n -> divisions.named(n).isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.longestPast = this.pastNames.stream().mapToInt(String::length).max().orElse(0);
    }

    /** Division names in a text, left to right, the longest at each place, not overlapping. */
    public List<Mention> mentions(String text) {
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Mention found = today(text, i);
            if (found != null) {
                out.add(found);
                i = found.end();
            } else {
                i = Math.max(i + 1, pastNameEnd(text, i));
            }
        }
        return out;
    }

    /** The longest name of today's table at a place in a text, or null. */
    private Mention today(String text, int i) {
        for (int len = Math.min(divisions.longestName(), text.length() - i); len >= 2; len--) {
            List<Division> units = divisions.named(text.substring(i, i + len));
            if (!units.isEmpty()) {
                return new Mention(i, i + len, text.substring(i, i + len), units);
            }
        }
        return null;
    }

    /**
     * Where the longest name of the past at a place in a text ends, or -1; not when a name of today's table starts
     * inside it and goes on after it.
     */
    private int pastNameEnd(String text, int i) {
        for (int len = Math.min(longestPast, text.length() - i); len >= 2; len--) {
            if (pastNames.contains(text.substring(i, i + len))) {
                int end = i + len;
                for (int j = i + 1; j < end; j++) {
                    Mention inside = today(text, j);
                    if (inside != null && inside.end() > end) {
                        return -1;
                    }
                }
                return end;
            }
        }
        return -1;
    }

    /**
     * The first congress the text names, with its place.
     *
     * @param standingCommitteeOnly read only 人民代表大会常务委员会 and 人大常委会 (in running text, where 人大 alone
     *                              is also 人大代表 and the like)
     */
    public Optional<Reading> congress(String text, boolean standingCommitteeOnly) {
        List<Reading> all = read(text, standingCommitteeOnly, true);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every congress the text names, in order. */
    public List<Reading> congresses(String text, boolean standingCommitteeOnly) {
        return read(text, standingCommitteeOnly, false);
    }

    private List<Reading> read(String text, boolean standingCommitteeOnly, boolean firstOnly) {
        List<Reading> out = new ArrayList<>();
        if (next(text, 0, standingCommitteeOnly) < 0) {
            return out;
        }
        List<Mention> mentions = mentions(text);
        Map<Integer, Mention> byEnd = new HashMap<>();
        mentions.forEach(m -> byEnd.put(m.end(), m));
        for (int k = next(text, 0, standingCommitteeOnly); k >= 0; k = next(text, k + 1, standingCommitteeOnly)) {
            int j = k;
            Matcher term = TERM.matcher(text.substring(Math.max(0, k - 8), k));
            if (term.find()) {
                j = k - (term.end() - term.start());
            }
            List<Mention> chain = new ArrayList<>();
            for (Mention m = byEnd.get(j); m != null; m = byEnd.get(m.start())) {
                chain.add(0, m);
            }
            String before = text.substring(Math.max(0, j - 8), j);
            Matcher p = PLACEHOLDER.matcher(before);
            Reading r = !chain.isEmpty() ? new Named(chain) : before.endsWith("全国") ? new National()
                    : p.find() ? new Placeholder(p.group()) : null;
            if (r != null) {
                out.add(r);
                if (firstOnly) {
                    return out;
                }
            }
        }
        return out;
    }

    /** The next congress word at or after {@code from}, or -1. */
    private static int next(String text, int from, boolean standingCommitteeOnly) {
        int best = -1;
        for (String word : standingCommitteeOnly ? new String[] {"人民代表大会常务委员会", "人大常委会"}
                : new String[] {"人民代表大会", "人大"}) {
            int at = text.indexOf(word, from);
            if (at >= 0 && (best < 0 || at < best)) {
                best = at;
            }
        }
        return best;
    }
}
