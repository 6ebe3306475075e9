// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.testkit;

import io.github.laborcontest.model.internal.BuiltinIndicatorSetProvider;
import io.github.laborcontest.model.spi.IndicatorSetProvider;

/** The built-in sets meet the plugin contract. */
class BuiltinIndicatorSetProviderTest implements IndicatorSetProviderContract {
    @Override
    public IndicatorSetProvider provider() {
        return new BuiltinIndicatorSetProvider();
    }
}
