package org.reportarchive.site;

import java.util.List;
import org.reportarchive.model.ReportSummary;

/**
 * The outcome of a build.
 *
 * @param failures one line per seed that could not be published, naming the file and what to do
 * @param errors   problems with the site as a whole (rendering, fidelity)
 * @param phases   the stages of the build, in order
 */
public record BuildResult(List<ReportSummary> reports, List<String> failures, List<String> errors, long millis,
                          List<Phase> phases) {
    public BuildResult {
        reports = List.copyOf(reports);
        failures = List.copyOf(failures);
        errors = List.copyOf(errors);
        phases = List.copyOf(phases);
    }

    /** How long a stage of the build took, and what it did. */
    public record Phase(String name, long millis, String detail) {
    }

    BuildResult(List<ReportSummary> reports, List<String> failures, List<String> errors, long millis) {
        this(reports, failures, errors, millis, List.of());
    }

    public boolean ok() {
        return failures.isEmpty() && errors.isEmpty();
    }
}
