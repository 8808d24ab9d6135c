package org.reportarchive.site;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.Attributes;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;
import java.util.Set;

/**
 * Renders a glossary link ({@code [四个机关][si-ge-ji-guan]{.term data-note="1"}}, or an inline link of class
 * {@code term}) as the trigger of an accessible tooltip (WAI-ARIA tooltip pattern): a real link to the entry,
 * described by the entry's tooltip ({@code aria-describedby="tip-si-ge-ji-guan"}). The tooltip itself is written once per page,
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
            return Set.of(new NodeRenderingHandler<>(Link.class, this::render),
                    new NodeRenderingHandler<>(LinkRef.class, this::render));
        }

        private void render(Link node, NodeRendererContext ctx, HtmlWriter html) {
            render(node, node.getUrl().unescape(), ctx, html);
        }

        /** A reference link to a term: its address comes from its reference definition. */
        private void render(LinkRef node, NodeRendererContext ctx, HtmlWriter html) {
            Reference ref = node.isDefined() ? node.getReferenceNode(Parser.REFERENCES.get(node.getDocument())) : null;
            if (ref == null) {
                ctx.delegateRender();
                return;
            }
            render(node, ref.getUrl().unescape(), ctx, html);
        }

        private void render(Node node, String url, NodeRendererContext ctx, HtmlWriter html) {
            Attributes attributes = ctx.extendRenderingNodeAttributes(node, AttributablePart.LINK, null);
            if (!Arrays.asList(attributes.getValue("class").split("\\s+")).contains("term")) {
                ctx.delegateRender();
                return;
            }
            String href = Escaping.escapeHtml(url, false);
            String note = attributes.getValue("data-note");
            html.raw("<span class=\"term-wrap\"><a class=\"term\" href=\"" + href + "\" aria-describedby=\""
                    + Escaping.escapeHtml(tipId(url), false) + "\"" + (note.isEmpty() ? ""
                    : " data-note=\"" + Escaping.escapeHtml(note, false) + "\"") + ">");
            ctx.renderChildren(node);
            html.raw("</a></span>");
        }
    }
}
