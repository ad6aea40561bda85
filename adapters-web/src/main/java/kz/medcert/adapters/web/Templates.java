package kz.medcert.adapters.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/**
 * The pages' templates (src/main/jte), compiled to Java at build time: HTML is escaped wherever a value is written,
 * and a template that does not compile fails the build rather than a page.
 */
public final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Renders {@code template} with the page and the page's own model (named {@code m} in the template). */
    public String render(String template, Page page, Object model) {
        StringOutput out = new StringOutput();
        engine.render(template, Map.of("page", page, "m", model), out);
        return out.toString();
    }
}
