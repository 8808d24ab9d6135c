package org.reportarchive.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jbake.template.RenderingException;
import org.reportarchive.model.PageSink;

/** The pages and files a stage makes: pages rendered through JBake's template engine, all written by the writer. */
final class SiteOutput implements PageSink {

    private final PageRenderer renderer;
    private final SiteWriter writer;
    private final String stage;
    private final String templates;

    /**
     * @param templates the fingerprint of the templates and settings: with the model, what a page is made from
     */
    SiteOutput(PageRenderer renderer, SiteWriter writer, String stage, String templates) {
        this.renderer = renderer;
        this.writer = writer;
        this.stage = stage;
        this.templates = templates;
    }

    /**
     * Renders the page, unless the previous build made it from the same model with the same templates and it is
     * still there as it was written.
     */
    @Override
    public void page(String path, String template, Object content) throws IOException {
        String key = null;
        if (writer.tracking()) {
            key = new Fingerprint("page").add(templates).add(template).add(BuildCache.JSON.writeValueAsBytes(content))
                    .hex();
            if (writer.keep(path, key, stage, template)) {
                return;
            }
        }
        writer.write(path, render(path, template, content).getBytes(StandardCharsets.UTF_8),
                new SiteWriter.Meta(key, stage, template, List.of()));
    }

    /** The HTML of a page, not yet written. */
    String render(String path, String template, Object content) throws IOException {
        try {
            return renderer.render(template, path, content);
        } catch (RenderingException e) {
            throw new IOException("rendering " + path + " failed: " + describe(e, template), e);
        }
    }

    /** Where a template failed and on what: {@code report.ftl line 4: page.root is missing}. */
    private static String describe(Throwable e, String template) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof freemarker.core.InvalidReferenceException ir) {
                return ir.getTemplateSourceName() + " line " + ir.getLineNumber() + ": "
                        + ir.getBlamedExpressionString() + " is missing";
            }
            if (t instanceof freemarker.template.TemplateException te) {
                return te.getTemplateSourceName() + " line " + te.getLineNumber() + ": "
                        + String.valueOf(te.getMessageWithoutStackTop()).lines().findFirst().orElse("");
            }
        }
        return template + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
    }

    @Override
    public void file(String path, Content content) throws IOException {
        writer.write(path, content, SiteWriter.Meta.of(stage));
    }

    @Override
    public void file(String path, String key, Content content) throws IOException {
        writer.write(path, content, new SiteWriter.Meta(writer.tracking() ? key : null, stage, null, List.of()));
    }

    @Override
    public long keep(String path, String key) {
        return writer.tracking() && writer.keep(path, key, stage, null) ? writer.size(path) : -1;
    }
}
