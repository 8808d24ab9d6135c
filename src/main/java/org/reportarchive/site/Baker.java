package org.reportarchive.site;

import java.io.File;
import java.util.List;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;

/** Runs JBake over the staged content with the project's templates, assets and properties. */
final class Baker {

    static {
        Engines.register("md", new ArchiveMarkdownEngine());
    }

    private Baker() {
    }

    /** Bakes the site; returns JBake's errors (empty when all pages rendered). */
    static List<Throwable> bake(SiteLayout layout, File stagedContent, File out) {
        DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(
                stagedContent.getParentFile(), out, layout.properties().toFile(), true);
        cfg.setContentFolder(stagedContent);
        cfg.setTemplateFolder(layout.templates().toFile());
        cfg.setAssetFolder(layout.assets().toFile());
        cfg.setDestinationFolder(out);
        cfg.setProperty("db.store", "memory");
        Oven oven = new Oven(cfg);
        oven.bake();
        return oven.getErrors();
    }
}
