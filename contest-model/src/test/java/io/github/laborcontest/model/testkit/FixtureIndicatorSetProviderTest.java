// SPDX-License-Identifier: Apache-2.0
package io.github.laborcontest.model.testkit;

import io.github.laborcontest.model.fixtures.FixtureIndicatorSetProvider;
import io.github.laborcontest.model.spi.IndicatorSetProvider;

/** The third-party-style fixture meets the plugin contract. */
class FixtureIndicatorSetProviderTest implements IndicatorSetProviderContract {
    @Override
    public IndicatorSetProvider provider() {
        return new FixtureIndicatorSetProvider();
    }
}
