package org.reportarchive.site;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The site's link check: every internal link and #fragment on every page of a folder leads to an existing file
 * and id. Links must be relative (the site works under any sub-path); canonical links are the host's.
 */
final class LinkCheck {

    private final Path root;
    private final Map<Path, Document> parsed = new HashMap<>();

    LinkCheck(Path root) {
        this.root = root;
    }

    /** One line per problem; empty when every link resolves. */
    List<String> problems() throws IOException {
        List<String> out = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root)) {
            pages = s.filter(p -> p.toString().endsWith(".html") && !p.startsWith(root.resolve("project")))
                    .sorted().toList();
        }
        for (Path page : pages) {
            if (page.equals(root.resolve("404.html"))) {
                continue; // served at any depth: its links start from the site's path (see SubPathIT)
            }
            for (Element e : doc(page).select("[href]:not(link[rel=canonical]), [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String problem = check(page, url);
                if (problem != null) {
                    out.add(root.relativize(page) + ": " + problem);
                }
            }
        }
        return out;
    }

    private String check(Path page, String url) throws IOException {
        if (url.startsWith("/") || url.matches("^[a-z]+:.*")) {
            return "not relative: " + url;
        }
        String path = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
        String fragment = url.contains("#") ? url.substring(url.indexOf('#') + 1) : "";
        Path target = path.isEmpty() ? page : page.getParent().resolve(URI.create(path).getPath()).normalize();
        if (!Files.isRegularFile(target)) {
            return "missing file " + url;
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html") && doc(target).getElementById(fragment) == null) {
            return "missing id " + url;
        }
        return null;
    }

    private Document doc(Path p) throws IOException {
        Document d = parsed.get(p);
        if (d == null) {
            d = Jsoup.parse(p.toFile(), "UTF-8");
            parsed.put(p, d);
        }
        return d;
    }
}
