package org.reportarchive.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jbake.app.Parser;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.reportarchive.model.PageSink;

/**
 * The hand-written pages of {@code content/} (about, the 404 page), read by JBake's parser with the archive's
 * Markdown engine and rendered with the template of their type; other files there are published as they are.
 * The glossary's and the themes' sources ({@code *.yaml}) are the build's data, not pages.
 */
final class ContentPages {

    private final JBakeConfiguration config;
    private final Path content;
    private final boolean projectDocs;

    /** @param projectDocs whether the project documentation is part of this build (pages may link to it) */
    ContentPages(JBakeConfiguration config, Path content, boolean projectDocs) {
        this.config = config;
        this.content = content;
        this.projectDocs = projectDocs;
    }

    void write(PageSink sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".yaml"))
                    .sorted().toList();
        }
        Parser parser = new Parser(config);
        for (Path f : files) {
            String rel = content.relativize(f).toString().replace('\\', '/');
            if (!rel.endsWith(".md")) {
                byte[] bytes = Files.readAllBytes(f);
                sink.file(rel, out -> out.write(bytes));
                continue;
            }
            DocumentModel doc = parser.processFile(f.toFile());
            if (doc == null) {
                throw new IOException(f + " has no header with a type and status; see content/about.md");
            }
            String template = config.getTemplateByDocType(doc.getType());
            if (template == null) {
                throw new IOException(f + ": no template for type '" + doc.getType() + "' in jbake.properties");
            }
            boolean links = projectDocs && "true".equals(String.valueOf(doc.get("project_docs")));
            sink.page(rel.replaceFirst("\\.md$", ".html"), template, new ContentPage(doc.getTitle(),
                    doc.get("description") == null ? "" : String.valueOf(doc.get("description")), doc.getBody(),
                    links));
        }
    }
}
