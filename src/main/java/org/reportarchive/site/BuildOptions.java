package org.reportarchive.site;

import org.reportarchive.concurrent.Parallel;
import java.nio.file.Path;

/**
 * How a build runs.
 *
 * @param cache       the cache folder that makes the next build incremental, or null for a build from scratch
 * @param jobs        how many reports are processed at once
 * @param projectDocs whether the project documentation is published with the site (pages may link to it)
 */
public record BuildOptions(Path cache, int jobs, boolean projectDocs) {

    public BuildOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
    }

    public static BuildOptions defaults() {
        return new BuildOptions(null, Parallel.defaultJobs(), false);
    }

    public BuildOptions withCache(Path dir) {
        return new BuildOptions(dir, jobs, projectDocs);
    }

    public BuildOptions withJobs(int n) {
        return new BuildOptions(cache, n, projectDocs);
    }

    public BuildOptions withProjectDocs(boolean on) {
        return new BuildOptions(cache, jobs, on);
    }
}
