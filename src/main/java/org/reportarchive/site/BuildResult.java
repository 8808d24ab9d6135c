package org.reportarchive.site;

import java.util.List;
import org.reportarchive.model.ReportSummary;

/**
 * The outcome of a build.
 *
 * @param failures one line per seed that could not be published, naming the file and what to do
 * @param errors   problems with the site as a whole (rendering, fidelity)
 */
public record BuildResult(List<ReportSummary> reports, List<String> failures, List<String> errors, long millis) {
    public BuildResult {
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return failures.isEmpty() && errors.isEmpty();
    }
}
