// SPDX-License-Identifier: Apache-2.0
/**
 * An example of a third-party indicator-set plugin: a city's own "park city" (公园城市) set,
 * contributed through {@link io.github.laborcontest.model.spi.IndicatorSetProvider} and
 * registered in this jar's {@code META-INF/services} file, exactly as a plugin outside the
 * library would do it.
 */
@NullMarked
package io.github.laborcontest.examples.plugin;

import org.jspecify.annotations.NullMarked;
