package org.reportarchive.site;

import org.reportarchive.model.ReportSummary;

/** Told what the build does, report by report; the command line prints it. */
public interface BuildListener {
    void ingested(ReportSummary report, long millis);

    void failed(String file, String message);

    void warning(String message);
}
