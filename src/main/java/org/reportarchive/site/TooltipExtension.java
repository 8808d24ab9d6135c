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
 * Renders a glossary link ({@code [四个机关](../glossary/si-ge-ji-guan.html "定义"){.term data-note="1"}}) as the
 * trigger of an accessible tooltip (WAI-ARIA tooltip pattern): a real link to the entry, described by the
 * entry's tooltip ({@code aria-describedby="tip-si-ge-ji-guan"}). The tooltip itself is written once per page,
 * whatever the number of occurrences (see {@code report.ftl}); the script shows it beside the term that is
 * hovered or focused.
 */
public final class TooltipExtension extends ArchiveHtmlExtension {

    private TooltipExtension() {
        super(options -> new Renderer());
    }

    public static TooltipExtension create() {
        return new TooltipExtension();
    }

    /** The id of an entry's tooltip on a page: {@code tip-} and the entry's slug, from the link to the entry. */
    public static String tipId(String entryUrl) {
        String file = entryUrl.substring(entryUrl.lastIndexOf('/') + 1);
        return "tip-" + file.replaceFirst("\\.html$", "");
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
            String url = node.getUrl().unescape();
            String href = Escaping.escapeHtml(url, false);
            String note = ctx.extendRenderingNodeAttributes(node, AttributablePart.LINK, null).getValue("data-note");
            html.raw("<span class=\"term-wrap\"><a class=\"term\" href=\"" + href + "\" aria-describedby=\""
                    + Escaping.escapeHtml(tipId(url), false) + "\"" + (note.isEmpty() ? ""
                    : " data-note=\"" + Escaping.escapeHtml(note, false) + "\"") + ">");
            ctx.renderChildren(node);
            html.raw("</a></span>");
        }
    }
}
