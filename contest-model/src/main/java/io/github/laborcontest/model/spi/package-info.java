// SPDX-License-Identifier: Apache-2.0
/**
 * Plugin interfaces of contest-model that third parties implement: {@link
 * io.github.laborcontest.model.spi.IndicatorSetProvider} contributes indicator sets through
 * {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.laborcontest.model.spi;

import org.jspecify.annotations.NullMarked;
