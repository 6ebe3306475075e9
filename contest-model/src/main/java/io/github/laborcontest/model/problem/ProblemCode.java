// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.problem;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A machine-readable kind of problem, such as {@code plan.element-missing}. Each module declares
 * its codes as an enum implementing this interface and ships their message templates in a
 * resource bundle: Chinese in the default bundle, English in the {@code _en} one.
 *
 * @since 0.1.0
 */
public interface ProblemCode {

    /** The stable code, for example {@code "json.malformed"}; never changes once released. */
    String code();

    /**
     * The base name of the resource bundle holding this code's message templates, for example
     * {@code "io.github.laborcontest.model.problem.problems"}.
     */
    String bundleBaseName();

    /**
     * Renders this code's template in the given locale with {@link java.text.MessageFormat}
     * arguments. Chinese is the fallback for every locale other than English.
     *
     * @param locale {@link Locale#CHINESE} (default) or {@link Locale#ENGLISH}
     * @param args the arguments of the template
     * @return the rendered message; the code itself if the template is missing
     */
    default String render(Locale locale, Object... args) {
        Locale effective = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.ROOT;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(
                    bundleBaseName(),
                    effective,
                    getClass().getClassLoader(),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String template = bundle.getString(code());
            return new java.text.MessageFormat(template, effective).format(args);
        } catch (MissingResourceException e) {
            return code();
        }
    }
}
