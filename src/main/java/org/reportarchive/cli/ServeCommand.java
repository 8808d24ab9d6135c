package org.reportarchive.cli;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.reportarchive.site.BuildOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: builds the site, serves it on 127.0.0.1 under a base path (as a static host would), and
 * rebuilds when a seed, sidecar, template, asset or content file changes. Rebuilds always use a cache, so that
 * only what changed is made again.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Previews the site on 127.0.0.1 and rebuilds it when a source file changes.")
public final class ServeCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options = new SiteOptions();

    @Option(names = "--port", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--base", description = "sub-path the site is served under, e.g. /archive/ (default: the path of"
            + " site.host in jbake.properties)")
    String base;

    @Option(names = "--cache", paramLabel = "DIR", description = "where rebuilds keep what they computed (default:"
            + " the output folder's name with .cache, beside it)")
    Path cache;

    /** The path of the site's address (site.host), where its 404 page expects it: /archive/, or /. */
    static String hostPath(Path properties) throws IOException {
        Properties p = new Properties();
        if (Files.isRegularFile(properties)) {
            try (Reader in = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
                p.load(in);
            }
        }
        String path = URI.create(p.getProperty("site.host", "https://example.org").strip()).getPath();
        return PreviewServer.normaliseBase(path == null ? "/" : path);
    }

    @Override
    public Integer call() throws Exception {
        Path dir = cache != null ? cache : options.out.toAbsolutePath().normalize().resolveSibling(
                options.out.toAbsolutePath().normalize().getFileName() + ".cache");
        BuildOptions build = options.buildOptions(dir, false);
        BuildCommand.run(options, build, false, true);
        Path site = options.site;
        SourceWatcher watcher = new SourceWatcher(List.of(options.seeds, site.resolve("templates"),
                site.resolve("assets"), site.resolve("content"), site.resolve("jbake.properties")));
        String hostPath = hostPath(site.resolve("jbake.properties"));
        if (base == null) {
            base = hostPath;
        } else if (!PreviewServer.normaliseBase(base).equals(hostPath)) {
            System.out.println("warning: the 404 page links to the site from " + hostPath + " (site.host in"
                    + " jbake.properties), so under " + base + " it is shown without its style and links; set site.host"
                    + " to the address the site is published at");
        }
        try (PreviewServer server = PreviewServer.start(options.out, base, port)) {
            System.out.println("Serving " + options.out + " at " + server.url() + " (Ctrl+C to stop)");
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(1000);
                if (watcher.changed()) {
                    System.out.println("Change seen; rebuilding");
                    BuildCommand.run(options, build, false, true);
                }
            }
        }
        return 0;
    }
}
