// SPDX-License-Identifier: Apache-2.0
/**
 * The registry hosts call to find indicator sets: {@link
 * io.github.laborcontest.model.registry.IndicatorSetRegistry}, built once from the {@code
 * IndicatorSetProvider} plugins found by {@link java.util.ServiceLoader}.
 */
@NullMarked
package io.github.laborcontest.model.registry;

import org.jspecify.annotations.NullMarked;
