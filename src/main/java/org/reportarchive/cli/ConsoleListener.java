package org.reportarchive.cli;

import java.io.PrintStream;
import org.reportarchive.model.Removal;
import org.reportarchive.model.ReportMetadata;
import org.reportarchive.model.ReportSummary;
import org.reportarchive.site.BuildListener;

/** Prints one line per report (what was ingested, notes, time), then what was stripped and any warnings. */
final class ConsoleListener implements BuildListener {

    private final PrintStream out;
    private final boolean verbose;

    ConsoleListener(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public synchronized void ingested(ReportSummary r, long millis) {
        ReportMetadata m = r.metadata();
        String place = m.place() != null ? m.placeName() : m.anonymised() ? "(anonymised)" : "(no place)";
        String when = m.date() != null ? m.date().toString() : m.year() != null ? String.valueOf(m.year()) : "(no date)";
        // written out rather than formatted: a line for each of thousands of reports
        long restored = r.removals().stream().filter(x -> x.reason().restores()).count();
        long layout = r.removals().stream().filter(x -> x.reason().marksLayout()).count();
        long stripped = Removal.strippedLines(r.removals());
        out.print("  ok    " + r.source() + " -> " + r.url() + ": " + place + " " + when + " " + m.kind().code() + ", "
                + r.paragraphs() + " paragraphs, " + r.footnotes() + " footnotes, " + r.notes() + " notes, "
                + stripped + " stripped line" + (stripped == 1 ? "" : "s")
                + (restored > 0 ? ", " + restored + " character reference" + (restored == 1 ? "" : "s") + " restored"
                : "") + (layout > 0 ? ", " + layout + " layout mark" + (layout == 1 ? "" : "s") + " read" : "") + (m.incomplete() ? ", incomplete" : "") + " (" + millis + " ms)" + System.lineSeparator());
        if (verbose) {
            for (Removal x : r.removals()) {
                out.printf("          %s line %d (%s): %s%n", x.reason().restores() ? "restored"
                        : x.reason().marksLayout() ? "read as layout" : "stripped",
                        x.line(), x.reason().description(), abbreviate(x.text()));
            }
        }
        for (String w : r.warnings()) {
            out.printf("          warning: %s: %s%n", r.source(), w);
        }
    }

    @Override
    public synchronized void failed(String file, String message) {
        out.printf("  FAIL  %s%n", message);
    }

    @Override
    public synchronized void warning(String message) {
        out.printf("  warning: %s%n", message);
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
