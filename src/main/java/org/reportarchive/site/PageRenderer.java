package org.reportarchive.site;

import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModelException;
import java.io.StringWriter;
import java.util.Map;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders a page through JBake's Freemarker template engine from a model the build already holds: a typed
 * record as {@code content}, where the page is as {@code here} ({@code here.root} leads back to the site's
 * root) and JBake's configuration as {@code config}. No content store is involved: the cost of a page does not
 * depend on how many other pages the site has.
 */
final class PageRenderer {

    private final FreemarkerTemplateEngine engine;
    private final DefaultObjectWrapper wrapper;
    private final Map<String, Object> config;

    PageRenderer(DefaultJBakeConfiguration jbake) {
        this.engine = new FreemarkerTemplateEngine(jbake, null);
        // a record's components are read as properties: content.title
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.PROPERTY_ONLY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        this.wrapper = builder.build();
        this.config = jbake.asHashMap();
    }

    String render(String template, String path, Object content) throws RenderingException {
        TemplateModel model = new TemplateModel();
        try {
            model.put("content", wrapper.wrap(content));
            model.put("here", wrapper.wrap(PageContext.of(path)));
        } catch (TemplateModelException e) {
            throw new RenderingException(e);
        }
        model.setConfig(config);
        StringWriter out = new StringWriter(16_384);
        engine.renderDocument(model, template, out);
        return out.toString();
    }
}
