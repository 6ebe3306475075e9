// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.style;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every contest value type: JDK-only collections, {@code build()}
 * returning the abstract type, {@code addIndicator(..)} for {@code indicators()}, and copy
 * ({@code withX}) methods. Apply it on a package or a type.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        jdkOnly = true,
        overshadowImplementation = true,
        visibility = Value.Style.ImplementationVisibility.SAME,
        depluralize = true,
        // no classpath-discovered annotations (org.immutables.value.Generated among them) on generated
        // classes: consumers do not have value-annotations, and javac -Xlint:all warns about them
        allowedClasspathAnnotations = {Override.class},
        defaults = @Value.Immutable(copy = true))
public @interface ContestStyle {}
