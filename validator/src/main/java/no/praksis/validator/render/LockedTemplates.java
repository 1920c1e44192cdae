package no.praksis.validator.render;

import java.util.Locale;

import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateExceptionHandler;

/**
 * FreeMarker locked down, for every template of the product (the contract, the rule pages): templates
 * see only the view model's maps, lists and texts; they cannot create objects ({@code ?new}), reach the
 * Java API ({@code ?api}) or call methods. A {@code .ftlh} template HTML-escapes every value; a
 * {@code .ftl} one (Markdown) writes values as they are.
 */
public final class LockedTemplates {

    private LockedTemplates() {
    }

    /** A configuration that loads templates from {@code directory} on the classpath of {@code base}. */
    public static Configuration configuration(Class<?> base, String directory) {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setClassForTemplateLoading(base, directory);
        configuration.setDefaultEncoding("UTF-8");
        // The same bytes on every machine: numbers are printed with ASCII digits and no grouping,
        // whatever the machine's locale (under an Arabic one a colspan came out as "٢").
        configuration.setLocale(Locale.ROOT);
        configuration.setNumberFormat("computer");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        configuration.setObjectWrapper(wrapper.build());
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        return configuration;
    }
}
