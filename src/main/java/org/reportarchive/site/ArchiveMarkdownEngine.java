package org.reportarchive.site;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine for the archive: flexmark with attribute blocks for ids and classes, permalinks on
 * paragraphs, glossary tooltips, heading ids, raw HTML escaped (report text can never inject markup), and no soft-break spaces
 * between Chinese characters.
 */
public final class ArchiveMarkdownEngine extends MarkupEngine {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public ArchiveMarkdownEngine() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(AttributesExtension.create(), PermalinkExtension.create(),
                TooltipExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.RENDER_HEADER_ID, true);
        options.set(HtmlRenderer.SOFT_BREAK, "");
        // flexmark reads reference definitions only with its own inline parser, unless asked to
        this.parser = Parser.builder(options).customInlineParserFactory(DirectInlineParser.FACTORY)
                .paragraphPreProcessorFactory(new ReferencePreProcessorFactory()).build();
        this.renderer = HtmlRenderer.builder(options).build();
    }

    /** Markdown to HTML, as used for every page. */
    public String render(String markdown) {
        return renderer.render(parser.parse(markdown));
    }

    @Override
    public void processBody(ParserContext context) {
        context.setBody(render(context.getBody()));
    }
}
