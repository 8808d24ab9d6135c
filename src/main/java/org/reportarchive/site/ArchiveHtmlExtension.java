package org.reportarchive.site;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.util.data.MutableDataHolder;

/**
 * Plugs one of the archive's node renderers into flexmark's HTML renderer. flexmark tells factories apart by
 * their class, so each extension passes a factory of its own.
 */
abstract class ArchiveHtmlExtension implements HtmlRenderer.HtmlRendererExtension {

    private final NodeRendererFactory factory;

    ArchiveHtmlExtension(NodeRendererFactory factory) {
        this.factory = factory;
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {
        // no options
    }

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        if ("HTML".equals(rendererType)) {
            builder.nodeRendererFactory(factory);
        }
    }
}
