package org.reportarchive.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves a built site on 127.0.0.1 under a sub-path, as a static host would: files by path, {@code index.html}
 * for folders, the site's 404 page otherwise, and a Content-Security-Policy that allows nothing from elsewhere.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json; charset=utf-8",
            "md", "text/markdown; charset=utf-8", "svg", "image/svg+xml", "xml", "application/xml; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "png", "image/png", "ico", "image/x-icon");

    private final HttpServer server;
    private final String prefix;

    private PreviewServer(HttpServer server, String prefix) {
        this.server = server;
        this.prefix = prefix;
    }

    /** Starts serving {@code root} at {@code http://127.0.0.1:port/base/} (port 0 picks a free one). */
    public static PreviewServer start(Path root, String base, int port) throws IOException {
        String prefix = normaliseBase(base);
        Path dir = root.toAbsolutePath().normalize();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> handle(exchange, dir, prefix));
        server.start();
        return new PreviewServer(server, prefix);
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    static String normaliseBase(String base) {
        String b = base.startsWith("/") ? base : "/" + base;
        return b.endsWith("/") ? b : b + "/";
    }

    private static void handle(HttpExchange ex, Path root, String prefix) throws IOException {
        try (ex) {
            String path = ex.getRequestURI().getPath();
            if (!path.startsWith(prefix)) {
                if ((path + "/").equals(prefix)) {
                    ex.getResponseHeaders().add("Location", prefix);
                    send(ex, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                notFound(ex, root);
                return;
            }
            String rel = URLDecoder.decode(path.substring(prefix.length()), StandardCharsets.UTF_8);
            Path file = root.resolve(rel).normalize();
            if (!file.startsWith(root)) {
                notFound(ex, root);
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
                notFound(ex, root);
                return;
            }
            String name = file.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
            send(ex, 200, TYPES.getOrDefault(ext, "application/octet-stream"), Files.readAllBytes(file));
        }
    }

    private static void notFound(HttpExchange ex, Path root) throws IOException {
        Path page = root.resolve("404.html");
        byte[] body = Files.isRegularFile(page) ? Files.readAllBytes(page)
                : "<!DOCTYPE html><title>404</title><p>Not found</p>".getBytes(StandardCharsets.UTF_8);
        send(ex, 404, "text/html; charset=utf-8", body);
    }

    private static void send(HttpExchange ex, int status, String type, byte[] body) throws IOException {
        ex.getResponseHeaders().set("Content-Type", type);
        ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
        ex.getResponseHeaders().set("Cache-Control", "no-cache");
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream os = ex.getResponseBody()) {
                os.write(body);
            }
        }
    }
}
