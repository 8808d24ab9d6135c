package org.reportarchive.site;

import org.reportarchive.model.ReportSummary;

/** Told what the build does, report by report; the command line prints it. */
public interface BuildListener {

    /** A listener that is told nothing. */
    BuildListener NONE = new BuildListener() {
        @Override
        public void ingested(ReportSummary report, long millis) {
        }

        @Override
        public void failed(String file, String message) {
        }

        @Override
        public void warning(String message) {
        }
    };

    void ingested(ReportSummary report, long millis);

    void failed(String file, String message);

    void warning(String message);
}
