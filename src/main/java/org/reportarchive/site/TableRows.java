package org.reportarchive.site;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A report's table, read as rows of cells set apart by tabs (a page's {@code <tr>}, a table copied as text): a run
 * of such paragraphs is rendered as one table, each paragraph a row that keeps its id and permalink, so that a
 * reader sees the columns and a link to a row still finds it. The first row is the table's header when none of its
 * cells holds a figure (项目　预算数（万元）　决算数（万元）). The table fits the text's column, its cells wrapping.
 */
final class TableRows {

    /** A figure in a cell: a header's cells name columns, they hold none. */
    private static final Pattern FIGURE = Pattern.compile("[0-9０-９]");

    private TableRows() {
    }

    private static boolean hasFigure(Paragraph row) {
        for (Node child = row.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text && FIGURE.matcher(child.getChars()).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a paragraph is a table's row: its text has a tab between cells. */
    static boolean isRow(Paragraph p) {
        return p.getChars().indexOf('\t') >= 0;
    }

    /**
     * Renders a row, opening the table before the first row of a run and closing it after the last.
     *
     * @param renders whether a paragraph beside this one is rendered as a row too
     * @param id      the row's id, already escaped
     */
    static void render(Paragraph node, String id, Predicate<Paragraph> renders, NodeRendererContext ctx,
                       HtmlWriter html) {
        boolean first = !(node.getPrevious() instanceof Paragraph p && renders.test(p));
        boolean last = !(node.getNext() instanceof Paragraph n && renders.test(n));
        boolean header = first && !last && !hasFigure(node);
        if (first) {
            html.line().raw("<div class=\"cells\"><table>").line();
        }
        String open = header ? "<th scope=\"col\">" : "<td>";
        String close = header ? "</th>" : "</td>";
        html.withAttr().tag("tr").raw(open);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text && text.getChars().indexOf('\t') >= 0) {
                // the tabs between cells stand in the text: each piece its cell's
                String[] pieces = text.getChars().unescape().split("\t", -1);
                for (int i = 0; i < pieces.length; i++) {
                    if (i > 0) {
                        html.raw(close).raw(open);
                    }
                    html.text(pieces[i].strip());
                }
            } else {
                ctx.render(child);
            }
        }
        html.raw("<a class=\"pilcrow\" href=\"#" + id + "\" aria-label=\"本行链接\">¶</a>").raw(close);
        html.closeTag("tr").line();
        if (last) {
            html.raw("</table></div>").line();
        }
    }
}
