package org.reportarchive.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the seeds are, where the site goes, and where its templates live: shared by build and serve. */
public final class SiteOptions {

    @Option(names = "--seeds", description = "folder with the reports (.txt) and their sidecars (default: ${DEFAULT-VALUE})")
    Path seeds = Path.of("seeds");

    @Option(names = "--out", description = "where the site is written (default: ${DEFAULT-VALUE})")
    Path out = Path.of("target/site");

    @Option(names = "--site", description = "folder with templates/, assets/, content/ and jbake.properties (default: ${DEFAULT-VALUE})")
    Path site = Path.of(".");
}
