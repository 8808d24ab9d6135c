package org.reportarchive.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.reportarchive.site.BuildOptions;
import org.reportarchive.site.BuildResult;
import org.reportarchive.site.SiteBuilder;
import org.reportarchive.site.SiteLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code build}: bakes the site from the seeds. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the static site from the reports in the seeds folder.")
public final class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--strict", description = "exit non-zero when any report cannot be built")
    boolean strict;

    @Option(names = {"-q", "--quiet"}, description = "do not list the stripped lines")
    boolean quiet;

    @Option(names = "--cache", paramLabel = "DIR", description = "keep what the build computes in DIR, so that the"
            + " next build makes again only what changed (the output is the same as without it)")
    Path cache;

    @Option(names = "--project-docs", description = "the project documentation is published with the site"
            + " (under project/): pages link to it")
    boolean projectDocs;

    @Override
    public Integer call() {
        return run(options, options.buildOptions(cache, projectDocs), strict, quiet);
    }

    static int run(SiteOptions options, BuildOptions build, boolean strict, boolean quiet) {
        Path seeds = options.seeds;
        Path out = options.out;
        SiteLayout layout = new SiteLayout(options.site.toAbsolutePath().normalize());
        String problem = layout.problem();
        if (problem != null) {
            System.err.println("error: " + problem);
            return 2;
        }
        System.out.println("Building the archive from " + seeds + " into " + out);
        try {
            BuildResult result = new SiteBuilder(layout, new ConsoleListener(System.out, !quiet), build)
                    .build(seeds.toAbsolutePath().normalize(), out.toAbsolutePath().normalize());
            result.errors().forEach(e -> System.err.println("error: " + e));
            System.out.printf("Built %d report%s, %d failed, in %.1f s -> %s%n", result.reports().size(),
                    result.reports().size() == 1 ? "" : "s", result.failures().size(), result.millis() / 1000.0,
                    out.resolve("index.html"));
            StringBuilder phases = new StringBuilder();
            for (BuildResult.Phase p : result.phases()) {
                phases.append(phases.length() == 0 ? "  " : "; ").append(String.format(Locale.ROOT, "%s %.1f s (%s)",
                        p.name(), p.millis() / 1000.0, p.detail()));
            }
            if (phases.length() > 0) {
                System.out.println(phases);
            }
            if (!result.errors().isEmpty() || result.reports().isEmpty()) {
                return 1;
            }
            return strict && !result.failures().isEmpty() ? 1 : 0;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
    }
}
