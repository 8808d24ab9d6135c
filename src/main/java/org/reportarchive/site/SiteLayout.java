package org.reportarchive.site;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a site's hand-written sources live: {@code templates/}, {@code assets/}, {@code content/} and
 * {@code jbake.properties} in one folder (the project's root).
 */
public record SiteLayout(Path root) {

    public Path templates() {
        return root.resolve("templates");
    }

    public Path assets() {
        return root.resolve("assets");
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path properties() {
        return root.resolve("jbake.properties");
    }

    /** A one-line description of what is missing, or null if the layout is complete. */
    public String problem() {
        for (Path p : new Path[] {templates(), assets(), content()}) {
            if (!Files.isDirectory(p)) {
                return p + " is missing; run from the project folder or pass --site DIR";
            }
        }
        if (!Files.isRegularFile(properties())) {
            return properties() + " is missing; run from the project folder or pass --site DIR";
        }
        return null;
    }
}
