package org.reportarchive.places;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The table of China's administrative divisions shipped with the archive ({@code divisions.tsv}): looks up a
 * city or province by its full name and tells which province it belongs to.
 */
public final class Divisions {

    /**
     * The names that read otherwise after a round trip through traditional characters
     * ({@code traditional-forms.tsv}).
     */
    private static final Map<String, String> ROUND_TRIP = roundTrip();

    /** The shipped table, read when first asked for (not when {@link #shortOf} is: the history uses it). */
    private static final class Holder {
        static final Divisions DEFAULT = load();
    }

    private final Map<String, Division> byName = new HashMap<>();
    private final Map<String, Division> byCode = new HashMap<>();
    private final List<Division> all;
    /** Every unit of a name (several districts share a name), by the name and by its reading after a round trip. */
    private final Map<String, List<Division>> named = new HashMap<>();
    /** The autonomous units by their usual forms ({@link #usualForm}) that no unit of the table has as its name. */
    private final Map<String, List<Division>> usual = new HashMap<>();
    /** The units of the past with a name, asked only when a usual form is read. */
    private final java.util.function.Function<String, List<Division>> past;
    private int longest;

    public Divisions(List<Division> divisions) {
        this(divisions, name -> List.of());
    }

    /**
     * @param past the units of the past with a name (for a usual form that was another unit's official name, such
     *             as 东乡县, in 江西 until 2016, and not 甘肃's 东乡族自治县)
     */
    public Divisions(List<Division> divisions, java.util.function.Function<String, List<Division>> past) {
        this.all = List.copyOf(divisions);
        this.past = past;
        Set<String> fullNames = new HashSet<>();
        all.forEach(d -> fullNames.add(d.name()));
        for (Division d : all) {
            // prefer the higher level when a name repeats (a prefecture and a county-level city of one name)
            byName.merge(d.name(), d, (a, b) -> rank(a) <= rank(b) ? a : b);
            byCode.put(d.code(), d);
            String usualName = usualForm(d);
            if (usualName != null && !fullNames.contains(usualName)) {
                usual.computeIfAbsent(usualName, k -> new ArrayList<>()).add(d);
            }
            for (String form : forms(d.name())) {
                List<Division> list = named.computeIfAbsent(form, k -> new ArrayList<>());
                if (!list.contains(d)) {
                    list.add(d);
                }
                longest = Math.max(longest, form.length());
            }
        }
    }

    /**
     * How texts usually write an autonomous unit's name: its short name and the kind of unit, without the peoples
     * and 自治 (凉山彝族自治州 is 凉山州, 峨边彝族自治县 峨边县, 龙胜各族自治县 龙胜县, 鄂温克族自治旗 鄂温克旗); null for
     * other units.
     */
    static String usualForm(Division d) {
        for (String kind : new String[] {"州", "县", "旗"}) {
            if (d.name().endsWith("自治" + kind)) {
                String base = d.shortName().replaceFirst("(各族|族)$", "");
                return base.length() >= 2 ? base + kind : null;
            }
        }
        return null;
    }

    /**
     * The name, and how it reads after a round trip through traditional characters (a report in traditional
     * characters is read in simplified ones, and a few names do not come back the same).
     */
    private static List<String> forms(String name) {
        String back = ROUND_TRIP.get(name);
        return back == null ? List.of(name) : List.of(name, back);
    }

    /** The names that read otherwise after a round trip: name to its reading. */
    static Map<String, String> roundTrip() {
        Map<String, String> out = new HashMap<>();
        for (String[] f : rows("traditional-forms.tsv")) {
            out.put(f[0], f[1]);
        }
        return out;
    }

    private static final Map<String, Set<String>> NICKNAMES = nicknames();

    private static Map<String, Set<String>> nicknames() {
        Map<String, Set<String>> out = new HashMap<>();
        for (String[] f : rows("province-nicknames.tsv")) {
            out.put(f[0], Set.of(f[1].split(",")));
        }
        return out;
    }

    /**
     * Whether running text calls the province-level unit by this name too (龙江 for 黑龙江省, 中原 for 河南省; see
     * {@code province-nicknames.tsv}).
     */
    public static boolean isNicknameOf(String name, String province) {
        return NICKNAMES.getOrDefault(province, Set.of()).contains(name);
    }

    /** The rows of a tab-separated resource beside this class, without its comment lines. */
    private static List<String[]> rows(String resource) {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = Divisions.class.getResourceAsStream(resource);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    out.add(line.split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return out;
    }

    private static int rank(Division d) {
        return switch (d.level()) {
            case "municipality", "sar", "province" -> 0;
            case "prefecture" -> 1;
            default -> 2;
        };
    }

    /**
     * A name without its last administrative suffix (襄樊市 becomes 襄樊): the short name of a unit that the table
     * does not hold, such as one of the past.
     */
    public static String shortOf(String name) {
        return name.replaceFirst("(地区|自治州|盟|市|省|区|县)$", "");
    }

    /** A unit's short name by its full name: today's unit's of that name (印江土家族苗族自治县 is 印江), else {@link #shortOf}. */
    public String shortName(String fullName) {
        Division d = byName.get(fullName);
        return d != null ? d.shortName() : shortOf(fullName);
    }

    public static Divisions defaults() {
        return Holder.DEFAULT;
    }

    private static Divisions load() {
        List<Division> list = new ArrayList<>();
        List<String[]> rows = rows("divisions.tsv");
        for (String[] f : rows.subList(1, rows.size())) { // the first row names the columns
            list.add(new Division(f[0], f[1], f[2], f[3], f[4], f[5].isEmpty() ? null : f[5]));
        }
        // the history is read when a usual form is first looked up, not with the table (a rebuild may need neither)
        return new Divisions(list, name -> DivisionHistory.defaults().named(name).stream()
                .map(DivisionHistory.Period::unit).toList());
    }

    /** The unit with this full name (乐山市, 重庆市, 峨眉山市, 四川省); of a name several units share, the first. */
    public Optional<Division> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every unit with this full name, in the order of their codes (朝阳区: Beijing's and Changchun's). */
    public List<Division> named(String name) {
        List<Division> units = named.get(name);
        if (units != null) {
            return units;
        }
        List<Division> autonomous = usual.get(name);
        if (autonomous == null) {
            return List.of();
        }
        // not a form that is, or was, another province's unit's official name
        List<Division> others = past.apply(name);
        return autonomous.stream().filter(d -> others.stream().allMatch(o -> o.province().equals(d.province())))
                .toList();
    }

    public Optional<Division> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The longest name in the table, in characters. */
    public int longestName() {
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
