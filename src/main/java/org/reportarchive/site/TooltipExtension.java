package org.reportarchive.site;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;
import java.util.Set;

/**
 * Renders a glossary link ({@code [四个机关](../glossary/si-ge-ji-guan.html "定义"){.term}}) as an accessible
 * tooltip (WAI-ARIA tooltip pattern): a real link to the entry, described by a tooltip that stays in the page
 * ({@code role="tooltip"}, referenced by {@code aria-describedby}). The link's title becomes the tooltip text.
 */
public final class TooltipExtension extends ArchiveHtmlExtension {

    private TooltipExtension() {
        super(options -> new Renderer());
    }

    public static TooltipExtension create() {
        return new TooltipExtension();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Link.class, this::render));
        }

        private void render(Link node, NodeRendererContext ctx, HtmlWriter html) {
            String classes = ctx.extendRenderingNodeAttributes(node, AttributablePart.LINK, null).getValue("class");
            if (!Arrays.asList(classes.split("\\s+")).contains("term")) {
                ctx.delegateRender();
                return;
            }
            String id = "tip-" + node.getStartOffset();
            String href = Escaping.escapeHtml(node.getUrl().unescape(), false);
            String tip = Escaping.escapeHtml(node.getTitle().unescape(), false);
            html.raw("<span class=\"term-wrap\"><a class=\"term\" href=\"" + href + "\" aria-describedby=\"" + id
                    + "\">");
            ctx.renderChildren(node);
            html.raw("</a><span class=\"tip\" role=\"tooltip\" id=\"" + id + "\">" + tip + "</span></span>");
        }
    }
}
