package org.reportarchive.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The benchmark's yardstick: the synthetic reports as a Hugo site (Markdown pages with cities, provinces and
 * themes taxonomies, a minimal layout with a list page per term), so that a static-site generator known to be
 * fast builds the same input on the same machine.
 */
final class HugoSite {

    private final Path root;

    private HugoSite(Path root) {
        this.root = root;
    }

    static HugoSite create(Path root) throws IOException {
        Files.createDirectories(root.resolve("content/reports"));
        Files.createDirectories(root.resolve("layouts/_default"));
        Files.writeString(root.resolve("config.toml"), """
                baseURL = "https://example.org/archive/"
                languageCode = "zh-cn"
                title = "benchmark"
                disableKinds = ["RSS"]
                [taxonomies]
                  city = "cities"
                  province = "provinces"
                  theme = "themes"
                """, StandardCharsets.UTF_8);
        write(root, "baseof.html", """
                <!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
                <body><header><a href="{{ "/" | relURL }}">home</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(root, "single.html", """
                {{ define "main" }}<article><h1>{{ .Title }}</h1>
                <p>{{ range .Params.cities }}<a href="{{ printf "/cities/%s/" (urlize .) | relURL }}">{{ . }}</a>{{ end }}
                {{ .Date.Format "2006-01-02" }}</p>
                {{ .Content }}</article>{{ end }}
                """);
        write(root, "list.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Date.Format "2006-01-02" }}</li>{{ end }}</ul>{{ end }}
                """);
        write(root, "terms.html", """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}
                """);
        return new HugoSite(root);
    }

    private static void write(Path root, String name, String text) throws IOException {
        Files.writeString(root.resolve("layouts/_default").resolve(name), text, StandardCharsets.UTF_8);
    }

    void add(SyntheticCorpus.Generated g) throws IOException {
        String[] lines = g.text().split("\n");
        StringBuilder md = new StringBuilder("---\n");
        md.append("title: \"").append(lines[0].replace("\"", "")).append("\"\n");
        md.append("date: ").append(g.year()).append("-01-15\n");
        md.append("cities: [\"").append(g.place().name()).append("\"]\n");
        md.append("provinces: [\"").append(g.place().province()).append("\"]\n");
        md.append("themes: [\"").append(String.join("\", \"", g.themes())).append("\"]\n");
        md.append("---\n\n");
        for (int i = 1; i < lines.length; i++) {
            String l = lines[i];
            if (l.matches("^[一二三四五六七八九十]{1,3}、.*")) {
                md.append("## ").append(l).append("\n");
            } else {
                md.append(l).append("\n");
            }
        }
        Files.writeString(root.resolve("content/reports").resolve(g.file().replace(".txt", ".md")), md,
                StandardCharsets.UTF_8);
    }
}
