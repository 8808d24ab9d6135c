package org.reportarchive.figures;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.reportarchive.analysis.ReportAnalysis;
import java.util.regex.Pattern;
import org.reportarchive.model.Block;
import org.reportarchive.model.Figure;
import org.reportarchive.model.Heading;
import org.reportarchive.model.Paragraph;
import org.reportarchive.model.Report;
import org.reportarchive.text.Simplified;
import org.reportarchive.text.TextFolding;

/**
 * Reads a report's key figures, sentence by sentence ({@link SentenceFigures}), each with the period it covers:
 * the period its sentence names, else one named earlier in its paragraph, else in the heading of its section,
 * else the period the report names most often (what it reviews: a year, or five years).
 */
public final class FigureExtractor {

    /** A heading for one year's work: 2022年主要工作, 一、2023年工作回顾. */
    private static final Pattern YEAR_HEADING = Pattern.compile("^[一二三四五六七八九十、\\s]*(19|20)[0-9]{2}年.{0,8}工作");
    private static final String SENTENCE_ENDS = "。!?;";

    private FigureExtractor() {
    }

    /** The figures of a report, reading each block's text anew (see {@link #extract(Report, ReportAnalysis)}). */
    public static List<Figure> extract(Report report) {
        return extract(report, b -> view(b.text()));
    }

    /** The figures of a report, reading each block in the matching view of its one analysis. */
    public static List<Figure> extract(Report report, ReportAnalysis analysis) {
        return extract(report, b -> analysis.of(b.id()).view());
    }

    private static List<Figure> extract(Report report, Function<Block, String> views) {
        Period overall = overall(report, views);
        TreeMap<Integer, Period> headings = new TreeMap<>();
        List<Figure> out = new ArrayList<>();
        for (Block b : report.body()) {
            if (b instanceof Heading h) {
                headings.keySet().removeIf(level -> level >= h.level());
                Period p = headingPeriod(views.apply(h));
                if (p != null) {
                    headings.put(h.level(), p);
                }
                continue;
            }
            Paragraph p = (Paragraph) b;
            String text = p.text();
            String view = views.apply(p);
            Period section = headings.isEmpty() ? null : headings.lastEntry().getValue();
            Period paragraph = null;
            int start = 0;
            while (start < view.length()) {
                int end = start;
                while (end < view.length() && SENTENCE_ENDS.indexOf(view.charAt(end)) < 0) {
                    end++;
                }
                end = Math.min(view.length(), end + 1);
                String sentence = view.substring(start, end);
                Period opening = Period.in(sentence);
                for (SentenceFigures.Found f : SentenceFigures.read(sentence)) {
                    Period own = periodOf(sentence, f);
                    Period period = own != null ? own : paragraph != null ? paragraph : section != null ? section
                            : overall;
                    out.add(new Figure(f.measure().id(), f.value(), text.substring(start + f.end() - f.unit().length(),
                            start + f.end()), period == null ? null : period.code(), text.substring(start, end).strip(),
                            p.id()));
                }
                if (opening != null) {
                    paragraph = opening; // a period named in a sentence holds for the rest of the paragraph
                }
                start = end;
            }
        }
        return out;
    }

    /**
     * The period a sentence gives a figure: one named in the figure's own clause, else one that opens the
     * sentence (一年来，…); a period named in another clause is about something else
     * (市六届人大一次会议以来的10件议案全部完成审议，…1192件建议全部办理完毕).
     */
    static Period periodOf(String sentence, SentenceFigures.Found f) {
        int from = f.start();
        while (from > 0 && ",;:".indexOf(sentence.charAt(from - 1)) < 0) {
            from--;
        }
        int to = f.end();
        while (to < sentence.length() && ",;:。".indexOf(sentence.charAt(to)) < 0) {
            to++;
        }
        Period own = Period.in(sentence.substring(from, to));
        if (own != null) {
            return own;
        }
        int first = 0;
        while (first < sentence.length() && ",;:".indexOf(sentence.charAt(first)) < 0) {
            first++;
        }
        String opening = sentence.substring(0, first);
        return opening.length() <= 12 ? Period.in(opening) : null;
    }

    /** The text as the rules read it: simplified characters, half-width digits and punctuation, same length. */
    static String view(String text) {
        return TextFolding.fold(Simplified.of(text));
    }

    private static Period headingPeriod(String heading) {
        Period p = Period.in(heading);
        if (p != null) {
            return p;
        }
        return YEAR_HEADING.matcher(heading).find() ? Period.YEAR : null;
    }

    /** The period the report names most often (the first of those named as often), or null. */
    static Period overall(Report report, Function<Block, String> views) {
        Map<Period, Integer> counts = new EnumMap<>(Period.class);
        Period first = null;
        for (Block b : report.body()) {
            for (Period p : Period.all(views.apply(b))) {
                first = first == null ? p : first;
                counts.merge(p, 1, Integer::sum);
            }
        }
        Period best = first;
        for (Map.Entry<Period, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }
}
