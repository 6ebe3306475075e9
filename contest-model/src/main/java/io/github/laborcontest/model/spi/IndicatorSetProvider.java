// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.spi;

import io.github.laborcontest.model.IndicatorSet;
import java.util.List;

/**
 * Contributes indicator sets; found with {@link java.util.ServiceLoader}. Register an
 * implementation in {@code META-INF/services/io.github.laborcontest.model.spi.IndicatorSetProvider},
 * one class name per line. Implementations are stateless and deterministic, with a public no-arg
 * constructor; the built-in sets are registered the same way.
 *
 * @since 0.1.0
 */
public interface IndicatorSetProvider {

    /** Stable unique id of this provider, for example {@code "contest.builtin"}. */
    String id();

    /** The indicator sets this provider contributes; never empty. */
    List<IndicatorSet> indicatorSets();
}
