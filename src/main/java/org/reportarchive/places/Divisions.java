package org.reportarchive.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import com.hankcs.hanlp.HanLP;
import org.reportarchive.text.Simplified;

/**
 * The table of China's administrative divisions shipped with the archive ({@code divisions.tsv}): looks up a
 * city or province by its full name and tells which province it belongs to.
 */
public final class Divisions {

    private static final Divisions DEFAULT = load();

    private final Map<String, Division> byName = new HashMap<>();
    private final Map<String, Division> byCode = new HashMap<>();
    private final List<Division> all;
    /**
     * Every unit of a name (several districts share a name), by the name and by its simplified reading; made when
     * first asked for (it converts every name, which a build that reads no report does not need).
     */
    private Map<String, List<Division>> named;
    private int longest;

    public Divisions(List<Division> divisions) {
        this.all = List.copyOf(divisions);
        for (Division d : all) {
            // prefer the higher level when a name repeats (a prefecture and a county-level city of one name)
            byName.merge(d.name(), d, (a, b) -> rank(a) <= rank(b) ? a : b);
            byCode.put(d.code(), d);
        }
    }

    private synchronized Map<String, List<Division>> named() {
        if (named == null) {
            Map<String, List<Division>> map = new HashMap<>();
            int max = 0;
            for (Division d : all) {
                for (String form : forms(d.name())) {
                    List<Division> list = map.computeIfAbsent(form, k -> new ArrayList<>());
                    if (!list.contains(d)) {
                        list.add(d);
                    }
                    max = Math.max(max, form.length());
                }
            }
            longest = max;
            named = map;
        }
        return named;
    }

    /**
     * The name, and how it reads after a round trip through traditional characters (a report in traditional
     * characters is read in simplified ones, and a few names do not come back the same).
     */
    private static List<String> forms(String name) {
        String back = Simplified.of(HanLP.convertToTraditionalChinese(name));
        return back.equals(name) || back.length() != name.length() ? List.of(name) : List.of(name, back);
    }

    private static int rank(Division d) {
        return switch (d.level()) {
            case "municipality", "sar", "province" -> 0;
            case "prefecture" -> 1;
            default -> 2;
        };
    }

    public static Divisions defaults() {
        return DEFAULT;
    }

    private static Divisions load() {
        List<Division> list = new ArrayList<>();
        try (InputStream in = Divisions.class.getResourceAsStream("divisions.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                list.add(new Division(f[0], f[1], f[2], f[3], f[4], f[5].isEmpty() ? null : f[5]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read divisions.tsv", e);
        }
        return new Divisions(list);
    }

    /** The unit with this full name (乐山市, 重庆市, 峨眉山市, 四川省); of a name several units share, the first. */
    public Optional<Division> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every unit with this full name, in the order of their codes (朝阳区: Beijing's and Changchun's). */
    public List<Division> named(String name) {
        return named().getOrDefault(name, List.of());
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The longest name in the table, in characters. */
    public int longestName() {
        named();
        return longest;
    }

    /**
     * Finds the longest full name of a unit at the start of a text, such as 乐山市 in 乐山市人民代表大会常务委员会.
     */
    public Optional<Division> prefixOf(String text) {
        for (int len = Math.min(text.length(), 12); len >= 2; len--) {
            Division d = byName.get(text.substring(0, len));
            if (d != null) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }

    public List<Division> all() {
        return all;
    }
}
