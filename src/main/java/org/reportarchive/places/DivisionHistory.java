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
import org.reportarchive.model.Place;

/**
 * What each division name meant in a given year, from the history of China's divisions since 1981
 * ({@code division-history.tsv}, written by {@code scripts/make-division-history.py}). The division table
 * ({@link Divisions}) is today's: a report of 2010 that names 巢湖市 means the prefecture-level city that 巢湖市 was
 * until 2011, not today's county-level city under 合肥市; one of 2008 that names 襄樊市 means the city renamed 襄阳市
 * in 2010. Each year's list is as of 31 December, so a name that changed in a year may mean either unit in it.
 */
public final class DivisionHistory {

    /** One unit under one name and one parent, for the years it had them. */
    public record Period(Division unit, int from, Integer to) {

        /** Whether the unit may have had this name and parent on some day of the year. */
        public boolean partOf(int year) {
            return from <= year && (to == null || year <= to);
        }

        public Place place() {
            return unit.place();
        }
    }

    /** What a name meant in a year. */
    public sealed interface Verdict permits Same, Then, Unclear, NotYet {
    }

    /** The unit had its present name and parent all that year, or the history does not know it. */
    public record Same() implements Verdict {
    }

    /** The name meant another unit that year, or the unit had another parent: the period it had then. */
    public record Then(Period period) implements Verdict {
    }

    /** The name meant different units during the year, or several at once: which one the report means is unclear. */
    public record Unclear(List<Period> periods) implements Verdict {
    }

    /** The unit did not have this name yet that year, and no other unit had it: the year it first did. */
    public record NotYet(int from) implements Verdict {
    }

    private static final class Holder {
        static final DivisionHistory DEFAULT = new DivisionHistory(load());
    }

    private final Map<String, List<Period>> byName = new HashMap<>();

    public DivisionHistory(List<Period> periods) {
        for (Period p : periods) {
            byName.computeIfAbsent(p.unit().name(), k -> new ArrayList<>()).add(p);
        }
    }

    /** The history the archive ships with. */
    public static DivisionHistory defaults() {
        return Holder.DEFAULT;
    }

    /** Every name a unit has had. */
    public java.util.Set<String> names() {
        return java.util.Collections.unmodifiableSet(byName.keySet());
    }

    /** Every period of a name, in the order of the units' codes and then of the years. */
    public List<Period> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /**
     * What a unit of today's table, by its code and name, was in a year: the same unit under the same parent, or
     * another unit that had its name then (巢湖市 in 2010), or the same unit under another parent (襄城区 under
     * 襄樊市 in 2008).
     */
    public Verdict of(String code, String name, int year) {
        Period now = null;
        List<Period> earlier = new ArrayList<>();
        for (Period p : named(name)) {
            if (p.to() == null && p.unit().code().equals(code)) {
                now = p;
            } else if (p.to() != null && p.partOf(year)) {
                earlier.add(p);
            }
        }
        if (now == null || now.from() < year) {
            return new Same();
        }
        String facts = facts(now);
        if (now.from() == year) {
            // the year the name came to this unit: a unit of the same name, level and parent before it (崇川区, given a
            // new code in 2020) is filed the same; one under another parent or of another level is not
            return earlier.stream().allMatch(p -> facts(p).equals(facts)) ? new Same() : new Unclear(with(earlier, now));
        }
        if (earlier.isEmpty()) {
            return new NotYet(now.from());
        }
        List<Period> distinct = distinct(earlier);
        if (distinct.size() > 1) {
            return new Unclear(earlier);
        }
        return facts(distinct.get(0)).equals(facts) ? new Same() : new Then(distinct.get(0));
    }

    /**
     * What a name that today's table does not hold (襄樊市) meant in a year, if exactly one unit had it in that year
     * (a report that names it was given while one did). The name may follow the units it lies in (湖北省襄樊市): the longest end of it that was a unit's name is read, in
     * the units named before it when they say which.
     */
    public Verdict ofName(String text, int year) {
        List<Period> then = List.of();
        String within = "";
        for (int i = 0; i + 2 <= text.length(); i++) {
            List<Period> all = named(text.substring(i));
            if (!all.isEmpty()) {
                // the longest end that was ever a unit's name is the name, in its years only (堆龙德庆县 in 2016 is
                // not 德庆县)
                then = all.stream().filter(p -> p.partOf(year)).toList();
                within = text.substring(0, i);
                break;
            }
        }
        if (then.isEmpty()) {
            return new Same();
        }
        if (!within.isEmpty()) {
            String outer = within;
            List<Period> inside = then.stream().filter(p -> outer.contains(p.unit().province())
                    || p.unit().prefecture() != null && outer.contains(p.unit().prefecture())).toList();
            then = inside.isEmpty() ? then : inside;
        }
        List<Period> distinct = distinct(then);
        return distinct.size() == 1 ? new Then(distinct.get(0)) : new Unclear(then);
    }

    /**
     * The unit a division code stood for in a year (or, without a year, the one unit it ever stood for), such as
     * 341400, 巢湖市 until 2011; none when it stood for several.
     */
    public java.util.Optional<Period> byCode(String code, Integer year) {
        List<Period> all = new ArrayList<>();
        byName.values().forEach(list -> list.stream().filter(p -> p.unit().code().equals(code)
                && (year == null || p.partOf(year))).forEach(all::add));
        all.sort(java.util.Comparator.comparingInt(Period::from));
        List<Period> distinct = distinct(all);
        return distinct.size() == 1 ? java.util.Optional.of(distinct.get(0)) : java.util.Optional.empty();
    }

    /** What a report is filed by: a unit's name, level and parents. */
    private static String facts(Period p) {
        Division d = p.unit();
        return d.name() + "|" + d.level() + "|" + d.province() + "|" + d.prefecture();
    }

    /** Periods of different facts, the latest of each. */
    private static List<Period> distinct(List<Period> periods) {
        Map<String, Period> latest = new java.util.LinkedHashMap<>();
        for (Period p : periods) {
            latest.merge(facts(p), p, (a, b) -> b.from() > a.from() ? b : a);
        }
        return new ArrayList<>(latest.values());
    }

    /** The period a place of the archive had, when it is not a unit of today's table (for the years it shows). */
    public Period periodOf(Place place) {
        if (place.code() == null) {
            return null;
        }
        for (Period p : named(place.name())) {
            if (p.unit().code().equals(place.code()) && p.to() != null && p.place().equals(place)) {
                return p;
            }
        }
        return null;
    }

    private static List<Period> with(List<Period> earlier, Period now) {
        List<Period> all = new ArrayList<>(earlier);
        all.add(now);
        return all;
    }

    private static List<Period> load() {
        List<Period> out = new ArrayList<>();
        try (InputStream in = DivisionHistory.class.getResourceAsStream("division-history.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false; // the first row names the columns
                    continue;
                }
                String[] f = line.split("\t", -1);
                Division unit = new Division(f[0], f[1], Divisions.shortOf(f[1]), f[2], f[3],
                        f[4].isEmpty() ? null : f[4]);
                out.add(new Period(unit, Integer.parseInt(f[5]), f[6].isEmpty() ? null : Integer.valueOf(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division-history.tsv", e);
        }
        return out;
    }
}
