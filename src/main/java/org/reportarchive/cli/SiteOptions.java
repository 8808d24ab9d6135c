package org.reportarchive.cli;

import java.nio.file.Path;
import org.reportarchive.site.BuildOptions;
import picocli.CommandLine.Option;

/** Where the seeds are, where the site goes, and where its templates live: shared by build and serve. */
public final class SiteOptions {

    @Option(names = "--seeds", description = "folder with the reports (.txt) and their sidecars (default: ${DEFAULT-VALUE})")
    Path seeds = Path.of("seeds");

    @Option(names = "--out", description = "where the site is written (default: ${DEFAULT-VALUE})")
    Path out = Path.of("target/site");

    @Option(names = "--site", description = "folder with templates/, assets/, content/ and jbake.properties (default: ${DEFAULT-VALUE})")
    Path site = Path.of(".");

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "reports processed at once (default: one per"
            + " processor); the output is the same for any N")
    Integer jobs;

    BuildOptions buildOptions(Path cache, boolean projectDocs) {
        BuildOptions o = BuildOptions.defaults().withCache(cache == null ? null : cache.toAbsolutePath().normalize())
                .withProjectDocs(projectDocs);
        return jobs == null ? o : o.withJobs(jobs);
    }
}
