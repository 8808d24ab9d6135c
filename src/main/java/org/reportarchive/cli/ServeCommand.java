package org.reportarchive.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code serve}: builds the site, serves it on 127.0.0.1 under a base path (as a static host would), and
 * rebuilds when a seed, template, asset or content file changes.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Previews the site on 127.0.0.1 and rebuilds it when a source file changes.")
public final class ServeCommand implements Callable<Integer> {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "md", "text/markdown; charset=utf-8", "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "png", "image/png", "ico", "image/x-icon");

    @Option(names = "--seeds", description = "folder with the reports (default: ${DEFAULT-VALUE})")
    Path seeds = Path.of("seeds");

    @Option(names = "--out", description = "where the site is written (default: ${DEFAULT-VALUE})")
    Path out = Path.of("target/site");

    @Option(names = "--site", description = "folder with templates/, assets/, content/ (default: ${DEFAULT-VALUE})")
    Path site = Path.of(".");

    @Option(names = "--port", description = "port on 127.0.0.1 (default: ${DEFAULT-VALUE})")
    int port = 8080;

    @Option(names = "--base", description = "sub-path the site is served under, e.g. /archive/ (default: ${DEFAULT-VALUE})")
    String base = "/";

    @Override
    public Integer call() throws Exception {
        String prefix = normaliseBase(base);
        BuildCommand.run(seeds, out, site, false, true);
        Path root = out.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> handle(exchange, root, prefix));
        server.start();
        System.out.println("Serving " + root + " at http://127.0.0.1:" + port + prefix + " (Ctrl+C to stop)");
        long stamp = stamp();
        while (true) {
            Thread.sleep(1000);
            long now = stamp();
            if (now != stamp) {
                stamp = now;
                System.out.println("Change seen; rebuilding");
                BuildCommand.run(seeds, out, site, false, true);
            }
        }
    }

    static String normaliseBase(String base) {
        String b = base.startsWith("/") ? base : "/" + base;
        return b.endsWith("/") ? b : b + "/";
    }

    /** A fingerprint of every watched file's path, size and modification time. */
    private long stamp() throws IOException {
        long h = 17;
        for (Path dir : new Path[] {seeds, site.resolve("templates"), site.resolve("assets"), site.resolve("content"),
                site.resolve("jbake.properties")}) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path p : walk.sorted().toList()) {
                    h = h * 31 + p.toString().hashCode();
                    h = h * 31 + Files.getLastModifiedTime(p).toMillis();
                    h = h * 31 + (Files.isRegularFile(p) ? Files.size(p) : 0);
                }
            }
        }
        return h;
    }

    static void handle(HttpExchange ex, Path root, String prefix) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(prefix)) {
                send(ex, 404, "text/plain; charset=utf-8", ("Not under " + prefix).getBytes());
                return;
            }
            String rel = java.net.URLDecoder.decode(path.substring(prefix.length()), java.nio.charset.StandardCharsets.UTF_8);
            Path file = root.resolve(rel).normalize();
            if (!file.startsWith(root)) {
                send(ex, 403, "text/plain; charset=utf-8", "Forbidden".getBytes());
                return;
            }
            if (Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    ex.getResponseHeaders().add("Location", path + "/");
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (!Files.isRegularFile(file)) {
                Path notFound = root.resolve("404.html");
                byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found".getBytes();
                send(ex, 404, "text/html; charset=utf-8", body);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
