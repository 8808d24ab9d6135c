package org.reportarchive.site;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Gives every paragraph that has an id a permalink: a small link to itself at its end, so that a reader can
 * copy the address of a paragraph.
 */
public final class PermalinkExtension extends ArchiveHtmlExtension {

    private PermalinkExtension() {
        super(options -> new Renderer());
    }

    public static PermalinkExtension create() {
        return new PermalinkExtension();
    }

    private static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Paragraph.class, this::render));
        }

        /** The id of a paragraph that gets its permalink (it has an id, text, and is no list's tight item), or null. */
        private static String linkedId(Paragraph node, NodeRendererContext ctx) {
            boolean empty = node.getFirstChildAnyNot(NonRenderingInline.class) == null;
            boolean tight = node.getParent() instanceof ParagraphItemContainer container
                    && container.isParagraphWrappingDisabled(node, ListOptions.get(ctx.getOptions()), ctx.getOptions());
            if (empty || tight) {
                return null;
            }
            String id = ctx.extendRenderingNodeAttributes(node, AttributablePart.NODE, null).getValue("id");
            return id.isEmpty() ? null : id;
        }

        private void render(Paragraph node, NodeRendererContext ctx, HtmlWriter html) {
            String id = linkedId(node, ctx);
            if (id == null) {
                ctx.delegateRender();
                return;
            }
            if (TableRows.isRow(node)) { // a table's row, its cells set apart by tabs
                TableRows.render(node, Escaping.escapeHtml(id, true),
                        p -> TableRows.isRow(p) && linkedId(p, ctx) != null, ctx, html);
                return;
            }
            html.srcPosWithEOL(node.getChars()).withAttr().tagLine("p", () -> {
                ctx.renderChildren(node);
                String target = Escaping.escapeHtml(id, true);
                html.raw("<a class=\"pilcrow\" href=\"#" + target + "\" aria-label=\"本段链接\">¶</a>");
            });
        }
    }
}
