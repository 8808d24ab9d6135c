package org.reportarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.reportarchive.places.Division;
import org.reportarchive.places.Divisions;

/**
 * Writes a synthetic corpus for the benchmark: N reports made of the seeds' paragraphs and headings, each filed
 * under a real place of the division table (prefecture-level cities, county-level cities and municipalities),
 * with a year, a delivery line, a speaker and either a work-report or a speech form. A fixed random seed makes
 * the corpus the same on every run. With {@code --hugo DIR} the same reports are also written as a Hugo site
 * (Markdown with cities, provinces and themes taxonomies) for a side-by-side timing.
 *
 * <pre>java -cp target/test-classes:target/report-archive.jar org.reportarchive.bench.SyntheticCorpus \
 *     --count 1000 --seeds seeds --out target/bench/corpus-1000 [--hugo target/bench/hugo-1000]</pre>
 */
public final class SyntheticCorpus {

    /** Each report's text is about this many UTF-8 bytes. */
    static final int REPORT_BYTES = 30_000;

    private static final Pattern HEADING = Pattern.compile("^(#{1,3}\\s*)?[一二三四五六七八九十]{1,3}、.{4,60}$");
    private static final Pattern PLACEHOLDER = Pattern.compile("[XＸ×]{2,}|某某");
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
        "马", "朱", "胡", "郭", "何", "林", "罗", "高"};
    private static final String[] GIVEN = {"建国", "秀英", "志强", "丽", "伟", "静", "明", "海燕", "国华", "小平",
        "红", "军", "晓东", "玉兰", "德华", "新民"};
    private static final String[] THEMES = {"dai-biao", "dang-de-ling-dao", "fa-zhi", "ji-ceng-min-zhu", "jian-du",
        "jing-ji", "li-fa", "min-sheng", "ren-mian-xuan-ju", "sheng-tai", "shu-zi-ren-da", "yu-suan",
        "zhong-da-shi-xiang", "zi-shen-jian-she"};
    private static final String DIGITS = "〇一二三四五六七八九";

    private final Random random;
    private final List<String> paragraphs;
    private final List<String> headings;
    private final List<String> glossarySection;
    private final List<Division> places;

    SyntheticCorpus(long seed, Path seedsDir) throws IOException {
        this.random = new Random(seed);
        this.paragraphs = new ArrayList<>();
        this.headings = new ArrayList<>();
        this.glossarySection = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.list(seedsDir)) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        for (Path f : files) {
            boolean inGlossary = false;
            for (String raw : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                String line = raw.strip();
                if (line.equals("名词解释")) {
                    inGlossary = true;
                    glossarySection.add(line);
                    continue;
                }
                if (inGlossary) {
                    if (line.matches("^\\d+\\..*")) {
                        glossarySection.add(line);
                    }
                    continue;
                }
                if (PLACEHOLDER.matcher(line).find() || line.contains("^【") || line.contains("版)")
                        || line.contains("版）")) {
                    continue;
                }
                if (HEADING.matcher(line).matches()) {
                    headings.add(line.replaceFirst("^#{1,3}\\s*", "").replaceFirst("^[一二三四五六七八九十]{1,3}、", ""));
                } else if (line.length() >= 60 && line.endsWith("。")) {
                    paragraphs.add(line);
                }
            }
        }
        this.places = Divisions.defaults().all().stream()
                .filter(d -> d.isCityLike() && !d.level().equals("sar")).toList();
        if (paragraphs.isEmpty() || headings.isEmpty()) {
            throw new IOException("no paragraphs or headings found in " + seedsDir);
        }
    }

    /** One synthetic report. */
    record Generated(String file, String text, Division place, int year, boolean speech, List<String> themes) {
    }

    Generated next(int index) {
        Division place = places.get(random.nextInt(places.size()));
        int year = 2003 + random.nextInt(23);
        int month = 1 + random.nextInt(3);
        int day = 1 + random.nextInt(28);
        int congress = Math.max(1, (year - 1978) / 5 + random.nextInt(3));
        int session = 1 + random.nextInt(5);
        boolean speech = random.nextInt(10) == 0;
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String city = place.name();
        StringBuilder sb = new StringBuilder();
        if (speech) {
            sb.append("在").append(city).append("人大工作会议上的讲话\n\n");
            sb.append(city).append("人大常委会主任 ").append(name).append("\n\n");
            sb.append("（").append(year).append("年").append(month).append("月").append(day).append("日）\n\n");
            sb.append("同志们：\n\n");
        } else {
            sb.append(city).append("人民代表大会常务委员会工作报告\n\n");
            sb.append(year).append("年").append(month).append("月").append(day).append("日在").append(city).append("第")
                    .append(numeral(congress)).append("届人民代表大会第").append(numeral(session))
                    .append("次会议上\n\n");
            sb.append(city).append("人大常委会主任 ").append(name).append("\n\n");
            sb.append("各位代表：\n\n");
            sb.append("我受").append(city).append("第").append(numeral(congress))
                    .append("届人民代表大会常务委员会委托，向大会报告工作，请予审议。\n\n");
        }
        int section = 0;
        java.util.Set<Integer> used = new java.util.HashSet<>(); // a report does not print a paragraph twice
        while (sb.length() * 3 < REPORT_BYTES) {
            if (section == 0 || random.nextInt(6) == 0) {
                section++;
                sb.append(numeral(section)).append("、")
                        .append(headings.get(random.nextInt(headings.size()))).append("\n\n");
            }
            int p = random.nextInt(paragraphs.size());
            while (used.size() < paragraphs.size() && !used.add(p)) {
                p = random.nextInt(paragraphs.size());
            }
            sb.append(paragraphs.get(p)).append("\n\n");
        }
        if (!glossarySection.isEmpty() && random.nextInt(20) == 0) {
            glossarySection.forEach(l -> sb.append(l).append("\n\n"));
        }
        List<String> themes = new ArrayList<>();
        while (themes.size() < 3) {
            String t = THEMES[random.nextInt(THEMES.length)];
            if (!themes.contains(t)) {
                themes.add(t);
            }
        }
        String file = String.format("%05d_%s_%d.txt", index, place.code(), year);
        return new Generated(file, sb.toString(), place, year, speech, themes);
    }

    /** 1 to 99 in Chinese numerals: 一, 十二, 二十, 三十五. */
    static String numeral(int n) {
        if (n < 10) {
            return String.valueOf(DIGITS.charAt(n));
        }
        String tens = n / 10 == 1 ? "十" : DIGITS.charAt(n / 10) + "十";
        return n % 10 == 0 ? tens : tens + DIGITS.charAt(n % 10);
    }

    public static void main(String[] args) throws IOException {
        int count = 1000;
        long seed = 20_240_101L;
        Path seeds = Path.of("seeds");
        Path out = null;
        Path hugo = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--random-seed" -> seed = Long.parseLong(args[++i]);
                case "--seeds" -> seeds = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                case "--hugo" -> hugo = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]
                        + " (use --count N --seeds DIR --out DIR [--hugo DIR] [--random-seed S])");
            }
        }
        if (out == null) {
            throw new IllegalArgumentException("--out DIR is required");
        }
        Files.createDirectories(out);
        SyntheticCorpus corpus = new SyntheticCorpus(seed, seeds);
        HugoSite site = hugo == null ? null : HugoSite.create(hugo);
        for (int i = 0; i < count; i++) {
            Generated g = corpus.next(i);
            Files.writeString(out.resolve(g.file()), g.text(), StandardCharsets.UTF_8);
            if (site != null) {
                site.add(g);
            }
        }
        System.out.println("wrote " + count + " reports to " + out + (hugo == null ? "" : " and a Hugo site to " + hugo));
    }
}
